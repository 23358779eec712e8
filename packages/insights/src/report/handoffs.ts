/**
 * The handoffs: each with its owner, its SLAs, the handoff-rate KPI that measures it (see
 * handoff-rate-kpi.ts) and, when that KPI has a measured `actual`, Influ2's bucket from 003
 * "Measuring Alignment Effectiveness": broken below the threshold (35%, or handoff-rate-broken's
 * configured `min`), else effective, with high audience overlap or a cold sales audience when an
 * audience-overlap KPI has an `actual`.
 */
import { formatDuration, formatValue, writtenValue, type KpiFacts, type RevorgFacts, type SlaFacts } from '@revorg/language';
import type { ModelLocator } from '../model-locator.js';
import { handoffRateKpiMatcher, type HandoffKpiMatch } from './handoff-rate-kpi.js';
import { declarationName } from './model-element.js';
import type { HandoffReport, Handoffs, InfluBucket } from './schema.js';

/**
 * From which audience overlap revorg calls it high: revorg's own line, not the article's (Influ2
 * gives no number). Below half, most of the accounts sales works are not marketing's targets: the
 * "large cold sales audience" of the second bucket.
 */
export const HIGH_OVERLAP_FROM = 50;

/** The line between an effective and a broken handoff, and where it comes from. */
export interface BrokenLine {
    percent: number;
    from: string;
}

const measured = (value: KpiFacts['target']) => (value ? { kind: value.kind, value: value.value, text: formatValue(value.kind, value.value) } : null);

/** The audience-overlap KPI the buckets read: the first with a measured percentage, one both sides own first. */
function overlapKpi(facts: RevorgFacts): KpiFacts | undefined {
    const candidates = facts.kpis.filter(kpi => kpi.measures === 'audience-overlap' && kpi.actual?.kind === 'percent');
    return candidates.find(kpi => facts.spansBothSides(kpi.owners)) ?? candidates[0];
}

export function influBucket(match: HandoffKpiMatch | undefined, broken: BrokenLine, overlap: KpiFacts | undefined): { bucket: InfluBucket; text: string } {
    if (!match) return { bucket: 'unmeasured', text: 'No handoff-rate KPI measures this handoff.' };
    const actual = match.kpi.actual;
    const name = declarationName(match.kpi.node);
    if (actual?.kind !== 'percent') return { bucket: 'unmeasured', text: `${name} has no measured \`actual\` yet.` };
    if (actual.value < broken.percent) return { bucket: 'broken', text: `Broken: ${name} is at ${actual.value}%, below ${broken.percent}%.` };
    if (overlap?.actual === undefined) return { bucket: 'effective-overlap-unmeasured', text: `Effective (${actual.value}%); audience overlap not measured.` };
    const overlapName = declarationName(overlap.node);
    if (overlap.actual.value >= HIGH_OVERLAP_FROM) {
        return { bucket: 'effective-high-overlap', text: `Effective (${actual.value}%) with high audience overlap (${overlapName} ${overlap.actual.value}%): the goal.` };
    }
    return { bucket: 'effective-cold-audience', text: `Effective (${actual.value}%), but a cold sales audience: audience overlap ${overlapName} is ${overlap.actual.value}%, under ${HIGH_OVERLAP_FROM}%.` };
}

function slaReport(sla: SlaFacts, locator: ModelLocator): HandoffReport['slas'][number] {
    return {
        name: declarationName(sla.node),
        within: sla.within === undefined ? null : writtenValue(sla.props, 'within')?.trim() || formatDuration(sla.within),
        touches: sla.touches ?? null,
        volume: sla.volume ?? null,
        audit: sla.audit ?? null,
        auditor: sla.auditor?.name || null,
        location: locator.locate(sla.node),
    };
}

export function handoffs(facts: RevorgFacts, locator: ModelLocator, broken: BrokenLine): Handoffs {
    const matchOf = handoffRateKpiMatcher(facts);
    const overlap = overlapKpi(facts);
    return {
        brokenBelow: broken.percent,
        brokenBelowFrom: broken.from,
        highOverlapFrom: HIGH_OVERLAP_FROM,
        overlap: overlap?.actual ? { kpi: declarationName(overlap.node), actual: measured(overlap.actual)!, location: locator.locate(overlap.node) } : null,
        handoffs: facts.handoffs.map(handoff => {
            const match = matchOf(handoff);
            const { bucket, text } = influBucket(match, broken, overlap);
            return {
                name: declarationName(handoff.node),
                title: handoff.node.title ?? null,
                from: handoff.from?.name || null,
                to: handoff.to?.name || null,
                fromSide: facts.sideOf(handoff.from) ?? null,
                toSide: facts.sideOf(handoff.to) ?? null,
                trigger: handoff.trigger?.name || null,
                owner: handoff.owner?.name || null,
                slas: handoff.slas.map(sla => slaReport(sla, locator)),
                kpi: match ? {
                    name: declarationName(match.kpi.node),
                    target: measured(match.kpi.target),
                    actual: measured(match.kpi.actual),
                    period: match.kpi.period ?? null,
                    match: match.match,
                    location: locator.locate(match.kpi.node),
                } : null,
                bucket,
                bucketText: text,
                location: locator.locate(handoff.node),
            };
        }),
    };
}
