import { defineRule } from './rule.js';

/** Decentralized or hybrid RevOps still centralizes strategy, data, architecture and governance (004). */
export default defineRule({
    meta: {
        id: 'revops-governance-required',
        defaultSeverity: 'warning',
        theme: 'revops',
        description: 'Decentralized or hybrid RevOps needs a led RevOps team that owns governance.',
        source: '004 "centralize strategy, data, architecture, and governance"',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const organization = facts.organization;
        const property = organization?.props.get('revops');
        if (!organization || !property) return;
        if (organization.revops !== 'decentralized' && organization.revops !== 'hybrid') return;
        if (facts.teams.some(team => team.function === 'revops' && team.lead)) return;
        report({
            node: property,
            message: `RevOps is ${organization.revops} but no RevOps team has a lead: add a team with \`function: revops\` and a \`lead\` who owns strategy, data, systems architecture and governance, or each function's ops will drift into its own definitions.`,
        });
    },
});
