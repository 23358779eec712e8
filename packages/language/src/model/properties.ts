/**
 * Generic access to the properties of a declaration. Every property node carries its key as
 * written; a declaration may (wrongly) repeat a key, in which case the first one counts and the
 * later ones are reported as `duplicate-property`.
 */
import type { Declaration } from '../generated/ast.js';

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
    switch (declaration.$type) {
        case 'Organization': return 'organization';
        case 'Team': return 'team';
        case 'Role': return 'role';
        case 'Definition': return 'definition';
        case 'Icp': return 'icp';
        case 'Handoff': return 'handoff';
        case 'Sla': return 'sla';
        case 'Kpi': return 'kpi';
        case 'Cadence': return 'cadence';
        case 'Pod': return 'pod';
        case 'Segment': return 'segment';
    }
}

const LABELS: Record<Declaration['$type'], string> = {
    Organization: 'organization', Team: 'team', Role: 'role', Definition: 'definition', Icp: 'ICP', Handoff: 'handoff',
    Sla: 'SLA', Kpi: 'KPI', Cadence: 'cadence', Pod: 'pod', Segment: 'segment',
};

/** How a declaration kind reads in a sentence: `role`, `KPI`, `SLA`. */
export function declarationLabel(declaration: Declaration): string {
    return LABELS[declaration.$type];
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

/** The properties each declaration kind takes, in the order LANGUAGE.md lists them. */
export const DECLARATION_PROPERTIES: Record<Declaration['$type'], readonly string[]> = {
    Organization: ['arr', 'employees', 'acv', 'model', 'revops', 'products'],
    Team: ['function', 'lead'],
    Role: ['kind', 'team', 'reportsTo', 'headcount', 'motion', 'kpis'],
    Definition: ['stage', 'owner', 'title', 'fit', 'engagement'],
    Icp: ['owners', 'criteria'],
    Handoff: ['from', 'to', 'trigger', 'owner'],
    Sla: ['handoff', 'within', 'touches', 'volume', 'audit', 'auditor'],
    Kpi: ['measures', 'owners', 'target', 'period'],
    Cadence: ['purpose', 'every', 'duration', 'attendees'],
    Pod: ['segment', 'lead', 'members'],
    Segment: ['acv', 'model', 'development'],
};

export const DECLARATION_KEYWORDS = ['organization', 'team', 'role', 'definition', 'icp', 'handoff', 'sla', 'kpi', 'cadence', 'pod', 'segment'] as const;
