/**
 * Langium's index, plus an index of exported names kept up to date document by document. All
 * names are global, so resolving a reference is a lookup by name; keeping that map incrementally
 * (an edit replaces only the edited document's names) spares every build from regrouping the
 * whole workspace's exports per reference type, which Langium's default global scope does.
 */
import { DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type URI } from 'langium';
import type { Cancellation } from 'langium';

export class RevorgIndexManager extends DefaultIndexManager {
    private readonly byName = new Map<string, AstNodeDescription[]>();

    /** The exported declarations with this name, in the order their documents were indexed. */
    elementsNamed(name: string): readonly AstNodeDescription[] {
        return this.byName.get(name) ?? [];
    }

    override async updateContent(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        this.forgetNames(document.uri.toString());
        await super.updateContent(document, cancelToken);
        for (const description of this.symbolIndex.get(document.uri.toString()) ?? []) {
            const list = this.byName.get(description.name);
            if (list) list.push(description);
            else this.byName.set(description.name, [description]);
        }
    }

    override removeContent(uri: URI): void {
        this.forgetNames(uri.toString());
        super.removeContent(uri);
    }

    private forgetNames(uri: string): void {
        for (const description of this.symbolIndex.get(uri) ?? []) {
            const list = this.byName.get(description.name);
            if (!list) continue;
            const rest = list.filter(element => element.documentUri.toString() !== uri);
            if (rest.length > 0) this.byName.set(description.name, rest);
            else this.byName.delete(description.name);
        }
    }
}
