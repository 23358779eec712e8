import { formatMoney } from '../model/values.js';
import { defineRule } from './rule.js';

/** A CRO pays off once there is enough revenue to unify; before $10M ARR it is overhead (003). */
export default defineRule<{ minArr: number }>({
    meta: {
        id: 'cro-before-10m-arr',
        defaultSeverity: 'warning',
        theme: 'structure',
        description: 'A Chief Revenue Officer before $10M ARR is usually premature.',
        source: '003 "The CRO Model" (works best above $10M ARR)',
        fixable: false,
        options: { minArr: { type: 'money', default: 10_000_000, description: 'ARR below which a CRO is flagged.' } },
    },
    check({ facts, options, report }) {
        const arr = facts.organization?.arr;
        if (arr === undefined || arr >= options.minArr) return;
        for (const role of facts.roles) {
            if (role.kind !== 'cro') continue;
            report({
                node: role.node,
                message: `Role '${role.node.name}' is a CRO at ${formatMoney(arr)} ARR: the CRO model pays off from about ${formatMoney(options.minArr)} ARR; until then a VP of Sales and a VP of Marketing with shared KPIs are cheaper and just as aligned.`,
            });
        }
    },
});
