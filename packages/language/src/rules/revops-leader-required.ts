import { defineRule } from './rule.js';

/** From 51 employees, specialization makes a RevOps leader the inflection point (003, Mid-Market). */
export default defineRule({
    meta: {
        id: 'revops-leader-required',
        defaultSeverity: 'warning',
        theme: 'revops',
        description: 'From 51 employees on, the model has a RevOps role.',
        source: '003 Org Charts by Company Stage, Mid-Market (51-200): "Add a RevOps leader"',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const organization = facts.organization;
        const employees = organization?.employees;
        if (!organization || employees === undefined || employees < 51) return;
        if (facts.roles.some(role => role.kind === 'revops')) return;
        report({
            node: organization.node,
            message: `At ${employees} employees there is no RevOps role: add a \`role\` with \`kind: revops\` to own CRM governance, SLA enforcement and analytics; from about 51 employees specialization makes this hire the inflection point.`,
        });
    },
});
