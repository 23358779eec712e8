/**
 * Generic access to the properties of a declaration. Every property node carries its key as
 * written; a declaration may (wrongly) repeat a key, in which case the first one counts and the
 * later ones are reported as `duplicate-property`.
 */
import type { Declaration } from '../generated/ast.js';
import { declarationSchema } from './schema.js';

export type AnyProperty = Declaration['properties'][number];

/** The properties of a declaration by key, first occurrence only. */
export function propertiesByKey(declaration: Declaration): Map<string, AnyProperty> {
    const byKey = new Map<string, AnyProperty>();
    for (const property of declaration.properties) {
        if (property.key && !byKey.has(property.key)) byKey.set(property.key, property);
    }
    return byKey;
}

/** Properties whose key already appeared earlier in the same block. */
export function repeatedProperties(declaration: Declaration): Array<{ property: AnyProperty; first: AnyProperty }> {
    const seen = new Map<string, AnyProperty>();
    const repeated: Array<{ property: AnyProperty; first: AnyProperty }> = [];
    for (const property of declaration.properties) {
        if (!property.key) continue;
        const first = seen.get(property.key);
        if (first) repeated.push({ property, first });
        else seen.set(property.key, property);
    }
    return repeated;
}

/** The lower-case keyword of a declaration kind, as written in the source. */
export function declarationKeyword(declaration: Declaration): string {
    return declarationSchema(declaration.$type).keyword;
}

/** How a declaration kind reads in a sentence: `role`, `KPI`, `SLA`. */
export function declarationLabel(declaration: Declaration): string {
    return declarationSchema(declaration.$type).label;
}

/** How a declaration is named in messages: `role 'SDR'`, `KPI 'Pipeline'`, `organization "Acme"`. */
export function describeDeclaration(declaration: Declaration): string {
    return declaration.$type === 'Organization'
        ? `organization "${declaration.title ?? ''}"`
        : `${declarationLabel(declaration)} '${declaration.name ?? ''}'`;
}

/** Capitalizes the first letter, for a description that starts a sentence. */
export function sentenceStart(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
