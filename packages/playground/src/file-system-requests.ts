/**
 * The playground's answers to the language server's file reads (`revorg/fs/*` in
 * @revorg/server/protocol): a worker has no disk, so the server reads the model through the page,
 * which serves the files of every tab and the rule configuration from memory. The folder holds
 * exactly what the project holds; anything else is "not found", as on disk.
 */
import type { ClientFileParams, ClientFileStat } from '@revorg/server/protocol';
import { CONFIG_FILE_NAME, WORKSPACE_ROOT, fileNameOfUri, uriOfFile, type Project } from './project.js';

/** Thrown for a file that does not exist; the transport turns it into an error response. */
export class FileNotFoundError extends Error {}

export type FileSystemRequestHandlers = Record<string, (params: ClientFileParams) => unknown>;

/** Handlers for the three read requests, over whatever project `current` returns at the time of the call. */
export function fileSystemRequestHandlers(current: () => Project): FileSystemRequestHandlers {
    const textOf = (uri: string): string | undefined => {
        const name = fileNameOfUri(uri);
        if (name === undefined) return undefined;
        const project = current();
        if (name === CONFIG_FILE_NAME) return project.config.trim() ? project.config : undefined;
        return project.files.find(file => file.name === name)?.text;
    };
    const isRoot = (uri: string): boolean => uri === WORKSPACE_ROOT || `${uri}/` === WORKSPACE_ROOT;

    return {
        'revorg/fs/stat': ({ uri }): ClientFileStat => {
            if (isRoot(uri)) return { uri, isFile: false, isDirectory: true };
            if (textOf(uri) !== undefined) return { uri, isFile: true, isDirectory: false };
            throw new FileNotFoundError(`no such file: ${uri}`);
        },
        'revorg/fs/readFile': ({ uri }): string => {
            const text = textOf(uri);
            if (text === undefined) throw new FileNotFoundError(`no such file: ${uri}`);
            return text;
        },
        'revorg/fs/readDirectory': ({ uri }): ClientFileStat[] => {
            if (!isRoot(uri)) throw new FileNotFoundError(`no such folder: ${uri}`);
            const project = current();
            const names = project.files.map(file => file.name);
            if (project.config.trim()) names.push(CONFIG_FILE_NAME);
            return names.map(name => ({ uri: uriOfFile(name), isFile: true, isDirectory: false }));
        },
    };
}
