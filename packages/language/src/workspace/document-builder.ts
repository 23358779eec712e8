/**
 * Keeps every document's diagnostics in step with the whole model after each edit, without
 * revalidating every document. Rules such as `handoff-sla-required` read the whole model, so an
 * edit in one file (adding an SLA) can change the diagnostics of another file (the handoff's)
 * although nothing there was re-parsed or re-linked. After each update, Langium has rebuilt the
 * changed and affected documents; every other document then only has its rule diagnostics looked
 * up again (computed once per build), and those whose diagnostics changed are reported to the
 * listeners, which publish them.
 */
import { Cancellation, DefaultDocumentBuilder, DocumentState, OperationCancelled, URI, type AstNode, type BuildOptions, type LangiumDocument } from 'langium';
import { revorgServicesOf, type RevorgSharedServices } from '../revorg-module.js';
import type { RevorgIndexManager } from './index-manager.js';

export type DiagnosticsRefreshListener = (documents: LangiumDocument[]) => void;
export type ModelUpdatedListener = () => void;

/** Someone waiting for the whole workspace to reach a state (`waitUntil(state)` without a document). */
interface StateWaiter {
    state: DocumentState;
    release(): void;
}

export class RevorgDocumentBuilder extends DefaultDocumentBuilder {
    private readonly refreshListeners: DiagnosticsRefreshListener[] = [];
    private readonly updatedListeners: ModelUpdatedListener[] = [];
    private readonly stateWaiters = new Set<StateWaiter>();
    private readonly nameIndex: RevorgIndexManager;
    private readonly shared: RevorgSharedServices;

    constructor(services: RevorgSharedServices) {
        super(services);
        this.nameIndex = services.workspace.IndexManager;
        this.shared = services;
    }

    /**
     * A file the config's `ignores` leaves out is not part of the model: a watcher's news of it is
     * dropped, and a document of it is removed. One the author has open stays while it is open, so
     * the editor's features keep working on it.
     */
    private leftOut(uri: URI): boolean {
        return this.shared.workspace.WorkspaceManager.isLeftOut(uri) && !this.shared.workspace.TextDocuments?.get(uri.toString());
    }

    /**
     * Waits for the workspace to reach `state`. Langium resolves such a wait when a build phase
     * notifies its listeners, and a phase that had no document to process (an update for a file
     * that is not part of the model, say an exported SVG the watcher reported) notifies nobody
     * while still moving the workspace's state on: a request that came in while such an update
     * was under way (VS Code's workspace symbols while the update waited for the client to stat
     * the file, in a web worker) waited until the next edit, that is, forever. Here a wait ends
     * when the state is reached, whether or not a phase had documents.
     */
    protected override awaitBuilderState(state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (this.currentState >= state) return Promise.resolve();
        // Langium's cancellation is the OperationCancelled symbol, not an Error: its request handlers recognize that symbol.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        if (cancelToken.isCancellationRequested) return Promise.reject(OperationCancelled);
        return new Promise<void>((resolve, reject) => {
            const waiter: StateWaiter = {
                state,
                release: () => {
                    this.stateWaiters.delete(waiter);
                    cancelled.dispose();
                    resolve();
                },
            };
            const cancelled = cancelToken.onCancellationRequested(() => {
                this.stateWaiters.delete(waiter);
                cancelled.dispose();
                // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
                reject(OperationCancelled);
            });
            this.stateWaiters.add(waiter);
        });
    }

    protected override async runCancelable(documents: LangiumDocument[], targetState: DocumentState, cancelToken: Cancellation.CancellationToken, callback: (document: LangiumDocument) => unknown): Promise<void> {
        await super.runCancelable(documents, targetState, cancelToken, callback);
        for (const waiter of [...this.stateWaiters]) {
            if (this.currentState >= waiter.state) waiter.release();
        }
    }

    /** Called with the documents whose diagnostics changed without them being revalidated. */
    onDiagnosticsRefreshed(listener: DiagnosticsRefreshListener): void {
        this.refreshListeners.push(listener);
    }

