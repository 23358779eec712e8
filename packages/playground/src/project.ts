/**
 * What the playground edits: the model's files and the rule configuration, all in memory. The
 * language server sees them as one workspace folder, `file:///playground/`, so a model that spans
 * files resolves across them exactly as on disk.
 */

export interface PlaygroundFile {
    /** A bare file name such as `org.revorg`: the playground has one folder. */
    name: string;
    text: string;
}

export interface Project {
    files: PlaygroundFile[];
    /** The text of revorg.config.json; empty means no config file (every rule at its default). */
    config: string;
}

export const WORKSPACE_ROOT = 'file:///playground/';
export const CONFIG_FILE_NAME = 'revorg.config.json';

export function uriOfFile(name: string): string {
    return WORKSPACE_ROOT + encodeURIComponent(name);
}

/** The file name of a URI inside the workspace root, or undefined for any other URI. */
export function fileNameOfUri(uri: string): string | undefined {
    if (!uri.startsWith(WORKSPACE_ROOT)) return undefined;
    const rest = uri.slice(WORKSPACE_ROOT.length);
    if (rest === '' || rest.includes('/')) return undefined;
    return decodeURIComponent(rest);
}

/** A name the user typed for a new file, made valid: one path segment ending in `.revorg`. */
export function normalizeFileName(typed: string): string | undefined {
    const trimmed = typed.trim().replace(/[\\/]/g, '-');
    if (!trimmed || trimmed === '.revorg') return undefined;
    return trimmed.endsWith('.revorg') ? trimmed : `${trimmed}.revorg`;
}

/** Whether a value read back from storage or a share link has the shape of a project. */
export function isProject(value: unknown): value is Project {
    if (typeof value !== 'object' || value === null) return false;
    const candidate = value as Partial<Project>;
    return typeof candidate.config === 'string'
        && Array.isArray(candidate.files)
        && candidate.files.every(file => typeof file === 'object' && file !== null && typeof file.name === 'string' && typeof file.text === 'string');
}
