import { defineRule } from './rule.js';

/** An SLA is operational when it names a minimum of touches and a compliance audit (003). */
export default defineRule({
    meta: {
        id: 'sla-incomplete',
        defaultSeverity: 'info',
        description: 'An SLA states the minimum touches and how often compliance is audited.',
        source: '003 "Make It Operational" (Z touches minimum; RevOps audits weekly)',
        fixable: false,
        options: {},
    },
    checkDocument({ facts, report }) {
        for (const sla of facts.slas) {
            const missing = ['touches', 'audit'].filter(key => !sla.props.has(key));
            if (missing.length === 0) continue;
            const list = missing.map(key => `\`${key}\``).join(' and ');
            report({
                node: sla.node,
                message: `SLA '${sla.node.name}' has no ${list}: an SLA only changes behaviour when it sets a minimum number of touches and someone audits compliance (weekly is the norm).`,
                data: { missing },
            });
        }
    },
});
