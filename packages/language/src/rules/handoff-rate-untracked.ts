import { defineRule } from './rule.js';

/** The handoff rate is the one number that says whether alignment works; measure it monthly (003). */
export default defineRule({
    meta: {
        id: 'handoff-rate-untracked',
        defaultSeverity: 'info',
        description: 'With both marketing and sales in the model, some KPI measures the handoff rate.',
        source: '003 "Measuring Alignment Effectiveness" ("Measure this monthly")',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const organization = facts.organization;
        if (!organization || !facts.bothSides) return;
        if (facts.kpis.some(kpi => kpi.measures === 'handoff-rate')) return;
        report({
            node: organization.node,
            message: 'The handoff rate is not tracked: add a `kpi` with `measures: handoff-rate`, a target of at least 35% and `period: monthly`, owned by marketing and sales together.',
        });
    },
});
