/**
 * Langium's index, plus an index of exported names kept up to date document by document. All
 * names are global, so resolving a reference is a lookup by name; keeping that map incrementally
 * (an edit replaces only the edited document's names) spares every build from regrouping the
 * whole workspace's exports per reference type, which Langium's default global scope does.
 * Likewise a reverse index of references answers "which documents does this edit affect" without
 * scanning every document's references, and an index of the names each document refers to finds
 * the documents to relink when a name appears, disappears or changes kind (a declaration added with
 * a name that another file already uses changes what that name resolves to, in files that do not
 * reference the edited one; so does a declaration whose name a reference was missing).
 */
import { DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type URI } from 'langium';
import type { Cancellation } from 'langium';

export class RevorgIndexManager extends DefaultIndexManager {
    private readonly byName = new Map<string, AstNodeDescription[]>();
    private readonly repeated = new Set<string>();
    /** Which documents reference each document (by URI): what an edit of it may affect. */
    private readonly dependents = new Map<string, Set<string>>();
    private readonly dependencies = new Map<string, Set<string>>();
    /** Which documents refer to each name (resolved or not), and the names each document refers to. */
    private readonly referencers = new Map<string, Set<string>>();
    private readonly namesReferenced = new Map<string, Set<string>>();
    /** Names declared, removed or declared under another kind since the builder last asked. */
    private readonly changedNames = new Set<string>();
    /**
     * What each document exported (kind and name) when it was removed from the index, until it
     * is indexed again. Every edit removes the edited document and indexes it again: only the
     * difference between the two is news, not every name the document declares.
     */
    private readonly removedExports = new Map<string, Set<string>>();

    /**
     * Whether linked references are indexed: a description of every reference (where it is, what it
     * resolves to) and the dependency maps above. Only later updates (which documents an edit
     * affects) and the editor's find-references read them. A one-shot build that is never updated,
     * such as `revorg lint`, turns this off: on 100k roles building the descriptions took twice as
     * long as linking itself, and they were an eighth of the memory the model kept.
     */
    indexReferences = true;

    /** The names that appeared, disappeared or changed kind since the last call. */
    takeChangedNames(): Set<string> {
        // A document removed and not indexed again since was deleted: all it declared is gone.
        for (const keys of this.removedExports.values()) for (const key of keys) this.changedNames.add(nameOfExportKey(key));
        this.removedExports.clear();
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

    /** The names more than one exported declaration has (kept with `byName`, read on every build). */
    repeatedNames(): ReadonlySet<string> {
        return this.repeated;
    }

    override async updateContent(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        const uri = document.uri.toString();
        const before = this.removedExports.get(uri) ?? exportKeys(this.symbolIndex.get(uri));
        this.forgetNames(uri);
        await super.updateContent(document, cancelToken);
        this.removedExports.delete(uri);
        // A kind counts with the name: a reference that only accepts roles resolves once a team of
        // that name becomes a role.
        const after = exportKeys(this.symbolIndex.get(uri));
        for (const key of before) if (!after.has(key)) this.changedNames.add(nameOfExportKey(key));
        for (const key of after) if (!before.has(key)) this.changedNames.add(nameOfExportKey(key));
        for (const description of this.symbolIndex.get(uri) ?? []) {
            const list = this.byName.get(description.name);
            if (!list) {
                this.byName.set(description.name, [description]);
                continue;
            }
            // A name declared twice resolves to the first declaration in model order (documents by
            // path, then text order), whatever order the documents were indexed or re-indexed in.
            list.push(description);
            list.sort((a, b) => comparePaths(a.documentUri.path, b.documentUri.path));
            this.repeated.add(description.name);
        }
    }

    override removeContent(uri: URI): void {
        const key = uri.toString();
        // Removed twice before being indexed again (a cancelled build): the first removal saw the exports.
        if (!this.removedExports.has(key)) this.removedExports.set(key, exportKeys(this.symbolIndex.get(key)));
        this.forgetNames(key);
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
            if (rest.length < 2) this.repeated.delete(description.name);
        }
    }
}

/** An exported declaration as kind and name: `Role AE`. */
function exportKeys(descriptions: readonly AstNodeDescription[] | undefined): Set<string> {
    return new Set((descriptions ?? []).map(description => `${description.type} ${description.name}`));
}

function nameOfExportKey(key: string): string {
    return key.slice(key.indexOf(' ') + 1);
}

function comparePaths(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
