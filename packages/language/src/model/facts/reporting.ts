/**
 * The reporting tree: which roles sit on a `reportsTo` cycle, and how many people sit beneath each
 * role. Both walk the tree without recursion (a 10k-deep chain must not overflow the call stack)
 * and visit each role once, so they stay linear at 10k roles.
 */
import type { Role } from '../../generated/ast.js';
import { POSITION, viewOf, type Positioned, type RevorgFacts, type RoleFacts } from './views.js';

/**
 * Roles on a `reportsTo` cycle: each role is walked up its chain once, over arrays indexed like
 * `roles`. Each view knows its position in `roles` (set by the join), so the arrays need no map
 * from view to position, and the walk of one start reuses one preallocated path.
 */
export function findReportingCycles(roles: readonly RoleFacts[]): Set<Role> {
    const managerIndex = new Int32Array(roles.length).fill(-1);
    roles.forEach((role, index) => {
        const manager = role.manager && viewOf<RoleFacts & Positioned>(role.manager);
        if (manager && roles[manager[POSITION]] === manager) managerIndex[index] = manager[POSITION];
    });
    const WALKING = 1;
    const DONE = 2;
    const state = new Uint8Array(roles.length);
    const onCycle = new Set<Role>();
    const path = new Int32Array(roles.length);
    for (let start = 0; start < roles.length; start++) {
        let length = 0;
        let current = start;
        while (current >= 0 && state[current] === 0) {
            state[current] = WALKING;
            path[length++] = current;
            current = managerIndex[current];
        }
        if (current >= 0 && state[current] === WALKING) {
            // The walk ran into itself: the cycle is the part of the path from `current` on.
            for (let i = path.lastIndexOf(current, length - 1); i < length; i++) onCycle.add(roles[path[i]].node);
        }
        for (let i = 0; i < length; i++) state[path[i]] = DONE;
    }
    return onCycle;
}

/**
 * Sums headcount bottom-up with an explicit stack, each role once. Roles on a cycle are skipped;
 * no other role can have one beneath it, because whatever sits beneath a role has that role on its
 * chain of managers, and a cycle's chain of managers never leaves the cycle.
 */
export function headcountsBeneath(roles: readonly RoleFacts[], cycleRoles: ReadonlySet<Role>): Map<Role, number> {
    const totals = new Map<Role, number>();
    const reportsOf = (role: Role): readonly Role[] => viewOf<RoleFacts>(role)?.directReports ?? [];
    const headcountOf = (role: Role): number => viewOf<RoleFacts>(role)?.headcount ?? 0;
    for (const start of roles) {
        if (cycleRoles.has(start.node) || totals.has(start.node)) continue;
        const stack: Array<{ role: Role; next: number }> = [{ role: start.node, next: 0 }];
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const reports = reportsOf(top.role);
            if (top.next < reports.length) {
                const report = reports[top.next++];
                if (!totals.has(report)) stack.push({ role: report, next: 0 });
                continue;
            }
            stack.pop();
            let total = 0;
            for (const report of reports) total += headcountOf(report) + (totals.get(report) ?? 0);
            totals.set(top.role, total);
        }
    }
    return totals;
}

/**
 * How many managers sit above each role on its reporting chain: the chain follows `reportsTo` and
 * ends at a role without a manager or where it would come back to a role already on it. Each walk
 * stops at a role whose depth is known, so every role is walked once.
 */
export function reportingDepths(roles: readonly RoleFacts[]): Map<Role, number> {
    const depths = new Map<Role, number>();
    const path: Role[] = [];
    const onPath = new Map<Role, number>();
    for (const start of roles) {
        if (depths.has(start.node)) continue;
        path.length = 0;
        onPath.clear();
        let current: Role | undefined = start.node;
        let base = -1;
        let cycleFrom = -1;
        while (current) {
            const known = depths.get(current);
            if (known !== undefined) { base = known; break; }
            const seen = onPath.get(current);
            if (seen !== undefined) { cycleFrom = seen; break; }
            onPath.set(current, path.length);
            path.push(current);
            current = viewOf<RoleFacts>(current)?.manager;
        }
        // On a cycle, each role reaches every other role of the cycle and nothing beyond.
        const end = cycleFrom >= 0 ? cycleFrom : path.length;
        for (let i = end; i < path.length; i++) depths.set(path[i], path.length - cycleFrom - 1);
        const below = cycleFrom >= 0 ? path.length - cycleFrom - 1 : base;
        for (let i = end - 1; i >= 0; i--) depths.set(path[i], below + (end - i));
    }
    return depths;
}

/**
 * Every role that has `top` on its reporting chain: the roles reachable through direct reports,
 * walked once without recursion (a cycle ends where it comes back).
 */
export function rolesBeneath(facts: Pick<RevorgFacts, 'role'>, top: Role): Set<Role> {
    const beneath = new Set<Role>();
    const stack: Role[] = [top];
    while (stack.length > 0) {
        for (const report of facts.role(stack.pop()!)?.directReports ?? []) {
            if (beneath.has(report) || report === top) continue;
            beneath.add(report);
            stack.push(report);
        }
    }
    return beneath;
}

/** The role with the most managers above it (the first in model order of those), and how many; no role when none has a manager. */
export function deepestRole(facts: Pick<RevorgFacts, 'roles' | 'reportingDepth'>): { role?: RoleFacts; depth: number } {
    let role: RoleFacts | undefined;
    let depth = 0;
    for (const candidate of facts.roles) {
        const own = facts.reportingDepth(candidate.node);
        if (own > depth) {
            role = candidate;
            depth = own;
        }
    }
    return { role, depth };
}
