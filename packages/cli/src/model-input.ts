/**
 * Reading a model for the commands that describe it rather than gate on it (`report`, `diff`,
 * `export`): a file that cannot be read is left out and named, a file with syntax errors
 * contributes what the parser recovered and is named too, and only a model with nothing in it
 * stops the command (exit 2). `lint` instead fails on an unreadable file: a gate must not pass
 * on a model it did not see.
 */
import type { RevorgFacts, RuleOverrides } from '@revorg/language';
import { lintSources, type LintOutcome, type ModelSource } from '@revorg/language/node';
import { modelLocator, type ModelLocator } from '@revorg/insights';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { findConfigFile, loadConfigFile } from './config-file.js';
import { collectRevorgFiles } from './files.js';
import { resolveModelScopes, type ModelScope } from './model-scope.js';
import { relativePath } from './results.js';
import { UsageError } from './usage-error.js';

export interface SkippedFile {
    file: string;
    reason: string;
}

export interface SyntaxProblem {
    file: string;
    line: number;
    message: string;
}

export interface LoadedModel {
    outcome: LintOutcome;
    facts: RevorgFacts;
    locator: ModelLocator;
    /** Files that could not be read: not part of the model. */
    unreadable: SkippedFile[];
    /** Syntax errors: the text around each was skipped by the parser, the rest of the file is in the model. */
    syntaxErrors: SyntaxProblem[];
}

export interface ModelInputOptions {
    config?: string;
    cwd: string;
}

/** The model's files read from disk, with the ones that could not be read set apart. */
export async function readModelFiles(paths: readonly string[], cwd: string): Promise<{ sources: ModelSource[]; unreadable: SkippedFile[] }> {
    return readFiles(await collectRevorgFiles(paths, cwd), cwd);
}

async function readFiles(files: readonly string[], cwd: string): Promise<{ sources: ModelSource[]; unreadable: SkippedFile[] }> {
    const sources: ModelSource[] = [];
    const unreadable: SkippedFile[] = [];
    await Promise.all(files.map(async (path, index) => {
        try {
            sources[index] = { path, text: await readFile(path, 'utf8') };
        } catch (error) {
            unreadable.push({ file: relativePath(path, cwd), reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
        }
    }));
    return { sources: sources.filter(Boolean), unreadable: unreadable.sort((a, b) => a.file.localeCompare(b.file)) };
}

/** The config the model is checked with: `--config FILE`, else the nearest revorg.config.json at or above the first path. */
export async function modelConfig(config: string | undefined, paths: readonly string[], cwd: string): Promise<RuleOverrides> {
    return loadConfigFile(await findConfigFile(config, paths, cwd), cwd);
}

/** Why there is no model to build: nothing found, or nothing that could be read. */
export function noSourcesError(what: string, unreadable: readonly SkippedFile[]): UsageError {
    return new UsageError(unreadable.length > 0 ? `${what}: no file could be read (${unreadable.map(skipped => `${skipped.file}: ${skipped.reason}`).join('; ')})` : `${what} has no .revorg files`);
}

export interface CheckedModelOptions {
    cwd: string;
    what: string;
    unreadable?: SkippedFile[];
    /** The file a document's path is shown as; by default the path relative to `cwd`. */
    fileOf?: (path: string) => string;
}

/** A built model, refused when it declares nothing, with its syntax errors listed and its files named. */
export function checkedModel(outcome: LintOutcome, options: CheckedModelOptions): LoadedModel {
    const facts = outcome.facts();
    if (facts.declarations.length === 0) throw new UsageError(`${options.what} is empty: it declares nothing (no organization, team or role)`);
    const fileOf = options.fileOf ?? ((path: string) => relativePath(path, options.cwd));
    const locator = modelLocator(uri => fileOf(fileURLToPath(uri)));
    const syntaxErrors = outcome.documents.flatMap(document => (document.diagnostics ?? []).filter(diagnostic => diagnostic.code === 'syntax-error').map(diagnostic => ({
        file: locator.fileOf(document.uri.toString()),
        line: diagnostic.range.start.line + 1,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    })));
    return { outcome, facts, locator, unreadable: options.unreadable ?? [], syntaxErrors };
}

/**
 * The one model the paths name, for the commands that describe a model: with model roots, a file
 * or folder inside a root stands for the root's whole model; paths in two models are a usage error.
 */
export async function singleModel(paths: readonly string[], options: ModelInputOptions): Promise<ModelScope> {
    const targets = paths.length > 0 ? paths : ['.'];
    const { scopes } = await resolveModelScopes(await collectRevorgFiles(targets, options.cwd), options);
    if (scopes.length === 0) throw new UsageError(`every .revorg file under ${targets.join(', ')} is left out by the "ignores" of its revorg.config.json`);
    if (scopes.length > 1) {
        const roots = scopes.map(scope => scope.root === undefined ? 'files outside any model root' : path.relative(options.cwd, scope.root).split(path.sep).join('/') || '.');
        throw new UsageError(`${targets.join(', ')} spans ${scopes.length} models (${roots.join('; ')}): name one model (a folder holding revorg.config.json marks one)`);
    }
    return scopes[0];
}

/** Reads, builds and checks the model under the paths (default `.`), with its config, which it returns too. */
export async function loadModel(paths: readonly string[], options: ModelInputOptions): Promise<LoadedModel & { configured: RuleOverrides }> {
    const targets = paths.length > 0 ? paths : ['.'];
    const what = `the model under ${targets.join(', ')}`;
    const scope = await singleModel(targets, options);
    const configured = scope.config.overrides;
    const { sources, unreadable } = await readFiles(scope.files, options.cwd);
    if (sources.length === 0) throw noSourcesError(what, unreadable);
    return { ...checkedModel(await lintSources(sources, configured), { cwd: options.cwd, what, unreadable }), configured };
}

/** One line on stderr per file left out or only partly read, so a report never silently covers less than asked. */
export function warnAboutInput(model: Pick<LoadedModel, 'unreadable' | 'syntaxErrors'>, write: (line: string) => void): void {
    for (const skipped of model.unreadable) write(`revorg: skipped ${skipped.file}: ${skipped.reason}`);
    const byFile = new Map<string, SyntaxProblem[]>();
    for (const problem of model.syntaxErrors) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
    for (const [file, problems] of byFile) {
        const lines = problems.map(problem => problem.line).join(', ');
        write(`revorg: ${file} has ${problems.length === 1 ? 'a syntax error' : `${problems.length} syntax errors`} (line ${lines}): the text the parser skipped there is left out`);
    }
}
