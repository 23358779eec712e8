/**
 * Finding and reading revorg.config.json for the CLI. A folder holding one is a model root: the
 * config of a file is the one in its folder or the nearest folder above it, as ESLint's flat config
 * and LikeC4's likec4.config.json are found. `--config FILE` replaces what would be found. Any
 * problem in a config is a usage error (exit 2), reported with its JSON path.
 */
import { CONFIG_FILE_NAME, emptyOverrides, formatConfigProblem, parseConfig, type RuleOverrides } from '@revorg/language';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './usage-error.js';

export interface ConfigFile {
    /** Absolute path of the file; none when no config applies (the defaults). */
    file?: string;
    overrides: RuleOverrides;
    /** `ignores` globs, relative to the folder of the file. */
    ignores: string[];
}

export const NO_CONFIG: ConfigFile = { overrides: emptyOverrides(), ignores: [] };

async function isFile(file: string): Promise<boolean> {
    return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/** Finds the model root of folders, walking upward; each folder's answer is kept, since a model's files share their folders. */
export class ModelRootFinder {
    private readonly roots = new Map<string, Promise<string | undefined>>();

    /** The nearest folder at or above `folder` that holds revorg.config.json. */
    rootOf(folder: string): Promise<string | undefined> {
        let root = this.roots.get(folder);
        if (!root) {
            root = isFile(path.join(folder, CONFIG_FILE_NAME)).then(found => {
                if (found) return folder;
                const parent = path.dirname(folder);
                return parent === folder ? undefined : this.rootOf(parent);
            });
            this.roots.set(folder, root);
        }
        return root;
    }
}

/** The config for a path (a file or folder): `--config FILE`, else the nearest revorg.config.json at or above it. */
export async function findConfigFile(explicit: string | undefined, paths: readonly string[], cwd: string): Promise<string | undefined> {
    if (explicit) return path.resolve(cwd, explicit);
    const first = path.resolve(cwd, paths[0] ?? '.');
    const folder = (await stat(first).catch(() => undefined))?.isDirectory() ? first : path.dirname(first);
    const root = await new ModelRootFinder().rootOf(folder);
    return root === undefined ? undefined : path.join(root, CONFIG_FILE_NAME);
}

export async function readConfigFile(file: string | undefined, cwd: string): Promise<ConfigFile> {
    if (!file) return NO_CONFIG;
    const shown = path.relative(cwd, file) || file;
    let text: string;
    try {
        text = await readFile(file, 'utf8');
    } catch (error) {
        throw new UsageError(`cannot read config ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const { overrides, ignores, problems } = parseConfig(text);
    if (problems.length > 0) {
        throw new UsageError(problems.map(problem => `invalid config ${formatConfigProblem(shown, problem)}`).join('\n'));
    }
    return { file, overrides, ignores };
}

/** The rule settings of a config file (the defaults when there is none). */
export async function loadConfigFile(file: string | undefined, cwd: string): Promise<RuleOverrides> {
    return (await readConfigFile(file, cwd)).overrides;
}
