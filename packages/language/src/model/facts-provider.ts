/**
 * Serves the model facts of the current workspace, doing as little as possible per build:
 * - each document's own facts are read once per parse (an edit re-parses only the edited file);
 * - their references are resolved again only when Langium has (re)linked that document, which it
 *   does for the edited document and those that reference it: elsewhere the targets are unchanged;
 * - the whole-model join is computed at most once per build: that cache is emptied when a build
 *   has linked and indexed its documents, and filled by the first reader;
 * - which declarations have each name comes from the workspace's name index, kept up to date per
 *   document, rather than from all the model's names hashed again.
 */
import { DocumentState, WorkspaceCache, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import { isDeclaration } from '../generated/ast.js';
import type { RevorgSharedServices } from '../revorg-module.js';
import type { DeclarationNames } from './facts/declaration-names.js';
import { computeDocumentFacts, computeFacts, modelOrder, resolveDocumentReferences, type DocumentFacts, type RevorgFacts } from './facts/index.js';

interface CachedDocumentFacts {
    facts: DocumentFacts;
    /** The link generation of the document when its references were last resolved (-1: never). */
    resolvedAt: number;
}

export class RevorgFactsProvider {
    private readonly documents: LangiumDocuments;
    /** The workspace's name index, which every build keeps up to date for linking anyway. */
    private readonly names: DeclarationNames;
    private readonly cache: WorkspaceCache<'facts', RevorgFacts>;
    /** Keyed by the document's AST root, which a re-parse replaces. */
    private readonly perDocument = new WeakMap<AstNode, CachedDocumentFacts>();
    /** How many times each document has been linked. */
    private readonly linkGenerations = new WeakMap<LangiumDocument, number>();

    constructor(shared: RevorgSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        const index = shared.workspace.IndexManager;
        this.names = {
            declarationsNamed: name => index.elementsNamed(name).flatMap(({ node }) => (isDeclaration(node) && node.$type !== 'Organization' ? [node] : [])),
            repeatedNames: () => index.repeatedNames(),
        };
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedReferences);
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => {
            this.linkGenerations.set(document, (this.linkGenerations.get(document) ?? 0) + 1);
        });
    }

    get(): RevorgFacts {
        return this.cache.get('facts', () => computeFacts(
            modelOrder(this.documents.all.filter(document => document.uri.path.endsWith('.revorg'))),
            document => this.resolved(document),
            this.names,
        ));
    }

    /** One document's own facts, read once per parse (references not necessarily resolved). */
    ofDocument(document: LangiumDocument): DocumentFacts {
        return this.cached(document).facts;
    }

    private cached(document: LangiumDocument): CachedDocumentFacts {
        const root = document.parseResult.value;
        let entry = this.perDocument.get(root);
        if (!entry) {
            entry = { facts: computeDocumentFacts(document), resolvedAt: -1 };
            this.perDocument.set(root, entry);
        }
        return entry;
    }

    private resolved(document: LangiumDocument): DocumentFacts {
        const entry = this.cached(document);
        const generation = this.linkGenerations.get(document) ?? 0;
        if (entry.resolvedAt !== generation) {
            resolveDocumentReferences(entry.facts);
            entry.resolvedAt = generation;
        }
        return entry.facts;
    }
}
