import type { Party, Role } from '../generated/ast.js';
import type { RevorgFacts, RoleFacts } from '../model/facts/index.js';
import { FUNNEL_TIERS } from '../model/terms.js';
import { defineRule } from './rule.js';

/**
 * An assembly line only works if every station hands to the next: MDR -> SDR -> AE -> AM/CSM
 * (001 "map out every handoff point"; 002 the post-2008 tiers).
 */
export default defineRule({
    meta: {
        id: 'funnel-handoff-missing',
        defaultSeverity: 'warning',
        theme: 'handoffs',
        description: 'In an assembly-line or hybrid organization, each funnel tier present hands off to the next one present.',
        source: '001 "map out every handoff point"; 002 MDR -> SDR -> ISR/SAR -> AM',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const model = facts.organization?.model;
        if (model !== 'assembly-line' && model !== 'hybrid') return;
        const rolesByTier = new Map<number, RoleFacts[]>();
        for (const role of facts.roles) {
            if (role.tier === undefined) continue;
            const tier = rolesByTier.get(role.tier) ?? [];
            tier.push(role);
            rolesByTier.set(role.tier, tier);
        }
        const present = [...rolesByTier.keys()].sort((a, b) => a - b);
        // A handoff whose end is a team counts for every role of that team.
        const linked = new Set<string>();
        for (const handoff of facts.handoffs) {
            for (const fromTier of tiersOf(facts, handoff.from)) {
                for (const toTier of tiersOf(facts, handoff.to)) linked.add(`${fromTier}>${toTier}`);
            }
        }
        for (let i = 0; i + 1 < present.length; i++) {
            const [earlier, later] = [present[i], present[i + 1]];
            if (linked.has(`${earlier}>${later}`)) continue;
            const first = rolesByTier.get(earlier)![0];
            const [from, to] = [FUNNEL_TIERS[earlier].name, FUNNEL_TIERS[later].name];
            report({
                node: first.node,
                message: `No handoff from the ${from} tier to the ${to} tier: in ${model === 'hybrid' ? 'a hybrid' : 'an assembly-line'} organization every station hands to the next, so add a \`handoff\` from one of the ${from} roles (such as '${first.node.name}', or its team) to one of the ${to} roles, with an owner and an SLA.`,
                data: { fromTier: from, toTier: to },
            });
        }
    },
});

/** The funnel tiers a handoff end stands for: its role's, or every tier among a team's roles. */
function tiersOf(facts: RevorgFacts, party: Party | undefined): number[] {
    const roles: readonly Role[] = party?.$type === 'Role' ? [party] : party?.$type === 'Team' ? facts.rolesOf(party) : [];
    const tiers = new Set<number>();
    for (const role of roles) {
        const tier = facts.role(role)?.tier;
        if (tier !== undefined) tiers.add(tier);
    }
    return [...tiers];
}
