import { defineRule } from './rule.js';

/** The right model changes as the company grows; revisit it at least once a year (001, 003). */
export default defineRule({
    meta: {
        id: 'structure-review-required',
        defaultSeverity: 'info',
        theme: 'cadence',
        description: 'A structure review (of the org model itself) runs at least yearly.',
        source: '001 "How Often Should We Re-evaluate Our Model?"; 003 quarterly structure review',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const organization = facts.organization;
        if (!organization) return;
        if (facts.cadences.some(cadence => cadence.purpose === 'structure-review' && cadence.every !== undefined)) return;
        report({
            node: organization.node,
            message: 'No structure review is scheduled: add a `cadence` with `purpose: structure-review` running `quarterly` or at least `yearly`, so the org model is re-evaluated as ARR, headcount and segments change.',
        });
    },
});
