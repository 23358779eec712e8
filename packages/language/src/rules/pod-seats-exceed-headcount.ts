import type { PodMember, Role } from '../generated/ast.js';
import { defineRule } from './rule.js';

/** Pods staffed with more people of a role than the org has (structural). */
export default defineRule({
    meta: {
        id: 'pod-seats-exceed-headcount',
        defaultSeverity: 'warning',
        theme: 'pods',
        description: 'A role fills no more pod seats (its `xN` in every pod) than its `headcount`.',
        source: '(structural: pods staffed with people the org does not have)',
        fixable: true,
        options: {},
    },
    check({ facts, report }) {
        // Pods in model order; each role's seats counted as they accumulate, so the entry where the
        // total first passes the headcount is the one to report (and every later one).
        const seats = new Map<Role, number>();
        for (const pod of facts.pods) {
            for (const member of pod.members) {
                const total = (seats.get(member.role) ?? 0) + member.count;
                seats.set(member.role, total);
                const role = facts.role(member.role);
                if (!role || total <= role.headcount) continue;
                reportSeats(report, member.node, member.role, total, role.headcount);
            }
        }
    },
});

function reportSeats(report: (report: { node: PodMember; message: string; data: Record<string, unknown> }) => void, node: PodMember, role: Role, seats: number, headcount: number): void {
    report({
        node,
        message: `Role '${role.name}' fills ${seats} pod seats by here but has a headcount of ${headcount}: raise its \`headcount\` to ${seats}, or staff the pods with the people the org has.`,
        data: { role: role.name, seats },
    });
}
