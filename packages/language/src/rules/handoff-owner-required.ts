import { defineRule } from './rule.js';

/** Every handoff needs one person accountable for its speed and quality (003, Mistake 5). */
export default defineRule({
    meta: {
        id: 'handoff-owner-required',
        defaultSeverity: 'error',
        theme: 'handoffs',
        description: 'Every handoff names the role accountable for its speed and quality.',
        source: '003 Mistake 5 ("No one owns the handoff"); The Revenue Alignment Stack',
        fixable: true,
        options: {},
    },
    checkDocument({ facts, report }) {
        for (const handoff of facts.handoffs) {
            if (handoff.props.has('owner')) continue;
            report({
                node: handoff.node,
                message: `Handoff '${handoff.node.name}' has no owner: add \`owner:\` with the role (usually RevOps) accountable for how fast and how well leads cross it.`,
            });
        }
    },
});
