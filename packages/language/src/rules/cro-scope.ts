import { defineRule } from './rule.js';

/** The point of a CRO is one leader over sales and marketing; a CRO over sales alone is a VP Sales (003). */
export default defineRule({
    meta: {
        id: 'cro-scope',
        defaultSeverity: 'info',
        description: 'A CRO should have marketing reporting to them, not sales alone.',
        source: '003 "The CRO Model" (one leader over sales, marketing and customer success)',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const marketingLeads = new Set(facts.teams.filter(team => team.function === 'marketing' && team.lead).map(team => team.lead));
        for (const role of facts.roles) {
            if (role.kind !== 'cro') continue;
            const leadsMarketing = role.directReports.some(report => facts.role(report)?.kind === 'vp-marketing' || marketingLeads.has(report));
            if (leadsMarketing) continue;
            report({
                node: role.node,
                message: `CRO '${role.node.name}' has no marketing leader reporting to them: make the VP Marketing (or the lead of the marketing team) report to the CRO, or the CRO is a VP Sales by another name.`,
            });
        }
    },
});
