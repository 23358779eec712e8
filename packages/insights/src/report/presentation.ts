/**
 * How the markdown and the HTML word the report's data alike: status and bucket labels, SLA terms,
 * locations, and how many rows a long list shows before it says how many more there are (the JSON
 * always has them all).
 */
import { countOf, SEPARATOR } from '@revorg/language';
import type { HandoffReport, InfluBucket, LayerStatus, Report } from './schema.js';

export const STATUS_LABELS: Record<LayerStatus, string> = { present: 'present', partial: 'partial', missing: 'missing' };

export const BUCKET_LABELS: Record<InfluBucket, string> = {
    'effective-high-overlap': 'effective, high overlap',
    'effective-cold-audience': 'effective, cold sales audience',
    'effective-overlap-unmeasured': 'effective',
    broken: 'broken',
    unmeasured: 'not measured',
};

/** Rows a list shows before "and N more": enough for any real org's summary, short at 10,000 roles. */
export const LIMITS = {
    elements: 8,
    gaps: 8,
    teams: 25,
    managerDepth: 2,
    managers: 40,
    handoffs: 50,
    podSeats: 25,
    findingsPerGroup: 25,
} as const;

export function where(location: { file: string; line: number }): string {
    return `${location.file}:${location.line}`;
}

/** An SLA's terms in one line: `1h · 6 touches · 300 leads a month · audited weekly by RevOpsManager`. */
export function slaTerms(sla: HandoffReport['slas'][number]): string {
    const terms: string[] = [];
    if (sla.within !== null) terms.push(`within ${sla.within}`);
    if (sla.touches !== null) terms.push(countOf(sla.touches, 'touch', 'touches'));
    if (sla.volume !== null) terms.push(`${countOf(sla.volume, 'lead', 'leads')} a month`);
    if (sla.audit !== null) terms.push(`audited ${sla.audit}${sla.auditor ? ` by ${sla.auditor}` : ''}`);
    return terms.length > 0 ? terms.join(SEPARATOR) : 'no terms';
}

/** `3 of 5 layers present`. */
export function stackScore(report: Report): string {
    const present = report.alignmentStack.layers.filter(layer => layer.status === 'present').length;
    return `${present} of ${report.alignmentStack.layers.length} layers present`;
}

/** `1 warning, 2 infos`, or `no findings`. */
export function findingsSummary(findings: Report['findings']): string {
    const parts = [
        findings.errors > 0 ? countOf(findings.errors, 'error', 'errors') : undefined,
        findings.warnings > 0 ? countOf(findings.warnings, 'warning', 'warnings') : undefined,
        findings.infos > 0 ? countOf(findings.infos, 'info', 'infos') : undefined,
        findings.hints > 0 ? countOf(findings.hints, 'hint', 'hints') : undefined,
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(', ') : 'no findings';
}

/** The stage as a name: `mid-market`. */
export function stageName(stage: NonNullable<Report['company']['stage']>): string {
    return stage === 'midmarket' ? 'mid-market' : stage;
}

/** The managers the summaries show: all of them when they fit, else the top of the reporting tree down to `LIMITS.managerDepth`. */
export function shownManagers(report: Report): Report['headcount']['managers'] {
    const managers = report.headcount.managers;
    if (managers.length <= LIMITS.managers) return managers;
    return managers.filter(manager => manager.depth <= LIMITS.managerDepth).slice(0, LIMITS.managers);
}

/** The rule ids among findings with how often each fired: `handoff-rate-broken (1)`. */
export function ruleCounts(findings: ReadonlyArray<{ ruleId: string; docs: string }>): Array<{ ruleId: string; docs: string; count: number }> {
    const counts = new Map<string, { ruleId: string; docs: string; count: number }>();
    for (const finding of findings) {
        const entry = counts.get(finding.ruleId) ?? { ruleId: finding.ruleId, docs: finding.docs, count: 0 };
        entry.count++;
        counts.set(finding.ruleId, entry);
    }
    return [...counts.values()];
}

/** When the roles hold fewer people than the company employs, what that means for the shares. */
export function modelledPartNote(report: Report): string | undefined {
    const { modelled, employees } = report.headcount;
    if (employees === null || modelled >= employees) return undefined;
    return `The roles in the model hold ${modelled.toLocaleString('en-US')} of the ${employees.toLocaleString('en-US')} employees (${Math.round((modelled / employees) * 100)}%): people outside the model count in no function's share.`;
}
