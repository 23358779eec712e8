import { SALES_OR_MARKETING_KINDS } from '../model/terms.js';
import { defineRule } from './rule.js';

/** RevOps reports to the CRO or COO, not into sales or marketing (003). */
export default defineRule({
    meta: {
        id: 'revops-placement',
        defaultSeverity: 'info',
        theme: 'revops',
        description: 'A top RevOps role reports to a CRO, COO or CEO, not into sales or marketing.',
        source: '003 "RevOps: The Operating System" ("Here\'s what RevOps is NOT: a rebranded sales ops team"), summary table and FAQ: RevOps reports to the "CRO or COO"',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        for (const role of facts.roles) {
            if (role.kind !== 'revops') continue;
            const manager = role.manager && facts.role(role.manager);
            // A partner under another RevOps role is placed by that role.
            if (manager?.kind === 'revops') continue;
            const team = role.team && facts.team(role.team);
            const managedFromSide = manager?.kind !== undefined && SALES_OR_MARKETING_KINDS.has(manager.kind);
            const onSideTeam = team?.function === 'sales' || team?.function === 'marketing';
            if (!managedFromSide && !onSideTeam) continue;
            const where = managedFromSide ? `reports to '${manager.node.name}' (${manager.kind})` : `sits on the ${team!.function} team '${team!.node.name}'`;
            report({
                node: role.node,
                message: `RevOps role '${role.node.name}' ${where}: RevOps unifies sales, marketing and CS ops under one roof and typically reports to the CRO or COO; inside one side it becomes that side's ops team again.`,
            });
        }
    },
});
