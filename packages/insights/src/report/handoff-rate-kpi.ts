/**
 * Which handoff-rate KPI measures a handoff. A KPI names its owners, not a handoff, so the report
 * matches them by this rule (docs/report.md states it too); the first step that finds a KPI decides,
 * and within a step the first KPI in model order:
 *
 * 1. `names-both-ends`: a `handoff-rate` KPI whose `owners` name both the handoff's `from` and its `to`;
 * 2. `marketing-to-sales`: for a handoff from the marketing side to the sales side, a `handoff-rate`
 *    KPI owned by both sides (003's handoff rate is the share of marketing-engaged contacts that
 *    sales follows up on: the marketing-to-sales handoff);
 * 3. `only-handoff-rate-kpi`: when the model has exactly one `handoff-rate` KPI, it measures every
 *    marketing-to-sales handoff, whoever owns it.
 *
 * Other handoffs (SDR to AE, AE to CSM) have a KPI only when one names both their ends.
 */
import type { HandoffFacts, KpiFacts, KpiOwner, RevorgFacts } from '@revorg/language';
import type { HandoffKpi } from './schema.js';

export interface HandoffKpiMatch {
    kpi: KpiFacts;
    match: HandoffKpi['match'];
}

export function handoffRateKpiMatcher(facts: RevorgFacts): (handoff: HandoffFacts) => HandoffKpiMatch | undefined {
    const rates = facts.kpis.filter(kpi => kpi.measures === 'handoff-rate');
    const byOwner = new Map<KpiOwner, KpiFacts[]>();
    for (const kpi of rates) {
        for (const owner of new Set(kpi.owners)) {
            const list = byOwner.get(owner);
            if (list) list.push(kpi);
            else byOwner.set(owner, [kpi]);
        }
    }
    const sharedRate = rates.find(kpi => facts.spansBothSides(kpi.owners));
    return handoff => {
        const { from, to } = handoff;
        const naming = from && to ? byOwner.get(from)?.find(kpi => kpi.owners.includes(to)) : undefined;
        if (naming) return { kpi: naming, match: 'names-both-ends' };
        if (!facts.sidesOf(from).has('marketing') || !facts.sidesOf(to).has('sales')) return undefined;
        if (sharedRate) return { kpi: sharedRate, match: 'marketing-to-sales' };
        if (rates.length === 1) return { kpi: rates[0], match: 'only-handoff-rate-kpi' };
        return undefined;
    };
}
