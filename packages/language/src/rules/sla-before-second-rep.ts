import { REP_KINDS } from '../model/terms.js';
import { defineRule } from './rule.js';

/** Shared lead criteria and a simple SLA come before the second rep (003 FAQ). */
export default defineRule({
    meta: {
        id: 'sla-before-second-rep',
        defaultSeverity: 'warning',
        theme: 'handoffs',
        description: 'A model with two or more reps has at least one handoff or SLA.',
        source: '003 FAQ "How do you build sales and marketing teams from scratch?": "Define shared lead criteria and a simple SLA before you hire your second rep"',
        fixable: true,
        options: {},
    },
    check({ facts, report }) {
        const organization = facts.organization;
        if (!organization || facts.handoffs.length > 0 || facts.slas.length > 0) return;
        let reps = 0;
        for (const role of facts.roles) if (role.kind && REP_KINDS.has(role.kind)) reps += role.headcount;
        if (reps < 2) return;
        report({
            node: organization.node,
            message: `The model has ${reps} reps but no handoff and no SLA: write down the handoff between whoever generates leads and whoever works them, with an \`sla\` (how fast, how many touches), before the second rep is hired.`,
        });
    },
});
