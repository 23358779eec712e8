/**
 * Revalidates every document on each workspace update. Rules such as `handoff-sla-required` read
 * the whole model, so an edit in one file (adding an SLA) can change the diagnostics of another
 * (the handoff's file) without any reference between them changing. Langium would only relink
 * and revalidate documents whose references are affected; the rule results are computed once per
 * build anyway (ModelValidator), so revalidating a document is a lookup plus its syntax checks.
 */
import { DefaultDocumentBuilder, DocumentState, type LangiumSharedCoreServices } from 'langium';

export class RevorgDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
        // Runs after Langium reset the changed documents and before it picks what to rebuild.
        this.onUpdate(() => {
            for (const document of this.langiumDocuments.all) {
                if (document.state > DocumentState.IndexedReferences) this.resetToState(document, DocumentState.IndexedReferences);
            }
        });
    }
}
