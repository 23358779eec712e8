/**
 * What the diff compares of each kind of declaration: the properties a declaration sets itself
 * (as the model export reads them), never what the model computes from other declarations (a
 * team's roles and headcount, a role's side, tier, direct reports or pods, a handoff's sides): those
 * change when something else changes, and the diff reports that something else, plus reporting
 * lines and headcount in their own sections. Two exceptions, both said in docs/diff.md: a role's
 * `kpis` is the export's (the KPIs it lists and those naming it as an owner), and the organization's
 * `stage`, read from its employees, is compared because a change of stage changes which rules apply.
 *
 * Each property also says how its value compares (references through the renames, lists as sets)
 * and how it is written (`$1.2M`, `4h`).
 */
import { formatDuration, formatMoney } from '@revorg/language';
import type {
    CadenceExport, DefinitionExport, HandoffExport, IcpExport, KpiExport, OrganizationExport, PodExport, RoleExport, SegmentExport, SlaExport, TeamExport,
} from '../model-export/schema.js';
import type { DeclarationKind, PropertyValue } from './schema.js';

/**
 * How a value reads and compares. `reference`, `names` and `members` name declarations, so they
 * compare through the renames; lists compare as sets (the order of `owners` says nothing).
 */
export type ValueFormat = 'text' | 'money' | 'count' | 'duration' | 'reference' | 'names' | 'texts' | 'measured' | 'members';

export interface ComparedProperty<T> {
    /** The property as the export names it (`criteria.fit` for a nested one). */
    key: string;
    format: ValueFormat;
    read(declaration: T): PropertyValue;
}

export interface DeclarationRecords {
    teams: TeamExport;
    roles: RoleExport;
    definitions: DefinitionExport;
    icps: IcpExport;
    handoffs: HandoffExport;
    slas: SlaExport;
    kpis: KpiExport;
    cadences: CadenceExport;
    pods: PodExport;
    segments: SegmentExport;
}

export type AnyDeclaration = DeclarationRecords[DeclarationKind];

/** A top-level field of the export, read as is. */
function field<T, K extends keyof T & string>(key: K, format: ValueFormat): ComparedProperty<T> {
    return { key, format, read: declaration => declaration[key] as PropertyValue };
}

export const COMPARED_PROPERTIES: { readonly [K in DeclarationKind]: ReadonlyArray<ComparedProperty<DeclarationRecords[K]>> } = {
    teams: [field('title', 'text'), field('function', 'text'), field('lead', 'reference')],
    roles: [
        field('title', 'text'), field('kind', 'text'), field('team', 'reference'), field('reportsTo', 'reference'),
        field('dottedTo', 'names'), field('embeddedIn', 'names'), field('segment', 'reference'), field('headcount', 'count'),
        field('motion', 'text'), field('kpis', 'names'),
    ],
    definitions: [
        field('title', 'text'), field('stage', 'text'), field('owner', 'reference'),
        { key: 'criteria.title', format: 'text', read: definition => definition.criteria.title },
        { key: 'criteria.fit', format: 'text', read: definition => definition.criteria.fit },
        { key: 'criteria.engagement', format: 'text', read: definition => definition.criteria.engagement },
    ],
    icps: [field('title', 'text'), field('owners', 'names'), field('criteria', 'texts')],
    handoffs: [field('title', 'text'), field('from', 'reference'), field('to', 'reference'), field('trigger', 'reference'), field('owner', 'reference')],
    slas: [
        field('title', 'text'), field('handoff', 'reference'), field('within', 'duration'), field('touches', 'count'),
        field('volume', 'count'), field('audit', 'text'), field('auditor', 'reference'),
    ],
    kpis: [field('title', 'text'), field('measures', 'text'), field('owners', 'names'), field('target', 'measured'), field('actual', 'measured'), field('period', 'text')],
    cadences: [field('title', 'text'), field('purpose', 'text'), field('every', 'text'), field('duration', 'duration'), field('attendees', 'names')],
    pods: [field('title', 'text'), field('segment', 'reference'), field('lead', 'reference'), field('members', 'members')],
    segments: [field('title', 'text'), field('acv', 'money'), field('model', 'text'), field('development', 'text')],
};

export const ORGANIZATION_PROPERTIES: ReadonlyArray<ComparedProperty<OrganizationExport>> = [
    field('title', 'text'), field('arr', 'money'), field('employees', 'count'), field('acv', 'money'),
    field('model', 'text'), field('revops', 'text'), field('products', 'count'), field('stage', 'text'),
];

/** Old names to new names, for the declarations that were renamed. */
export type RenameMap = ReadonlyMap<string, string>;

const NO_RENAMES: RenameMap = new Map();

/**
 * The value as a comparable key, or undefined when it is not set (null, an empty text or list):
 * two values are the same exactly when their keys are. Names go through `renames` (pass the
 * renames for the old version's values, none for the new version's).
 */
export function comparable(value: PropertyValue, format: ValueFormat, renames: RenameMap = NO_RENAMES): string | undefined {
    if (value === null || value === '') return undefined;
    const renamed = (name: string): string => renames.get(name) ?? name;
    switch (format) {
        case 'reference': return renamed(value as string);
        case 'names': return setKey((value as string[]).map(renamed));
        case 'texts': return setKey(value as string[]);
        case 'members': return setKey((value as Array<{ role: string; count: number }>).map(seat => `${renamed(seat.role)} x${seat.count}`));
        case 'measured': {
            const measured = value as { kind: string; value: number };
            return `${measured.kind}:${measured.value}`;
        }
        case 'text': return value as string;
        case 'money': case 'count': case 'duration': return (value as number).toString();
    }
}

function setKey(items: readonly string[]): string | undefined {
    return items.length === 0 ? undefined : [...items].sort().join('\u0000');
}

/** The value as revorg writes it (`$1.2M`, `4h`, `AE, SDR`, `SDR x1, AE x2`), or null when it is not set. */
export function valueText(value: PropertyValue, format: ValueFormat): string | null {
    if (value === null || value === '') return null;
    switch (format) {
        case 'money': return formatMoney(value as number);
        case 'count': return (value as number).toLocaleString('en-US');
        case 'duration': return formatDuration(value as number);
        case 'names': return (value as string[]).length === 0 ? null : (value as string[]).join(', ');
        case 'texts': return (value as string[]).length === 0 ? null : (value as string[]).map(text => `"${text}"`).join(', ');
        case 'members': return (value as Array<{ role: string; count: number }>).length === 0 ? null : (value as Array<{ role: string; count: number }>).map(seat => `${seat.role} x${seat.count}`).join(', ');
        case 'measured': return (value as { text: string }).text;
        case 'text': case 'reference': return value as string;
    }
}
