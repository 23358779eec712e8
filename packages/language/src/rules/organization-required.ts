import { defineRule } from './rule.js';

/** Most rules reason from ARR, headcount and contract value; without them they stay silent. */
export default defineRule({
    meta: {
        id: 'organization-required',
        defaultSeverity: 'warning',
        theme: 'structure',
        description: 'A model has one `organization` with its ARR and headcount.',
        source: '(structural)',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        if (facts.organization || facts.declarations.length === 0) return;
        report({
            node: facts.declarations[0],
            message: 'The model has no `organization`: add `organization "Name" { arr: ..., employees: ... }` so the rules that depend on ARR, headcount and company stage can run.',
        });
    },
});
