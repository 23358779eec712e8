import { defineRule } from './rule.js';

/** Hybrid or decentralized RevOps executes through embedded partners (004). */
export default defineRule({
    meta: {
        id: 'revops-embedded-partners',
        defaultSeverity: 'info',
        theme: 'revops',
        description: 'Hybrid or decentralized RevOps has a RevOps role embedded in a team, segment or pod.',
        source: '004 hybrid model: "decentralize execution and enablement through embedded RevOps partners aligned to regions, products, or segments"',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const organization = facts.organization;
        const model = organization?.revops;
        if (!organization || (model !== 'hybrid' && model !== 'decentralized')) return;
        if (facts.roles.some(role => role.kind === 'revops' && role.embeddedIn.length > 0)) return;
        report({
            node: organization.props.get('revops')!,
            message: `RevOps is ${model} but no RevOps role is embedded anywhere: give the partners who execute with the regions, products or segments an \`embeddedIn\` (and a \`dottedTo\` line to the leader they serve), so the model shows who works where.`,
        });
    },
});
