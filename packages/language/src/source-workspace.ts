/**
 * A model built from texts (read from disk or from a git revision) that can be moved to another
 * version of those texts: only the files whose text changed are parsed again, and only the
 * documents that refer to what changed are linked again, as the language server does after an
 * edit. `revorg diff` builds the old version, takes what it compares from it, then moves the same
 * workspace to the new version; at 10k roles that second build costs a tenth of the first.
 *
 * A document is known by its path: a file at the same path in both versions is the same document.
 */
import { DocumentState, URI, type AstReflection, type FileSystemNode, type FileSystemProvider, type LangiumDocument } from 'langium';
import { resolveConfig, type ResolvedConfig, type RuleOverrides } from './config/config.js';
import { modelOrder } from './model/facts/index.js';
import type { LintOutcome, LintTimings, ModelSource } from './node.js';
import { createRevorgServices, type RevorgServices, type RevorgSharedServices } from './revorg-module.js';

export interface SourceWorkspaceOptions {
    /**
     * Whether references are indexed (who refers to what): needed to move to another version, and
     * a fifth of a build's time that a model built once, such as `revorg lint`'s, can skip.
     */
    indexReferences: boolean;
    /** The rules' settings as already resolved (the language server's); otherwise the config layers given to `build`. */
    config?: ResolvedConfig;
}

/**
 * The file system as Langium reads it: the current version's texts and nothing else, so a
 * workspace built from texts never reaches a disk (the texts may come from a git revision, or
 * from an editor's buffers in a browser worker, where there is no disk).
 */
class SourceFileSystemProvider implements FileSystemProvider {
    readonly texts = new Map<string, string>();

    private text(uri: URI): string {
        const text = this.texts.get(uri.toString());
        if (text === undefined) throw new Error(`${uri.toString()} is not a file of this model`);
        return text;
    }

    stat(uri: URI): Promise<FileSystemNode> {
        return Promise.resolve(this.statSync(uri));
    }

    statSync(uri: URI): FileSystemNode {
        this.text(uri);
        return { isFile: true, isDirectory: false, uri };
    }

    exists(uri: URI): Promise<boolean> {
        return Promise.resolve(this.existsSync(uri));
    }

    existsSync(uri: URI): boolean {
        return this.texts.has(uri.toString());
    }

    readBinary(uri: URI): Promise<Uint8Array> {
        return Promise.resolve(this.readBinarySync(uri));
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.text(uri));
    }

    readFile(uri: URI): Promise<string> {
        return Promise.resolve(this.text(uri));
    }

    readFileSync(uri: URI): string {
        return this.text(uri);
    }

    readDirectory(): Promise<FileSystemNode[]> {
        return Promise.resolve([]);
    }

    readDirectorySync(): FileSystemNode[] {
        return [];
    }
}

export class SourceWorkspace {
    /** When each build phase ended, in the current build. */
    private readonly phaseEnds = new Map<DocumentState, number>();
    /** The current version's files by URI, in the order given. */
    private sources = new Map<string, ModelSource>();

    private constructor(
        private readonly shared: RevorgSharedServices,
        private readonly revorg: RevorgServices,
        private readonly fileSystem: SourceFileSystemProvider,
        private readonly options: SourceWorkspaceOptions,
    ) {
        for (const state of [DocumentState.Parsed, DocumentState.IndexedReferences, DocumentState.Validated]) {
            shared.workspace.DocumentBuilder.onBuildPhase(state, () => { this.phaseEnds.set(state, performance.now()); });
        }
    }

    /** Builds the model the texts form, checked with the config layers (later layers win). */
    static async build(sources: readonly ModelSource[], options: SourceWorkspaceOptions, ...configLayers: RuleOverrides[]): Promise<{ workspace: SourceWorkspace; outcome: LintOutcome }> {
        const started = performance.now();
        const fileSystem = new SourceFileSystemProvider();
        const { shared, Revorg } = createRevorgServices({ fileSystemProvider: () => fileSystem });
        Revorg.revorg.Config.set(options.config ?? resolveConfig(...configLayers));
        shared.workspace.IndexManager.indexReferences = options.indexReferences;
        const workspace = new SourceWorkspace(shared, Revorg, fileSystem, options);
        workspace.take(sources);

        const factory = shared.workspace.LangiumDocumentFactory;
        // Parsing happens when a document is created from its text; linking and validation in the build.
        const documents = sources.map(source => factory.fromString(source.text, URI.file(source.path)));
        for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
        const parsed = performance.now();
        workspace.phaseEnds.clear();
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        return { workspace, outcome: workspace.outcome(started, parsed) };
    }

    /**
     * Moves the model to another version of its files: a file whose text changed is parsed again,
     * a file that is gone is removed, a new file is added, and the documents they affect are linked
     * and checked again. The outcome an earlier build returned describes this version from now on.
     */
    async update(sources: readonly ModelSource[]): Promise<LintOutcome> {
        if (!this.options.indexReferences) throw new Error('SourceWorkspace.update needs a workspace built with indexReferences: true');
        const started = performance.now();
        const previous = this.sources;
        this.take(sources);
        const changed: URI[] = [];
        for (const [uri, source] of this.sources) {
            if (previous.get(uri)?.text !== source.text) changed.push(URI.parse(uri));
        }
        const deleted = [...previous.keys()].filter(uri => !this.sources.has(uri)).map(uri => URI.parse(uri));
        this.phaseEnds.clear();
        await this.shared.workspace.DocumentBuilder.update(changed, deleted);
        return this.outcome(started, this.phaseEnds.get(DocumentState.Parsed) ?? started);
    }

    /** The AST's reflection, which quick fixes use to find and describe nodes. */
    get reflection(): AstReflection {
        return this.shared.AstReflection;
    }

    private take(sources: readonly ModelSource[]): void {
        this.sources = new Map(sources.map(source => [URI.file(source.path).toString(), source]));
        this.fileSystem.texts.clear();
        for (const [uri, source] of this.sources) this.fileSystem.texts.set(uri, source.text);
    }

    private outcome(started: number, parsed: number): LintOutcome {
        const finished = performance.now();
        const documents: LangiumDocument[] = modelOrder(this.shared.workspace.LangiumDocuments.all.toArray());
        const linked = this.phaseEnds.get(DocumentState.IndexedReferences) ?? parsed;
        const timings: LintTimings = {
            readMs: 0,
            parseMs: parsed - started,
            linkMs: linked - parsed,
            validateMs: (this.phaseEnds.get(DocumentState.Validated) ?? finished) - linked,
        };
        const files = documents.map(document => {
            const source = this.sources.get(document.uri.toString())!;
            return { path: source.path, text: source.text, diagnostics: document.diagnostics ?? [] };
        });
        const facts = this.revorg.revorg.Facts;
        return { files, documents, facts: () => facts.get(), timings };
    }
}
