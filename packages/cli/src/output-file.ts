/**
 * Where a command's output goes: the file `-o` names, its missing folders created first (CLI.md:
 * "`-o` creates missing folders"), or stdout. A file that cannot be written is a usage error that
 * names it, so the command prints one line and exits 2 rather than a stack trace.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './usage-error.js';

/** Writes the text to the file (relative to `cwd`), creating its missing folders. */
export async function writeFileCreatingFolders(file: string, text: string, cwd: string): Promise<void> {
    const target = path.resolve(cwd, file);
    try {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, text);
    } catch (error) {
        throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
}

/** Writes the text to the `-o` file when one is given, else to stdout. */
export async function writeOutput(text: string, output: string | undefined, cwd: string): Promise<void> {
    if (output === undefined) process.stdout.write(text);
    else await writeFileCreatingFolders(output, text, cwd);
}
