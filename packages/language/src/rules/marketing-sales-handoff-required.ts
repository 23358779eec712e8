import { defineRule } from './rule.js';

/** Marketing-sourced demand must have a written path into sales (003, Mistake 5: 53% have broken handoffs). */
export default defineRule({
    meta: {
        id: 'marketing-sales-handoff-required',
        defaultSeverity: 'warning',
        theme: 'handoffs',
        description: 'With both marketing and sales in the model, some handoff goes from the marketing side to the sales side.',
        source: '003 Mistake 5; 53% of companies have broken handoffs',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const organization = facts.organization;
        if (!organization || !facts.bothSides) return;
        const connected = facts.handoffs.some(handoff => facts.sidesOf(handoff.from).has('marketing') && facts.sidesOf(handoff.to).has('sales'));
        if (connected) return;
        report({
            node: organization.node,
            message: 'No handoff goes from marketing to sales: add a `handoff` whose `from` is a marketing team or role and whose `to` is on the sales side, so marketing-engaged leads have a defined path to a seller (53% of companies lose them here).',
        });
    },
});
