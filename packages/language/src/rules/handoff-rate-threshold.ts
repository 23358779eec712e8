import { defineRule } from './rule.js';

/** Below a 35% handoff rate the structure is not working, whatever the model (003). */
export default defineRule<{ min: number }>({
    meta: {
        id: 'handoff-rate-threshold',
        defaultSeverity: 'warning',
        theme: 'kpis',
        description: 'A handoff-rate KPI targets at least 35%, the threshold for an effective handoff.',
        source: '003 "Measuring Alignment Effectiveness" (35% or higher is effective)',
        fixable: false,
        options: { min: { type: 'percent', default: 35, description: 'The lowest acceptable handoff-rate target, in percent.' } },
    },
    check({ facts, options, report }) {
        for (const kpi of facts.kpis) {
            if (kpi.measures !== 'handoff-rate' || kpi.target?.kind !== 'percent') continue;
            if (kpi.target.value >= options.min) continue;
            report({
                node: kpi.props.get('target')!,
                message: `KPI '${kpi.node.name}' targets a ${kpi.target.value}% handoff rate, below the ${options.min}% that marks an effective handoff: raise the target to at least ${options.min}% (below it, most marketing-engaged contacts never reach sales).`,
            });
        }
    },
});
