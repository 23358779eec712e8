import { defineRule } from './rule.js';

/** The roles of the model cannot hold more people than the company employs (structural). */
export default defineRule({
    meta: {
        id: 'headcount-exceeds-employees',
        defaultSeverity: 'warning',
        theme: 'structure',
        description: 'The roles\' headcounts add up to no more than the organization\'s `employees`.',
        source: '(structural: the model counts more people than the company has)',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const organization = facts.organization;
        const employees = organization?.employees;
        if (!organization || employees === undefined) return;
        let total = 0;
        for (const role of facts.roles) total += role.headcount;
        if (total <= employees) return;
        report({
            node: organization.props.get('employees')!,
            message: `The roles hold ${total} people but the organization has ${employees} employees: correct \`employees\` or the roles' \`headcount\` (a role without one counts as 1), or the stage-based rules judge the company by the wrong size.`,
        });
    },
});
