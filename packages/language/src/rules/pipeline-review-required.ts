import { atLeastAsOftenAs } from '../model/values.js';
import { defineRule } from './rule.js';

/** QBRs are post-mortems; alignment needs a biweekly (or weekly) pipeline review with both teams (003). */
export default defineRule({
    meta: {
        id: 'pipeline-review-required',
        defaultSeverity: 'warning',
        theme: 'cadence',
        description: 'With both marketing and sales in the model, a pipeline review or alignment meeting runs at least biweekly with both sides attending.',
        source: '003 Mistake 4 ("Quarterly business reviews aren\'t alignment"); Revenue Alignment Stack item 5',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const organization = facts.organization;
        if (!organization || !facts.bothSides) return;
        const candidates = facts.cadences.filter(cadence =>
            (cadence.purpose === 'pipeline-review' || cadence.purpose === 'alignment') && facts.spansBothSides(cadence.attendees));
        if (candidates.some(cadence => cadence.every !== undefined && atLeastAsOftenAs(cadence.every, 'biweekly'))) return;
        const tooSlow = candidates.filter(cadence => cadence.every !== undefined);
        const slowNote = tooSlow.length > 0
            ? ` (${tooSlow.map(cadence => `'${cadence.node.name}' runs ${cadence.every}, which is a post-mortem, not alignment`).join('; ')})`
            : '';
        report({
            node: organization.node,
            message: `No pipeline review brings marketing and sales together at least every two weeks${slowNote}: add a \`cadence\` with \`purpose: pipeline-review\`, \`every: weekly\` or \`biweekly\`, and attendees from both sides.`,
        });
    },
});
