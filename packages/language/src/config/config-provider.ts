/**
 * The rule configuration in force. The CLI sets it once from revorg.config.json and `--rule`; the
 * language server loads the workspace's file before the first build and again whenever it
 * changes, over the editor's settings (what the file sets wins). Files are read through Langium's
 * FileSystemProvider, never `fs`, so the same code runs where there is no file system (a browser
 * worker reading the editor's virtual files).
 */
import { URI, UriUtils, type FileSystemProvider } from 'langium';
import {
    CONFIG_FILE_NAME, DEFAULT_CONFIG, emptyOverrides, parseConfig, resolveConfig, type ConfigProblem, type ResolvedConfig, type RuleOverrides,
} from './config.js';
import { IGNORE_NOTHING, ignoreMatcher, type IgnoreTest } from './ignores.js';

/** What loading a configuration file found. */
export interface LoadedConfig {
    uri: URI;
    /** The file's text; undefined when there is no file (the defaults apply). */
    text: string | undefined;
    problems: ConfigProblem[];
}

export class RevorgConfigProvider {
    private config: ResolvedConfig = DEFAULT_CONFIG;
    private ignored: IgnoreTest = IGNORE_NOTHING;
    private readonly listeners: Array<() => void> = [];
    /** In the language server: the editor's settings, and the workspace's config file over them. */
    private editorSettings: RuleOverrides = emptyOverrides();
    private fileSettings: RuleOverrides = emptyOverrides();

    constructor(private readonly fileSystem: FileSystemProvider) {}

    get current(): ResolvedConfig {
        return this.config;
    }

    /** Whether the loaded file's `ignores` leave this file out of the model. */
    isIgnored(uri: URI): boolean {
        return this.ignored(uri);
    }

    set(config: ResolvedConfig): void {
        this.config = config;
        for (const listener of this.listeners) listener();
    }

    onChange(listener: () => void): void {
        this.listeners.push(listener);
    }

    /**
     * Puts the editor's settings under the config file's; they are only the rule pages
     * (`revorg.ruleDocs`) today. Returns whether that changed anything.
     */
    setEditorSettings(settings: RuleOverrides): boolean {
        if (settings.ruleDocs === this.editorSettings.ruleDocs) return false;
        this.editorSettings = settings;
        this.set(resolveConfig(this.editorSettings, this.fileSettings));
        return true;
    }

    /** The configuration file of a model whose root folder is `root`. */
    fileIn(root: URI): URI {
        return UriUtils.joinPath(root, CONFIG_FILE_NAME);
    }

    /**
     * Reads a configuration file and puts it in force: the defaults when there is none, and the
     * valid settings when some are wrong, so one typo does not reset everything.
     */
    async load(uri: URI): Promise<LoadedConfig> {
        let text: string | undefined;
        try {
            text = await this.fileSystem.readFile(uri);
        } catch {
            text = undefined;
        }
        if (text === undefined) {
            this.ignored = IGNORE_NOTHING;
            this.fileSettings = emptyOverrides();
            this.set(resolveConfig(this.editorSettings));
            return { uri, text, problems: [] };
        }
        const { overrides, ignores, problems } = parseConfig(text);
        this.ignored = ignoreMatcher(UriUtils.dirname(uri), ignores);
        this.fileSettings = overrides;
        this.set(resolveConfig(this.editorSettings, overrides));
        return { uri, text, problems };
    }
}
