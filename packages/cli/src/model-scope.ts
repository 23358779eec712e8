/**
 * Which models a command's files belong to (CLI.md, version 2). A folder holding
 * revorg.config.json is a model root: every `*.revorg` file under it (minus its `ignores`, and
 * minus the files of a deeper root) is one model, checked with that config. Naming one file of a
 * model loads the whole model, since a reference or a rule may span files, but reports only the
 * file named. Files under no root form one model of exactly the files named, as before roots
 * existed; `--config FILE` gives every model that file's rules and `ignores`.
 */
import { CONFIG_FILE_NAME, pathIgnoreMatcher } from '@revorg/language';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { findConfigFile, ModelRootFinder, NO_CONFIG, readConfigFile, type ConfigFile } from './config-file.js';

export interface ModelScope {
    /** The model root; undefined for the files named outside any root. */
    root?: string;
    config: ConfigFile;
    /** Every file of the model: absolute, sorted. */
    files: string[];
    /** The files the command was asked about, the ones whose results it reports. */
    reported: Set<string>;
}

export interface ModelScopes {
    scopes: ModelScope[];
    /** Files named one by one that a config's `ignores` leaves out (the ones found in a folder are left out silently). */
    ignored: string[];
}

const ALWAYS_SKIPPED = ['**/node_modules/**'];

/** Groups the named files (absolute `*.revorg` paths) into their models. */
export async function resolveModelScopes(files: readonly string[], options: { config?: string; cwd: string; /** The paths given on the command line, absolute: the files among them are "named". */ named?: ReadonlySet<string> }): Promise<ModelScopes> {
    const finder = new ModelRootFinder();
    const explicit = options.config ? await readConfigFile(await findConfigFile(options.config, [], options.cwd), options.cwd) : undefined;
    const byRoot = new Map<string | undefined, string[]>();
    for (const file of files) {
        const root = await finder.rootOf(path.dirname(file));
        byRoot.set(root, [...(byRoot.get(root) ?? []), file]);
    }

    const scopes: ModelScope[] = [];
    const ignored: string[] = [];
    for (const [root, given] of byRoot) {
        const config = explicit ?? (root === undefined ? NO_CONFIG : await readConfigFile(path.join(root, CONFIG_FILE_NAME), options.cwd));
        const ignoresBase = config.file ? path.dirname(config.file) : options.cwd;
        const isIgnored = pathIgnoreMatcher(ignoresBase, config.ignores);
        const kept = given.filter(file => !isIgnored(file));
        ignored.push(...given.filter(file => isIgnored(file) && options.named?.has(file)));
        if (kept.length === 0) continue;

        const model = new Set(kept);
        if (root !== undefined) {
            const under = await glob('**/*.revorg', { cwd: root, absolute: true, dot: false, followSymbolicLinks: false, ignore: ALWAYS_SKIPPED });
            for (const found of under.map(file => path.normalize(file))) {
                if (isIgnored(found)) continue;
                // A deeper folder with its own config is another model.
                if (await finder.rootOf(path.dirname(found)) === root) model.add(found);
            }
        }
        scopes.push({ root, config, files: [...model].sort(), reported: new Set(kept) });
    }
    scopes.sort((a, b) => (a.root ?? '').localeCompare(b.root ?? ''));
    return { scopes, ignored: ignored.sort() };
}
