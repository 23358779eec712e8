import { atLeastAsOftenAs } from '../model/values.js';
import { defineRule } from './rule.js';

/** The handoff rate says whether alignment works; 003 says to measure it monthly. */
export default defineRule({
    meta: {
        id: 'handoff-rate-untracked',
        defaultSeverity: 'info',
        theme: 'kpis',
        description: 'With both marketing and sales in the model, a KPI measures the handoff rate, monthly or more often.',
        source: '003 "Measuring Alignment Effectiveness": "Measure this monthly"',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const organization = facts.organization;
        if (!organization || !facts.bothSides) return;
        const rates = facts.kpis.filter(kpi => kpi.measures === 'handoff-rate');
        // A KPI without a period is taken at its word: nothing says it is measured too rarely.
        if (rates.some(kpi => !kpi.period || atLeastAsOftenAs(kpi.period, 'monthly'))) return;
        report({
            node: organization.node,
            message: rates.length === 0
                ? 'The handoff rate is not tracked: add a `kpi` with `measures: handoff-rate` (the % of marketing-engaged contacts that sales follows up on), a target of at least 35% and `period: monthly`, owned by marketing and sales together.'
                : `The handoff rate is measured too rarely: ${rates.map(kpi => `'${kpi.node.name}' is ${kpi.period}`).join(', ')}; measure it monthly (\`period: monthly\`) so a broken handoff shows within weeks, not quarters.`,
        });
    },
});
