import { defineRule } from './rule.js';

/** A reporting line that comes back to itself has no one at the top of it. */
export default defineRule({
    meta: {
        id: 'reporting-cycle',
        defaultSeverity: 'error',
        theme: 'structure',
        description: 'Reporting lines never form a cycle.',
        source: '(structural)',
        fixable: true,
        options: {},
    },
    check({ facts, report }) {
        for (const role of facts.roles) {
            if (!facts.cycleRoles.has(role.node)) continue;
            const chain = [role.node.name];
            for (let next = role.manager; next && next !== role.node; next = facts.role(next)?.manager) chain.push(next.name);
            chain.push(role.node.name);
            report({
                node: role.props.get('reportsTo')!,
                message: `Reporting cycle: ${chain.join(' -> ')}. Remove or change one \`reportsTo\` so the chain ends at a role with no manager.`,
            });
        }
    },
});
