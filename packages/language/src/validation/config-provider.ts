/**
 * The rule configuration in force. The CLI sets it once from revorg.config.json and `--rule`; the
 * language server sets it at start-up and again whenever the file changes.
 */
import { DEFAULT_CONFIG, type ResolvedConfig } from '../config/config.js';

export class RevorgConfigProvider {
    private config: ResolvedConfig = DEFAULT_CONFIG;
    private readonly listeners: Array<() => void> = [];

    get current(): ResolvedConfig {
        return this.config;
    }

    set(config: ResolvedConfig): void {
        this.config = config;
        for (const listener of this.listeners) listener();
    }

    onChange(listener: () => void): void {
        this.listeners.push(listener);
    }
}
