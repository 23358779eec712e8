import { defineRule } from './rule.js';

/**
 * Handoffs need a written definition of what the receiving side accepts. Without a SAL
 * definition, "qualified" means whatever each side wants it to mean (003, Mistake 1).
 */
export default defineRule({
    meta: {
        id: 'sal-definition-required',
        defaultSeverity: 'error',
        theme: 'signals',
        description: 'A model with handoffs (or with both marketing and sales) must write down its Sales Accepted Lead definition.',
        source: '003 Mistake 1 (Different definitions of a "lead."); Org Charts by Company Stage, Growth',
        fixable: true,
        options: {},
    },
    check({ facts, report }) {
        if (facts.handoffs.length === 0 && !facts.bothSides) return;
        if (facts.definitions.some(definition => definition.stage === 'sal')) return;
        const node = facts.organization?.node ?? facts.handoffs[0]?.node;
        if (!node) return;
        report({
            node,
            message: 'No Sales Accepted Lead definition: add a `definition` with `stage: sal` that writes down the title, company fit and engagement threshold both teams agree a lead must meet before sales follows up.',
        });
    },
});
