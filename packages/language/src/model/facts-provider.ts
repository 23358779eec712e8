/**
 * Serves the model facts of the current workspace. Each document's own facts are cached for as
 * long as its parse lives (an edit re-parses only the edited document), and the whole-model join
 * is computed at most once per build: that cache is emptied when a build has linked and indexed
 * its documents, and filled by the first reader.
 */
import { DocumentState, WorkspaceCache, type AstNode, type LangiumDocument, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import { computeDocumentFacts, computeFacts, modelOrder, type DocumentFacts, type RevorgFacts } from './facts.js';

export class RevorgFactsProvider {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<'facts', RevorgFacts>;
    /** Keyed by the document's AST root, which a re-parse replaces. */
    private readonly perDocument = new WeakMap<AstNode, DocumentFacts>();

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedReferences);
    }

    get(): RevorgFacts {
        return this.cache.get('facts', () => computeFacts(
            modelOrder(this.documents.all.filter(document => document.uri.path.endsWith('.revorg'))),
            document => this.ofDocument(document),
        ));
    }

    /** One document's own facts, read once per parse. */
    ofDocument(document: LangiumDocument): DocumentFacts {
        const root = document.parseResult.value;
        let facts = this.perDocument.get(root);
        if (!facts) {
            facts = computeDocumentFacts(document);
            this.perDocument.set(root, facts);
        }
        return facts;
    }
}
