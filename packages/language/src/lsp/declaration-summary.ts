/**
 * A one-line summary of a declaration for the editor: `role · sdr · Sales Development
 * Representative`. Completion items, outline entries and workspace symbols all show it, so the
 * user can tell two similar names apart without opening the file.
 */
import type { Declaration } from '../generated/ast.js';
import { declarationLabel } from '../model/properties.js';

/**
 * The property that says most about each kind at a glance: a role's kind, a team's function, a
 * KPI's measure. Read straight from the node (a handful of properties), so it costs nothing even
 * for thousands of completion candidates.
 */
const CHARACTERISTIC_KEY: Partial<Record<Declaration['$type'], string>> = {
    Organization: 'arr',
    Team: 'function',
    Role: 'kind',
    Definition: 'stage',
    Sla: 'within',
    Kpi: 'measures',
    Cadence: 'every',
    Pod: 'segment',
    Segment: 'model',
};

/** The value of a single-valued property as written (a keyword, a quantity or a reference). */
function propertyValueText(declaration: Declaration, key: string): string | undefined {
    // The first occurrence counts (a repeated key is a `duplicate-property` error); no map is built,
    // as this runs once per completion candidate.
    const property = declaration.properties.find(candidate => candidate.key === key);
    if (!property || !('value' in property)) return undefined;
    const value: unknown = property.value;
    if (typeof value === 'string') return value || undefined;
    if (value && typeof value === 'object' && '$refText' in value && typeof value.$refText === 'string') return value.$refText || undefined;
    return undefined;
}

/** What distinguishes the declaration beyond its name: `sdr`, `SDR → AE`, `weekly`. */
export function declarationCharacteristic(declaration: Declaration): string | undefined {
    if (declaration.$type === 'Handoff') {
        const from = propertyValueText(declaration, 'from');
        const to = propertyValueText(declaration, 'to');
        return from || to ? `${from ?? '?'} → ${to ?? '?'}` : undefined;
    }
    const key = CHARACTERISTIC_KEY[declaration.$type];
    if (!key) return undefined;
    const value = propertyValueText(declaration, key);
    return value && declaration.$type === 'Organization' ? `ARR ${value}` : value;
}

/** `role · sdr · Sales Development Representative`: kind label, characteristic, title. */
export function declarationSummary(declaration: Declaration): string {
    const parts = [declarationLabel(declaration), declarationCharacteristic(declaration)];
    if (declaration.$type !== 'Organization') parts.push(declaration.title);
    return parts.filter(part => part).join(' · ');
}
