/**
 * Reverse lookups of the whole model: the roles of each team, the handoffs a definition triggers,
 * the pods of a segment, the KPIs of each owner, the pods each role staffs, the headcount beneath
 * each role and its depth in the reporting tree. Hovers, code lenses and diagrams ask
 * them once per node, so each answer is O(1): each is built in one pass over the facts, the first
 * time it is asked in a build, and kept with that build's facts.
 */
import type { Definition, Handoff, Kpi, KpiOwner, Pod, Role, Segment, Team } from '../../generated/ast.js';
import { headcountsBeneath, reportingDepths } from './reporting.js';
import type { HandoffFacts, KpiFacts, PodFacts, RoleFacts } from './views.js';

export interface ReverseIndexes {
    rolesOf(team: Team): readonly Role[];
    handoffsTriggeredBy(definition: Definition): readonly Handoff[];
    podsIn(segment: Segment): readonly Pod[];
    kpisOwnedBy(owner: KpiOwner): readonly Kpi[];
    podsStaffedBy(role: Role): readonly Pod[];
    headcountBeneath(role: Role): number | undefined;
    reportingDepth(role: Role): number;
}

const NONE: readonly never[] = [];

function groupBy<K, V>(entries: Iterable<[K | undefined, V]>): Map<K, V[]> {
    const groups = new Map<K, V[]>();
    for (const [key, value] of entries) {
        if (key === undefined) continue;
        const group = groups.get(key);
        if (group) group.push(value);
        else groups.set(key, [value]);
    }
    return groups;
}

export interface IndexedParts {
    roles: readonly RoleFacts[];
    handoffs: readonly HandoffFacts[];
    pods: readonly PodFacts[];
    kpis: readonly KpiFacts[];
    cycleRoles: ReadonlySet<Role>;
}

/** A value computed on first use and kept. */
function lazy<T>(compute: () => T): () => T {
    let value: T | undefined;
    let done = false;
    return () => {
        if (!done) {
            value = compute();
            done = true;
        }
        return value as T;
    };
}

/**
 * Indexes built on first use, each on its own: `parts` are read then, when the build's joins are
 * complete. A rule that asks for a team's roles does not pay for a walk of the reporting tree.
 */
export function lazyIndexes(parts: IndexedParts): ReverseIndexes {
    const rolesByTeam = lazy(() => groupBy<Team, Role>(parts.roles.map(role => [role.team, role.node])));
    const handoffsByTrigger = lazy(() => groupBy<Definition, Handoff>(parts.handoffs.map(handoff => [handoff.trigger, handoff.node])));
    const podsBySegment = lazy(() => groupBy<Segment, Pod>(parts.pods.map(pod => [pod.segment, pod.node])));
    const kpisByOwner = lazy(() => groupBy<KpiOwner, Kpi>(parts.kpis.flatMap(kpi => kpi.owners.map((owner): [KpiOwner, Kpi] => [owner, kpi.node]))));
    const podsByMember = lazy(() => groupBy<Role, Pod>(parts.pods.flatMap(pod => [...new Set(pod.members.map(member => member.role))].map((role): [Role, Pod] => [role, pod.node]))));
    const beneath = lazy(() => headcountsBeneath(parts.roles, parts.cycleRoles));
    const depths = lazy(() => reportingDepths(parts.roles));
    return {
        rolesOf: team => rolesByTeam().get(team) ?? NONE,
        handoffsTriggeredBy: definition => handoffsByTrigger().get(definition) ?? NONE,
        podsIn: segment => podsBySegment().get(segment) ?? NONE,
        kpisOwnedBy: owner => kpisByOwner().get(owner) ?? NONE,
        podsStaffedBy: role => podsByMember().get(role) ?? NONE,
        headcountBeneath: role => beneath().get(role),
        reportingDepth: role => depths().get(role) ?? 0,
    };
}
