import { defineRule } from './rule.js';

/** A reporting tree has one top: two roles without a manager are two trees (structural). */
export default defineRule({
    meta: {
        id: 'multiple-top-roles',
        defaultSeverity: 'warning',
        theme: 'structure',
        description: 'Exactly one role has no manager: the reporting tree has a single top.',
        source: '(structural: a reporting tree has one top)',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const tops = facts.roles.filter(role => !role.props.has('reportsTo'));
        if (tops.length < 2) return;
        const names = tops.map(role => `'${role.node.name}'`).join(', ');
        for (const role of tops) {
            report({
                node: role.node,
                message: `Role '${role.node.name}' is one of ${tops.length} roles with no manager (${names}): give all but one a \`reportsTo\`, so the revenue org has one leader and the sides cannot drift apart.`,
            });
        }
    },
});
