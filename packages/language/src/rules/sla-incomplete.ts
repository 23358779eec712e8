import { atLeastAsOftenAs } from '../model/values.js';
import { defineRule } from './rule.js';

/**
 * An operational SLA has three commitments (003 "Make It Operational"): the sender's volume, the
 * receiver's response with a minimum of touches, and RevOps auditing compliance weekly.
 */
export default defineRule({
    meta: {
        id: 'sla-incomplete',
        defaultSeverity: 'info',
        theme: 'handoffs',
        description: 'An SLA states the sender\'s volume, the receiver\'s minimum touches, and an audit at least weekly.',
        source: '003 "Make It Operational": marketing commits X qualified leads per month, sales follows up within Y hours with Z touches, RevOps audits compliance weekly',
        fixable: false,
        options: {},
    },
    checkDocument({ facts, report }) {
        for (const sla of facts.slas) {
            const gaps: string[] = [];
            if (!sla.props.has('volume')) gaps.push('no `volume` (the leads per month the sending side commits to)');
            if (!sla.props.has('touches')) gaps.push('no `touches` (the minimum follow-ups the receiving side commits to)');
            if (!sla.props.has('audit')) gaps.push('no `audit` (how often RevOps checks compliance)');
            else if (sla.audit && !atLeastAsOftenAs(sla.audit, 'weekly')) gaps.push(`an audit only ${sla.audit} (weekly is what keeps an SLA enforced)`);
            if (gaps.length === 0) continue;
            report({
                node: sla.node,
                message: `SLA '${sla.node.name}' has ${gaps.join(', ')}: an SLA is a commitment on both sides, checked by RevOps.`,
                data: { missing: ['volume', 'touches', 'audit'].filter(key => !sla.props.has(key)) },
            });
        }
    },
});
