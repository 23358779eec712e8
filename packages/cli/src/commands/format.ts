/**
 * `revorg format [paths] [--check]`: rewrites the files into the canonical layout the language
 * server's formatter gives (the same code), as Prettier's `--write` and `--check`. Files a
 * config's `ignores` leaves out are not touched. `--stdin` formats the text on stdin to stdout,
 * for editors' format-on-save.
 */
import { formatSource } from '@revorg/language';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { collectRevorgFiles } from '../files.js';
import { resolveModelScopes } from '../model-scope.js';
import { readStdin } from '../model-sources.js';
import { relativePath } from '../results.js';
import { UsageError } from '../usage-error.js';

export interface FormatOptions {
    check: boolean;
    stdin: boolean;
}

/** Runs the command and returns its exit code: 1 when `--check` finds a file to format. */
export async function format(paths: string[], options: FormatOptions): Promise<number> {
    const cwd = process.cwd();
    if (options.stdin || (paths.length === 1 && paths[0] === '-')) {
        if (options.stdin && paths.length > 0) throw new UsageError(`--stdin formats the text on stdin: give no path with it (got ${paths.join(', ')})`);
        const text = await readStdin();
        const formatted = formatSource(text);
        if (options.check) return formatted === text ? 0 : 1;
        process.stdout.write(formatted);
        return 0;
    }
    if (paths.includes('-')) throw new UsageError('- formats the text on stdin: give no other path with it');

    const targets = paths.length > 0 ? paths : ['.'];
    const named = new Set(targets.map(target => path.resolve(cwd, target)));
    const { scopes } = await resolveModelScopes(await collectRevorgFiles(targets, cwd), { cwd, named });
    const files = scopes.flatMap(scope => [...scope.reported]).sort();

    const changed: string[] = [];
    for (const file of files) {
        let text: string;
        try {
            text = await readFile(file, 'utf8');
        } catch (error) {
            throw new UsageError(`cannot read ${relativePath(file, cwd)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        }
        const formatted = formatSource(text, file);
        if (formatted === text) continue;
        changed.push(relativePath(file, cwd));
        if (!options.check) await writeFile(file, formatted, 'utf8');
    }
    if (changed.length > 0) process.stdout.write(`${changed.join('\n')}\n`);
    if (options.check && changed.length > 0) {
        process.stderr.write(`revorg: ${changed.length === 1 ? '1 file is' : `${changed.length} files are`} not formatted; run revorg format to format ${changed.length === 1 ? 'it' : 'them'}\n`);
        return 1;
    }
    return 0;
}
