/**
 * Names are global: which declarations have each name, the first in model order being the one
 * references resolve to and the others duplicates. The language server keeps this up to date
 * document by document in its name index (RevorgIndexManager: an edit re-indexes only the edited
 * file's names), and the facts join reads it from there: hashing all 15,000 names of a large model
 * into a new map cost more than the rest of the join, on every edit.
 */
import { AstUtils } from 'langium';
import type { Declaration } from '../../generated/ast.js';
import type { NamedDeclaration } from './views.js';

export interface DeclarationNames {
    /** The declarations with this name, in model order. */
    declarationsNamed(name: string): readonly NamedDeclaration[];
    /** The names more than one declaration has. */
    repeatedNames(): Iterable<string>;
}

export interface Duplicate {
    declaration: NamedDeclaration;
    /** The declaration with that name that comes first in model order. */
    first: NamedDeclaration;
}

/** The names of these declarations, given in model order: for a build without a name index. */
export function namesOf(declarations: Iterable<Declaration>): DeclarationNames {
    const byName = new Map<string, NamedDeclaration[]>();
    for (const declaration of declarations) {
        if (declaration.$type === 'Organization' || !declaration.name) continue;
        const list = byName.get(declaration.name);
        if (list) list.push(declaration);
        else byName.set(declaration.name, [declaration]);
    }
    return {
        declarationsNamed: name => byName.get(name) ?? [],
        repeatedNames: () => [...byName].filter(([, list]) => list.length > 1).map(([name]) => name),
    };
}

/** Every declaration whose name an earlier one has, in model order (whatever order the names come in). */
export function duplicatesOf(names: DeclarationNames): Duplicate[] {
    const duplicates: Duplicate[] = [];
    for (const name of names.repeatedNames()) {
        const [first, ...others] = names.declarationsNamed(name);
        for (const declaration of others) duplicates.push({ declaration, first });
    }
    return duplicates.sort((a, b) => compareModelOrder(a.declaration, b.declaration));
}

/** Model order: documents by path, then text order. */
function compareModelOrder(a: Declaration, b: Declaration): number {
    const pathA = AstUtils.getDocument(a).uri.path;
    const pathB = AstUtils.getDocument(b).uri.path;
    if (pathA !== pathB) return pathA < pathB ? -1 : 1;
    return (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0);
}
