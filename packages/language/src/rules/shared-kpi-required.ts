import { defineRule } from './rule.js';

/** Separate scorecards pull marketing and sales apart; a shared number pulls them together (003). */
export default defineRule({
    meta: {
        id: 'shared-kpi-required',
        defaultSeverity: 'warning',
        description: 'With both marketing and sales in the model, some KPI is owned by both sides.',
        source: '003 Mistake 2 (separate KPIs); Revenue Alignment Stack item 4',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const organization = facts.organization;
        if (!organization || !facts.bothSides) return;
        if (facts.kpis.some(kpi => facts.spansBothSides(kpi.owners))) return;
        report({
            node: organization.node,
            message: 'No KPI is shared by marketing and sales: add a `kpi` (pipeline contribution, handoff rate or revenue) whose `owners` include a team or role on each side, so both are measured on the same outcome instead of MQLs against closed deals.',
        });
    },
});
