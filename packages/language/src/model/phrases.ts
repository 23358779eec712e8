/**
 * Short phrases about the model that the hover, the code lens and the diagrams all show, so they
 * always word the same fact the same way ("4h · 3 touches", "2 direct reports · 8 people beneath").
 */
import type { SlaFacts } from './facts/index.js';
import { formatDuration } from './values.js';

/** Separates the parts of a summary line. */
export const SEPARATOR = ' · ';

/** `1 touch`, `3 touches`. */
export function countOf(count: number, singular: string, plural: string): string {
    return `${count} ${count === 1 ? singular : plural}`;
}

/** The text of a property's value as written (`4h`, `$12M`, `weekly`), when it is a plain value. */
export function writtenValue(props: ReadonlyMap<string, object>, key: string): string | undefined {
    const value = (props.get(key) as { value?: unknown } | undefined)?.value;
    return typeof value === 'string' ? value : undefined;
}

/**
 * What the receiving side of an SLA commits to: the response time (as written, `4h` rather than
 * `240 minutes`) and the touches. Values that do not read (`within: 0h`) are left out: their
 * diagnostic says what is wrong with them.
 */
export function responseTerms(sla: SlaFacts): string[] {
    const terms: string[] = [];
    if (sla.within !== undefined) terms.push(writtenValue(sla.props, 'within')?.trim() || formatDuration(sla.within));
    if (sla.touches !== undefined) terms.push(countOf(sla.touches, 'touch', 'touches'));
    return terms;
}

/**
 * An SLA in one line: its response terms (`4h · 3 touches`, after `SLA ` with `labelled`), or its
 * name when it states neither (`SLA Fast`).
 */
export function slaSummary(sla: SlaFacts, labelled = false): string {
    const terms = responseTerms(sla);
    if (terms.length === 0) return `SLA ${sla.node.name ?? ''}`.trimEnd();
    return `${labelled ? 'SLA ' : ''}${terms.join(SEPARATOR)}`;
}

/** Every term of an SLA: the response, the volume the sending side commits to, and the audit. */
export function allTerms(sla: SlaFacts): string[] {
    const terms = responseTerms(sla);
    if (sla.volume !== undefined) terms.push(`${countOf(sla.volume, 'lead', 'leads')} a month`);
    if (sla.audit !== undefined) terms.push(`audited ${sla.audit}`);
    return terms;
}

/** `8 people beneath`; a role on a reporting cycle has no "beneath". */
export function beneathPhrase(headcountBeneath: number | undefined): string {
    return headcountBeneath === undefined ? 'on a reporting cycle' : `${countOf(headcountBeneath, 'person', 'people')} beneath`;
}

/** `2 direct reports · 8 people beneath`. */
export function reportingSummary(directReports: number, headcountBeneath: number | undefined): string {
    return `${countOf(directReports, 'direct report', 'direct reports')}${SEPARATOR}${beneathPhrase(headcountBeneath)}`;
}
