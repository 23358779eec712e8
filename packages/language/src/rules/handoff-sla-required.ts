import { defineRule } from './rule.js';

/** A handoff without an SLA has no commitment on either side (003, Stack item 3). */
export default defineRule({
    meta: {
        id: 'handoff-sla-required',
        defaultSeverity: 'warning',
        theme: 'handoffs',
        description: 'Every handoff has an SLA: how fast the receiver follows up, and what the sender commits.',
        source: '003 Revenue Alignment Stack item 3 ("Unified handoff process with SLAs baked into CRM workflows"); "Make It Operational" ("SLAs need to live in CRM workflows")',
        fixable: true,
        options: {},
    },
    check({ facts, report }) {
        for (const handoff of facts.handoffs) {
            if (handoff.slas.length > 0) continue;
            report({
                node: handoff.node,
                message: `Handoff '${handoff.node.name}' has no SLA: add an \`sla\` with \`handoff: ${handoff.node.name}\` saying how fast the receiving side follows up (\`within\`), with how many touches, and how often it is audited.`,
            });
        }
    },
});
