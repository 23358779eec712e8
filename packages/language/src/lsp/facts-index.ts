/**
 * Lookups the editor features need on top of the model facts: the facts of any declaration by its
 * node, the roles of each team, the handoffs a definition triggers, the pods of a segment, and the
 * headcount beneath each role.
 *
 * Hovers and code lenses ask these once per node, so each answer must be O(1): the index is built
 * in one pass over the facts and kept with that facts object (a WeakMap), which the facts
 * provider replaces once per build, so the index never outlives the build it describes.
 */
import type { Cadence, Definition, Handoff, Icp, Pod, Role, Segment, Sla, Team } from '../generated/ast.js';
import type {
    CadenceFacts, DefinitionFacts, HandoffFacts, IcpFacts, PodFacts, RevorgFacts, SegmentFacts, SlaFacts,
} from '../model/facts.js';

export interface FactsIndex {
    definition(node: Definition): DefinitionFacts | undefined;
    icp(node: Icp): IcpFacts | undefined;
    handoff(node: Handoff): HandoffFacts | undefined;
    sla(node: Sla): SlaFacts | undefined;
    cadence(node: Cadence): CadenceFacts | undefined;
    pod(node: Pod): PodFacts | undefined;
    segment(node: Segment): SegmentFacts | undefined;
    /** The roles whose `team` is this team, in model order. */
    rolesOf(team: Team): readonly Role[];
    /** The handoffs whose `trigger` is this definition, in model order. */
    handoffsTriggeredBy(definition: Definition): readonly Handoff[];
    /** The pods whose `segment` is this segment, in model order. */
    podsIn(segment: Segment): readonly Pod[];
    /**
     * The summed headcount of every role beneath this one in the reporting line (its own excluded).
     * Undefined for a role on a reporting cycle, where "beneath" has no end.
     */
    headcountBeneath(role: Role): number | undefined;
}

const NONE: readonly never[] = [];
const indexes = new WeakMap<RevorgFacts, FactsIndex>();

/** The index of these facts, built on first use. */
export function factsIndex(facts: RevorgFacts): FactsIndex {
    let index = indexes.get(facts);
    if (!index) {
        index = buildIndex(facts);
        indexes.set(facts, index);
    }
    return index;
}

function byNode<N, F extends { node: N }>(list: readonly F[]): Map<N, F> {
    return new Map(list.map(facts => [facts.node, facts]));
}

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

function buildIndex(facts: RevorgFacts): FactsIndex {
    const definitions = byNode(facts.definitions);
    const icps = byNode(facts.icps);
    const handoffs = byNode(facts.handoffs);
    const slas = byNode(facts.slas);
    const cadences = byNode(facts.cadences);
    const pods = byNode(facts.pods);
    const segments = byNode(facts.segments);
    const rolesByTeam = groupBy<Team, Role>(facts.roles.map(role => [role.team, role.node]));
    const handoffsByTrigger = groupBy<Definition, Handoff>(facts.handoffs.map(handoff => [handoff.trigger, handoff.node]));
    const podsBySegment = groupBy<Segment, Pod>(facts.pods.map(pod => [pod.segment, pod.node]));
    const beneath = headcountsBeneath(facts);
    return {
        definition: node => definitions.get(node),
        icp: node => icps.get(node),
        handoff: node => handoffs.get(node),
        sla: node => slas.get(node),
        cadence: node => cadences.get(node),
        pod: node => pods.get(node),
        segment: node => segments.get(node),
        rolesOf: team => rolesByTeam.get(team) ?? NONE,
        handoffsTriggeredBy: definition => handoffsByTrigger.get(definition) ?? NONE,
        podsIn: segment => podsBySegment.get(segment) ?? NONE,
        headcountBeneath: role => beneath.get(role),
    };
}

/**
 * Sums headcount bottom-up with an explicit stack (a 10k-deep reporting chain must not overflow
 * the call stack), each role once. Roles on a cycle are skipped; no other role can have one
 * beneath it, because whatever sits beneath a role has that role on its chain of managers, and a
 * cycle's chain of managers never leaves the cycle.
 */
function headcountsBeneath(facts: RevorgFacts): Map<Role, number> {
    const totals = new Map<Role, number>();
    const reportsOf = (role: Role): readonly Role[] => facts.role(role)?.directReports ?? NONE;
    const headcountOf = (role: Role): number => facts.role(role)?.headcount ?? 0;
    for (const start of facts.roles) {
        if (facts.cycleRoles.has(start.node) || totals.has(start.node)) continue;
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
