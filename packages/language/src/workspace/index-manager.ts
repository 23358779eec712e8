/**
 * Langium's index, plus an index of exported names kept up to date document by document. All
 * names are global, so resolving a reference is a lookup by name; keeping that map incrementally
 * (an edit replaces only the edited document's names) spares every build from regrouping the
 * whole workspace's exports per reference type, which Langium's default global scope does.
 * Likewise a reverse index of references answers "which documents does this edit affect" without
 * scanning every document's references.
 */
import { DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type URI } from 'langium';
import type { Cancellation } from 'langium';

export class RevorgIndexManager extends DefaultIndexManager {
    private readonly byName = new Map<string, AstNodeDescription[]>();
    /** Which documents reference each document (by URI): what an edit of it may affect. */
    private readonly dependents = new Map<string, Set<string>>();
    private readonly dependencies = new Map<string, Set<string>>();

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

    override async updateReferences(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        await super.updateReferences(document, cancelToken);
        const source = document.uri.toString();
        this.forgetDependencies(source);
        const targets = new Set<string>();
        for (const reference of this.referenceIndex.get(source) ?? []) {
            if (!reference.local) targets.add(reference.targetUri.toString());
        }
        this.dependencies.set(source, targets);
        for (const target of targets) {
            const sources = this.dependents.get(target);
            if (sources) sources.add(source);
            else this.dependents.set(target, new Set([source]));
        }
    }

    override removeReferences(uri: URI): void {
        this.forgetDependencies(uri.toString());
        super.removeReferences(uri);
    }

    /** A lookup in the reverse index, instead of scanning the document's references. */
    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const source = document.uri.toString();
        for (const changed of changedUris) {
            if (this.dependents.get(changed)?.has(source)) return true;
        }
        return false;
    }

    private forgetDependencies(source: string): void {
        for (const target of this.dependencies.get(source) ?? []) this.dependents.get(target)?.delete(source);
        this.dependencies.delete(source);
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
