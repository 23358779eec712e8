/**
 * Serves the model facts of the current workspace, computed at most once per build: the cache is
 * emptied when a build has linked and indexed its documents, and filled by the first reader.
 */
import { DocumentState, WorkspaceCache, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import { computeFacts, modelOrder, type RevorgFacts } from './facts.js';

export class RevorgFactsProvider {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<'facts', RevorgFacts>;

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedReferences);
    }

    get(): RevorgFacts {
        return this.cache.get('facts', () => computeFacts(modelOrder(this.documents.all.filter(document => document.uri.path.endsWith('.revorg')))));
    }
}
