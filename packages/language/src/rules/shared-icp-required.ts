import { defineRule } from './rule.js';

/** Alignment starts with one ICP both teams own; without it they target different buyers (003). */
export default defineRule({
    meta: {
        id: 'shared-icp-required',
        defaultSeverity: 'warning',
        theme: 'icp',
        description: 'With both marketing and sales in the model, some ICP is owned by both sides.',
        source: '003 Revenue Alignment Stack item 1 (a shared ICP)',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const organization = facts.organization;
        if (!organization || !facts.bothSides) return;
        if (facts.icps.some(icp => facts.spansBothSides(icp.owners))) return;
        report({
            node: organization.node,
            message: 'No ICP is owned by both marketing and sales: add an `icp` whose `owners` include a marketing team and a sales team, so both target the same buyers.',
        });
    },
});
