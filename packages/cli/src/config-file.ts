/**
 * Finding and reading revorg.config.json for the CLI: `--config FILE`, else the file at the
 * first path's root, else the one in the working directory. Any problem in it is a usage error
 * (exit 2), reported with its JSON path.
 */
import { CONFIG_FILE_NAME, emptyOverrides, formatConfigProblem, parseConfig, type RuleOverrides } from '@revorg/language';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './usage-error.js';

export async function findConfigFile(explicit: string | undefined, paths: readonly string[], cwd: string): Promise<string | undefined> {
    if (explicit) return path.resolve(cwd, explicit);
    const first = path.resolve(cwd, paths[0] ?? '.');
    const firstRoot = (await stat(first).catch(() => undefined))?.isDirectory() ? first : path.dirname(first);
    for (const dir of [firstRoot, cwd]) {
        const candidate = path.join(dir, CONFIG_FILE_NAME);
        if ((await stat(candidate).catch(() => undefined))?.isFile()) return candidate;
    }
    return undefined;
}

export async function loadConfigFile(file: string | undefined, cwd: string): Promise<RuleOverrides> {
    if (!file) return emptyOverrides();
    const shown = path.relative(cwd, file) || file;
    let text: string;
    try {
        text = await readFile(file, 'utf8');
    } catch (error) {
        throw new UsageError(`cannot read config ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const { overrides, problems } = parseConfig(text);
    if (problems.length > 0) {
        throw new UsageError(problems.map(problem => `invalid config ${formatConfigProblem(shown, problem)}`).join('\n'));
    }
    return overrides;
}
