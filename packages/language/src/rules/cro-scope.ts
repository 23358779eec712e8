import type { Role } from '../generated/ast.js';
import { rolesBeneath, type RoleFacts } from '../model/facts/index.js';
import { defineRule } from './rule.js';

/** How many of the roles outside the CRO's line a message names. */
const NAMED = 5;

/** The point of a CRO is one leader over sales and marketing (003, "The CRO Model"). */
export default defineRule({
    meta: {
        id: 'cro-scope',
        defaultSeverity: 'info',
        theme: 'structure',
        description: 'Every role on the marketing and the sales side has the CRO on its reporting chain.',
        source: '003 "The CRO Model": "Sales, marketing, and often customer success all report to one revenue leader"',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const leads = new Set(facts.teams.map(team => team.lead).filter((lead): lead is Role => lead !== undefined));
        for (const cro of facts.roles) {
            if (cro.kind !== 'cro') continue;
            const beneath = rolesBeneath(facts, cro.node);
            const outside = facts.roles.filter(role => role !== cro && role.side !== undefined && !beneath.has(role.node));
            if (outside.length === 0) continue;
            // Leaders first: moving a VP or a team lead under the CRO brings their people along.
            const isLeader = (role: RoleFacts): boolean => role.kind?.startsWith('vp-') === true || leads.has(role.node);
            const ordered = [...outside.filter(isLeader), ...outside.filter(role => !isLeader(role))];
            const names = ordered.slice(0, NAMED).map(role => `'${role.node.name}'`).join(', ');
            const more = ordered.length > NAMED ? ` and ${ordered.length - NAMED} more` : '';
            report({
                node: cro.node,
                message: `CRO '${cro.node.name}' does not lead all of sales and marketing: ${names}${more} ${ordered.length === 1 ? 'does' : 'do'} not report up to them. Under the CRO model sales, marketing and often customer success all report to one revenue leader.`,
            });
        }
    },
});

