/**
 * The texts of a model's files for `lint`: read from disk, except the file whose text came on
 * stdin. Lint is a gate, so a file of the model that cannot be read stops it (exit 2) rather
 * than passing a model it did not see.
 */
import type { ModelSource } from '@revorg/language/node';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './usage-error.js';

export async function readSources(files: readonly string[], cwd: string, given: ReadonlyMap<string, string>): Promise<ModelSource[]> {
    return Promise.all(files.map(async file => {
        const text = given.get(file);
        if (text !== undefined) return { path: file, text };
        try {
            return { path: file, text: await readFile(file, 'utf8') };
        } catch (error) {
            throw new UsageError(`cannot read ${path.relative(cwd, file) || file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        }
    }));
}

/** Everything on stdin, as text. */
export async function readStdin(): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
}
