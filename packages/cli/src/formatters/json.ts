/** `--format json`: the array of file results of CLI.md, for other tools to parse. */
import type { FileResult } from '../results.js';

export function formatJson(results: readonly FileResult[]): string {
    return `${JSON.stringify(results, null, 2)}\n`;
}
