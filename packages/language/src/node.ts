/**
 * Linting on Node: reads a set of .revorg files as one model, builds it, and returns the
 * diagnostics of every file with the time spent in each phase. Used by the CLI and the benchmark;
 * the language server builds through Langium's workspace manager instead.
 */
import './node-compat.js';
import type { LangiumDocument } from 'langium';
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { RuleOverrides } from './config/config.js';
import type { RevorgFacts } from './model/facts/index.js';
import { SourceWorkspace } from './source-workspace.js';

export { SourceWorkspace, type SourceWorkspaceOptions } from './source-workspace.js';
export { fixModel, DEFAULT_MAX_PASSES, type FixOptions, type FixOutcome } from './fix/fix-model.js';
export type { PreferredFix } from './fix/preferred-fixes.js';


export interface FileDiagnostics {
    /** Absolute path of the file. */
    path: string;
    text: string;
    diagnostics: Diagnostic[];
}

export interface LintTimings {
    /** Reading files from disk. */
    readMs: number;
    /** Lexing and parsing. */
    parseMs: number;
    /** Indexing, scoping, linking references. */
    linkMs: number;
    /** Model facts, rules, syntax/link diagnostics and suppressions. */
    validateMs: number;
}

export interface LintOutcome {
    files: FileDiagnostics[];
    timings: LintTimings;
    /** The built model, for commands that go on to use it (`revorg render`). */
    documents: LangiumDocument[];
    facts(): RevorgFacts;
}

/** Thrown when a file cannot be read; the CLI turns it into exit code 2. */
export class UnreadableFileError extends Error {
    constructor(readonly path: string, cause: unknown) {
        super(`cannot read ${path}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`);
    }
}

/** A file of the model and its text, read from disk or from elsewhere (a git revision). */
export interface ModelSource {
    /** Absolute path of the file (for a git revision, where it would be in the working tree). */
    path: string;
    text: string;
}

export async function lintFiles(paths: readonly string[], ...configLayers: RuleOverrides[]): Promise<LintOutcome> {
    const started = performance.now();
    const texts = await Promise.all(paths.map(async path => {
        try {
            return await readFile(path, 'utf8');
        } catch (error) {
            throw new UnreadableFileError(path, error);
        }
    }));
    const readMs = performance.now() - started;
    const outcome = await lintSources(paths.map((path, index) => ({ path, text: texts[index] })), ...configLayers);
    return { ...outcome, timings: { ...outcome.timings, readMs } };
}

/** Builds the model formed by these texts, as `lintFiles` does with what it read from disk. */
export async function lintSources(sources: readonly ModelSource[], ...configLayers: RuleOverrides[]): Promise<LintOutcome> {
    // Built once and never updated: nothing asks who references what.
    const { outcome } = await SourceWorkspace.build(sources, { indexReferences: false }, ...configLayers);
    return outcome;
}
