import { defineRule } from './rule.js';

/** A measured handoff rate under 35% means the structure is not working (003, Influ2's buckets). */
export default defineRule<{ min: number }>({
    meta: {
        id: 'handoff-rate-broken',
        defaultSeverity: 'warning',
        theme: 'kpis',
        description: 'A handoff-rate KPI\'s measured value (`actual`) is at least 35%; below it the handoff is broken.',
        source: '003 "Measuring Alignment Effectiveness" (Influ2: below 35% is a broken handoff)',
        fixable: false,
        options: { min: { type: 'percent', default: 35, description: 'The lowest handoff rate that is not broken, in percent.' } },
    },
    check({ facts, options, report }) {
        for (const kpi of facts.kpis) {
            if (kpi.measures !== 'handoff-rate' || kpi.actual?.kind !== 'percent' || kpi.actual.value >= options.min) continue;
            report({
                node: kpi.props.get('actual')!,
                message: `KPI '${kpi.node.name}' measures a ${kpi.actual.value}% handoff rate, under the ${options.min}% below which a handoff is broken: fewer than ${options.min}% of marketing-engaged contacts get a sales follow-up, whatever the org model. Look at the handoff's owner, its SLA and the SAL definition.`,
            });
        }
    },
});
