/**
 * Linting on Node: reads a set of .revorg files as one model, builds it, and returns the
 * diagnostics of every file with the time spent in each phase. Used by the CLI and the benchmark;
 * the language server builds through Langium's workspace manager instead.
 */
import './node-compat.js';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from 'vscode-languageserver-types';
import { resolveConfig, type RuleOverrides } from './config/config.js';
import { modelOrder, type RevorgFacts } from './model/facts/index.js';
import { createRevorgServices } from './revorg-module.js';


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
    const started = performance.now();
    const { shared, Revorg } = createRevorgServices(NodeFileSystem);
    Revorg.revorg.Config.set(resolveConfig(...configLayers));
    // Built once and never updated: nothing asks who references what.
    shared.workspace.IndexManager.indexReferences = false;
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents: LangiumDocument[] = sources.map(source => factory.fromString(source.text, URI.file(source.path)));
    for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);

    const marks = new Map<DocumentState, number>();
    const builder = shared.workspace.DocumentBuilder;
    for (const state of [DocumentState.IndexedReferences, DocumentState.Validated]) {
        builder.onBuildPhase(state, () => { marks.set(state, performance.now()); });
    }
    // Parsing happens when a document is created from its text; linking and validation in the build.
    const parsed = performance.now();
    await builder.build(documents, { validation: true });
    const finished = performance.now();

    const byUri = new Map(documents.map((document, index) => [document.uri.toString(), sources[index]]));
    const ordered = modelOrder(documents);
    const files = ordered.map(document => {
        const source = byUri.get(document.uri.toString())!;
        return { path: source.path, text: source.text, diagnostics: document.diagnostics ?? [] };
    });
    const linked = marks.get(DocumentState.IndexedReferences) ?? parsed;
    return {
        files,
        documents: ordered,
        facts: () => Revorg.revorg.Facts.get(),
        timings: {
            readMs: 0,
            parseMs: parsed - started,
            linkMs: linked - parsed,
            validateMs: (marks.get(DocumentState.Validated) ?? finished) - linked,
        },
    };
}
