/**
 * Where a declaration or a diagnostic is, as the outputs write it: a file path relative to where
 * the command runs (the caller decides, this package reads no file system) and a 1-based line.
 */
import { locateLine } from '@revorg/language';
import type { AstNode } from 'langium';

export interface ModelLocator {
    /** The file as the outputs name it, from a document URI. */
    fileOf(uri: string): string;
    /** The declaration's file and the line of its name (the organization's title). */
    locate(node: AstNode): { file: string; line: number };
}

export function modelLocator(fileOf: (uri: string) => string): ModelLocator {
    const files = new Map<string, string>();
    const cachedFileOf = (uri: string): string => {
        let file = files.get(uri);
        if (file === undefined) {
            file = fileOf(uri);
            files.set(uri, file);
        }
        return file;
    };
    return {
        fileOf: cachedFileOf,
        locate(node) {
            const location = locateLine(node);
            return { file: cachedFileOf(location.uri), line: location.line + 1 };
        },
    };
}
