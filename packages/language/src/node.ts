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

export async function lintFiles(paths: readonly string[], ...configLayers: RuleOverrides[]): Promise<LintOutcome> {
    const started = performance.now();
    const texts = await Promise.all(paths.map(async path => {
        try {
            return await readFile(path, 'utf8');
        } catch (error) {
            throw new UnreadableFileError(path, error);
        }
    }));
    const read = performance.now();

    const { shared, Revorg } = createRevorgServices(NodeFileSystem);
    Revorg.revorg.Config.set(resolveConfig(...configLayers));
    // Built once and never updated: nothing asks who references what.
    shared.workspace.IndexManager.indexReferences = false;
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents: LangiumDocument[] = paths.map((path, index) => factory.fromString(texts[index], URI.file(path)));
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

    const byPath = new Map(documents.map((document, index) => [document.uri.toString(), { document, index }]));
    const files = modelOrder(documents).map(document => {
        const { index } = byPath.get(document.uri.toString())!;
        return { path: paths[index], text: texts[index], diagnostics: document.diagnostics ?? [] };
    });
    const linked = marks.get(DocumentState.IndexedReferences) ?? parsed;
    return {
        files,
        documents: modelOrder(documents),
        facts: () => Revorg.revorg.Facts.get(),
        timings: {
            readMs: read - started,
            parseMs: parsed - read,
            linkMs: linked - parsed,
            validateMs: (marks.get(DocumentState.Validated) ?? finished) - linked,
        },
    };
}
