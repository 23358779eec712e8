/**
 * Which files `revorg lint [paths...]` reads (LANGUAGE.md section 5): the named files, every
 * `*.revorg` under the named directories, and the `*.revorg` files a quoted glob matches, skipping
 * node_modules and dot-directories.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './usage-error.js';

export async function collectRevorgFiles(paths: readonly string[], cwd: string): Promise<string[]> {
    const files = new Set<string>();
    for (const given of paths) {
        const absolute = path.resolve(cwd, given);
        const info = await stat(absolute).catch(() => undefined);
        if (!info && isDynamicPattern(given)) {
            // A quoted glob ('models/**/*.revorg'), which a shell would have expanded: expanded here, the same way on every platform.
            const matched = await glob(given, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**'], followSymbolicLinks: false });
            const models = matched.filter(file => file.endsWith('.revorg'));
            if (models.length === 0) throw new UsageError(`no .revorg file matches ${given}`);
            for (const file of models) files.add(path.normalize(file));
            continue;
        }
        if (!info) throw new UsageError(`no such file or directory: ${given}`);
        if (info.isDirectory()) {
            const found = await glob('**/*.revorg', {
                cwd: absolute,
                absolute: true,
                dot: false,
                ignore: ['**/node_modules/**'],
                followSymbolicLinks: false,
            });
            for (const file of found) files.add(path.normalize(file));
        } else if (info.isFile()) {
            // Only the .revorg language is read: a file named with another extension is a mistake to say, not a model to parse.
            if (path.extname(absolute) !== '.revorg') throw new UsageError(`not a .revorg file: ${given} (revorg reads only *.revorg files)`);
            files.add(absolute);
        } else {
            throw new UsageError(`not a file or directory: ${given}`);
        }
    }
    if (files.size === 0) throw new UsageError(`no .revorg files under ${paths.join(', ')}`);
    return [...files].sort();
}
