/** A declaration as the report points at it: its kind, its name, why it counts, and where it is. */
import type { Declaration } from '@revorg/language';
import type { ModelLocator } from '../model-locator.js';
import type { ModelElement } from './schema.js';

const KINDS: Record<Declaration['$type'], ModelElement['kind']> = {
    Organization: 'organization',
    Team: 'team',
    Role: 'role',
    Definition: 'definition',
    Icp: 'icp',
    Handoff: 'handoff',
    Sla: 'sla',
    Kpi: 'kpi',
    Cadence: 'cadence',
    Pod: 'pod',
    Segment: 'segment',
};

/** A declaration's name as the report writes it: the organization's title, `(unnamed)` where the parser found none. */
export function declarationName(node: Declaration): string {
    const name = node.$type === 'Organization' ? node.title : node.name;
    return name ? name : '(unnamed)';
}

export function modelElement(locator: ModelLocator, node: Declaration, note: string): ModelElement {
    return { kind: KINDS[node.$type], name: declarationName(node), note, location: locator.locate(node) };
}

/** Names joined for a sentence: `Marketing, Sales`; names the parser could not read are left out. */
export function namesText(nodes: ReadonlyArray<{ name?: string } | undefined>): string {
    return nodes.map(node => node?.name).filter((name): name is string => Boolean(name)).join(', ');
}

/** `1 role`, `3 roles`. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
    return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}
