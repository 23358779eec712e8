/**
 * Names across the model: all names are global, so the first declaration in model order owns a
 * name and every later one with the same name is a duplicate (`duplicate-name`).
 */
import type { Declaration } from '../../generated/ast.js';
import type { NamedDeclaration } from './views.js';

export interface NameTable {
    byName: Map<string, NamedDeclaration>;
    duplicates: Array<{ declaration: NamedDeclaration; first: NamedDeclaration }>;
}

/** The declarations by name (the first in model order) and those whose name an earlier one has. */
export function nameTable(declarations: readonly Declaration[]): NameTable {
    const byName = new Map<string, NamedDeclaration>();
    const duplicates: NameTable['duplicates'] = [];
    for (const declaration of declarations) {
        if (declaration.$type === 'Organization' || !declaration.name) continue;
        const first = byName.get(declaration.name);
        if (first) duplicates.push({ declaration, first });
        else byName.set(declaration.name, declaration);
    }
    return { byName, duplicates };
}
