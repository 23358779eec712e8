import { ACTIVITY_MEASURES } from '../model/terms.js';
import { defineRule } from './rule.js';

/** Separate scorecards pull marketing and sales apart; a shared outcome pulls them together (003). */
export default defineRule({
    meta: {
        id: 'shared-kpi-required',
        defaultSeverity: 'warning',
        theme: 'kpis',
        description: 'With both marketing and sales in the model, some KPI both sides own measures an outcome, not activity (MQLs, meetings).',
        source: '003 Mistake 2 ("Marketing optimizes for volume"), Revenue Alignment Stack item 4, "Make It Operational"',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const organization = facts.organization;
        if (!organization || !facts.bothSides) return;
        const shared = facts.kpis.filter(kpi => facts.spansBothSides(kpi.owners));
        if (shared.some(kpi => !kpi.measures || !ACTIVITY_MEASURES.has(kpi.measures))) return;
        const onlyActivity = shared.length > 0
            ? ` The shared ones (${shared.map(kpi => `'${kpi.node.name}'`).join(', ')}) count activity (${[...new Set(shared.map(kpi => kpi.measures))].join(', ')}), which each side can hit without the other.`
            : '';
        report({
            node: organization.node,
            message: `No outcome KPI is shared by marketing and sales:${onlyActivity} Add a \`kpi\` such as pipeline contribution, conversion, speed-to-lead or attribution whose \`owners\` include a team or role on each side, so both are measured on the same result.`,
        });
    },
});
