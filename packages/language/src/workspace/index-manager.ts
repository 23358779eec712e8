/**
 * Langium's index, plus an index of exported names kept up to date document by document. All
 * names are global, so resolving a reference is a lookup by name; keeping that map incrementally
 * (an edit replaces only the edited document's names) spares every build from regrouping the
 * whole workspace's exports per reference type, which Langium's default global scope does.
 * Likewise a reverse index of references answers "which documents does this edit affect" without
 * scanning every document's references, and an index of the names each document refers to finds
 * the documents to relink when a name appears or disappears (a declaration added with a name that
 * another file already uses changes what that name resolves to, in files that do not reference the
 * edited one).
 */
import { DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type URI } from 'langium';
import type { Cancellation } from 'langium';

export class RevorgIndexManager extends DefaultIndexManager {
    private readonly byName = new Map<string, AstNodeDescription[]>();
    /** Which documents reference each document (by URI): what an edit of it may affect. */
    private readonly dependents = new Map<string, Set<string>>();
    private readonly dependencies = new Map<string, Set<string>>();
    /** Which documents refer to each name (resolved or not), and the names each document refers to. */
    private readonly referencers = new Map<string, Set<string>>();
    private readonly namesReferenced = new Map<string, Set<string>>();
    /** Names declared or removed since the builder last asked. */
    private readonly changedNames = new Set<string>();

    /**
     * Whether linked references are indexed: a description of every reference (where it is, what it
     * resolves to) and the dependency maps above. Only later updates (which documents an edit
     * affects) and the editor's find-references read them. A one-shot build that is never updated,
     * such as `revorg lint`, turns this off: on 100k roles building the descriptions took twice as
     * long as linking itself, and they were an eighth of the memory the model kept.
     */
    indexReferences = true;

    /** The names that appeared or disappeared since the last call. */
    takeChangedNames(): Set<string> {
        const names = new Set(this.changedNames);
        this.changedNames.clear();
        return names;
    }

    /** The documents (URIs) that refer to any of these names. */
    documentsReferring(names: Iterable<string>): Set<string> {
        const documents = new Set<string>();
        for (const name of names) for (const uri of this.referencers.get(name) ?? []) documents.add(uri);
        return documents;
    }

    /** The exported declarations with this name, in model order. */
    elementsNamed(name: string): readonly AstNodeDescription[] {
        return this.byName.get(name) ?? [];
    }

    override async updateContent(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        const before = new Set((this.symbolIndex.get(document.uri.toString()) ?? []).map(description => description.name));
        this.forgetNames(document.uri.toString());
        await super.updateContent(document, cancelToken);
        const after = new Set((this.symbolIndex.get(document.uri.toString()) ?? []).map(description => description.name));
        for (const name of before) if (!after.has(name)) this.changedNames.add(name);
        for (const name of after) if (!before.has(name)) this.changedNames.add(name);
        for (const description of this.symbolIndex.get(document.uri.toString()) ?? []) {
            const list = this.byName.get(description.name);
            if (!list) {
                this.byName.set(description.name, [description]);
                continue;
            }
            // A name declared twice resolves to the first declaration in model order (documents by
            // path, then text order), whatever order the documents were indexed or re-indexed in.
            list.push(description);
            list.sort((a, b) => comparePaths(a.documentUri.path, b.documentUri.path));
        }
    }

    override removeContent(uri: URI): void {
        for (const description of this.symbolIndex.get(uri.toString()) ?? []) this.changedNames.add(description.name);
        this.forgetNames(uri.toString());
        super.removeContent(uri);
    }

    override async updateReferences(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        if (!this.indexReferences) return;
        await super.updateReferences(document, cancelToken);
        const source = document.uri.toString();
        this.forgetDependencies(source);
        const targets = new Set<string>();
        for (const reference of this.referenceIndex.get(source) ?? []) {
            if (!reference.local) targets.add(reference.targetUri.toString());
        }
        this.dependencies.set(source, targets);
        const names = new Set(document.references.map(reference => reference.$refText));
        this.namesReferenced.set(source, names);
        for (const name of names) {
            const documents = this.referencers.get(name);
            if (documents) documents.add(source);
            else this.referencers.set(name, new Set([source]));
        }
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
        for (const name of this.namesReferenced.get(source) ?? []) this.referencers.get(name)?.delete(source);
        this.namesReferenced.delete(source);
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

function comparePaths(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