    /**
     * Called after each update that finished (every document validated, every diagnostic
     * refreshed), and after a revalidation: the moment views of the whole model, such as the
     * diagram preview, are worth redrawing. Cancelled updates do not count; their successor does.
     */
    onModelUpdated(listener: ModelUpdatedListener): void {
        this.updatedListeners.push(listener);
    }

    override async build<T extends AstNode>(documents: Array<LangiumDocument<T>>, options?: BuildOptions, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        await super.build(documents, options, cancelToken);
        // Names declared by a build that is not an update (the initial workspace build) are not
        // news: that build linked every document it indexed. A cancelled build keeps them, so
        // the next update relinks whatever still refers to them.
        this.nameIndex.takeChangedNames();
    }

    override async update(changes: URI[], deletions: URI[], cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        const changed = changes.filter(uri => !this.leftOut(uri));
        const deleted = [...deletions, ...changes.filter(uri => this.leftOut(uri) && this.langiumDocuments.hasDocument(uri))];
        // Names changed by a cancelled update are still news: its successor relinks what refers to them.
        const validated = new Set<string>();
        const linked = new Set<string>();
        const listening = [
            this.onDocumentPhase(DocumentState.Validated, document => { validated.add(document.uri.toString()); }),
            this.onDocumentPhase(DocumentState.Linked, document => { linked.add(document.uri.toString()); }),
        ];
        try {
            await super.update(changed, deleted, cancelToken);
            // A name that appeared or disappeared can change what references elsewhere resolve to
            // (a second declaration of a name takes over if it comes first in model order), also in
            // files Langium did not relink: relink those too. A document linked in this update saw
            // every name; one linked by a cancelled update before (and only validated now) did not.
            const stale = this.documentsReferringChangedNames(linked);
            if (stale.length > 0) {
                for (const document of stale) this.resetToState(document, DocumentState.ComputedScopes);
                // Documents validated in the first pass saw the old links: only this pass counts.
                validated.clear();
                await super.update([], [], cancelToken);
            }
        } finally {
            for (const listener of listening) listener.dispose();
        }
        // A cancelled update throws above; the next one refreshes whatever is still stale.
        await this.refreshOthers(validated, cancelToken);
        this.notifyUpdated();
    }

    /**
     * Langium relinks every document with an unresolved reference after any change anywhere, in
     * case the change declared what it refers to: in a workspace with a few such documents, each
     * keystroke relinked and revalidated all of them, and looking for them scanned every
     * reference of every document. The second pass of `update` relinks exactly the documents that
     * refer to a name that was declared, removed or changed kind, so here only the documents that
     * reference a changed file are relinked.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return this.nameIndex.isAffected(document, changedUris);
    }

    /** Revalidates every document, as after a change of the rule configuration. */
    async revalidateAll(cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        for (const document of this.langiumDocuments.all) {
            if (document.state > DocumentState.IndexedReferences) this.resetToState(document, DocumentState.IndexedReferences);
        }
        await super.update([], [], cancelToken);
        this.notifyUpdated();
    }

    private notifyUpdated(): void {
        for (const listener of this.updatedListeners) listener();
    }

    private documentsReferringChangedNames(linked: Set<string>): LangiumDocument[] {
        const names = this.nameIndex.takeChangedNames();
        if (names.size === 0) return [];
        return [...this.nameIndex.documentsReferring(names)]
            .filter(uri => !linked.has(uri))
            .map(uri => this.langiumDocuments.getDocument(URI.parse(uri)))
            .filter((document): document is LangiumDocument => document !== undefined && document.state >= DocumentState.Linked);
    }

    private async refreshOthers(validated: Set<string>, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const refreshed: LangiumDocument[] = [];
        for (const document of this.langiumDocuments.all) {
            if (document.state < DocumentState.Validated || validated.has(document.uri.toString())) continue;
            const validator = revorgServicesOf(this.serviceRegistry, document.uri).validation.DocumentValidator;
            if (await validator.refresh(document, cancelToken)) refreshed.push(document);
        }
        if (refreshed.length === 0) return;
        for (const listener of this.refreshListeners) listener(refreshed);
    }
}
