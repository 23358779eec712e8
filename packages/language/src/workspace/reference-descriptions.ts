/**
 * The index entries of a document's references (what find references, rename and highlights
 * search, and what RevorgIndexManager reads to know which files a file depends on), rebuilt each
 * time the document is linked. Langium's provider finds the references again by walking every AST
 * node with a cancellation check (a promise) per node: in a 5,000-line file that walk costs more
 * than the entries and leaves megabytes of garbage on every edit. The linker has just listed every
 * reference of the document in `document.references`, so this provider reads that list instead and
 * writes the same entries.
 */
import {
    Cancellation, CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, isReference, UriUtils,
    type AstNodeDescription, type LangiumDocument, type ReferenceDescription,
} from 'langium';

export class RevorgReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        await interruptAndCheck(cancelToken);
        const descriptions: ReferenceDescription[] = [];
        for (const reference of document.references) {
            // As Langium's provider: unresolved references have no entry.
            const refNode = reference.$refNode;
            if (reference.error || !refNode) continue;
            const targets: Array<AstNodeDescription | undefined> = isReference(reference)
                ? [reference.$nodeDescription]
                : reference.items.map(item => item.$nodeDescription);
            // The AST node that holds the reference: the one its text was parsed into.
            const sourcePath = this.nodeLocator.getAstNodePath(refNode.astNode);
            const segment = CstUtils.toDocumentSegment(refNode);
            for (const target of targets) {
                if (!target) continue;
                descriptions.push({
                    sourceUri: document.uri,
                    sourcePath,
                    targetUri: target.documentUri,
                    targetPath: target.path,
                    segment,
                    local: UriUtils.equals(target.documentUri, document.uri),
                });
            }
        }
        return descriptions;
    }
}
