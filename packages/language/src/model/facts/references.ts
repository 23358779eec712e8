/**
 * Filling the reference-valued fields of one document's views from its current links. Needed
 * after each time Langium (re)links the document; a document that was not relinked still points
 * at the same targets, so the facts provider skips it.
 */
import type { AstNode } from 'langium';
import type { PodMember } from '../../generated/ast.js';
import type { AnyProperty } from '../properties.js';
import { POD_MULTIPLIER } from './read-document.js';
import type { DocumentFacts } from './views.js';

type WithValue = { value?: unknown };
type WithValues = { values?: unknown[] };

function refOf<T extends AstNode>(props: Map<string, AnyProperty>, key: string): T | undefined {
    const reference = (props.get(key) as WithValue | undefined)?.value as { ref?: T } | undefined;
    return reference?.ref;
}

function refsOf<T extends AstNode>(props: Map<string, AnyProperty>, key: string): T[] {
    const resolved: T[] = [];
    const references = (props.get(key) as WithValues | undefined)?.values as Array<{ ref?: T }> | undefined;
    if (references) {
        for (const reference of references) {
            const target = reference.ref;
            if (target) resolved.push(target);
        }
    }
    return resolved;
}

/** How many of a pod member's role the pod has: `x2`, x1 when omitted (or unreadable). */
function memberCount(member: PodMember): number {
    const match = member.multiplier === undefined ? undefined : POD_MULTIPLIER.exec(member.multiplier);
    return match ? Number(match[1]) : 1;
}

export function resolveDocumentReferences(facts: DocumentFacts): void {
    for (const team of facts.teams) team.lead = refOf(team.props, 'lead');
    for (const role of facts.roles) {
        role.team = refOf(role.props, 'team');
        role.manager = refOf(role.props, 'reportsTo');
        role.dottedTo = refsOf(role.props, 'dottedTo');
        role.embeddedIn = refsOf(role.props, 'embeddedIn');
        role.segment = refOf(role.props, 'segment');
        role.listedKpis = refsOf(role.props, 'kpis');
    }
    for (const handoff of facts.handoffs) {
        handoff.from = refOf(handoff.props, 'from');
        handoff.to = refOf(handoff.props, 'to');
        handoff.trigger = refOf(handoff.props, 'trigger');
        handoff.owner = refOf(handoff.props, 'owner');
    }
    for (const sla of facts.slas) {
        sla.handoff = refOf(sla.props, 'handoff');
        sla.auditor = refOf(sla.props, 'auditor');
    }
    for (const definition of facts.definitions) definition.owner = refOf(definition.props, 'owner');
    for (const kpi of facts.kpis) kpi.owners = refsOf(kpi.props, 'owners');
    for (const icp of facts.icps) icp.owners = refsOf(icp.props, 'owners');
    for (const cadence of facts.cadences) cadence.attendees = refsOf(cadence.props, 'attendees');
    for (const pod of facts.pods) {
        pod.segment = refOf(pod.props, 'segment');
        pod.lead = refOf(pod.props, 'lead');
        const membersProperty = pod.props.get('members');
        pod.members = membersProperty?.$type === 'MembersProperty'
            ? membersProperty.values.flatMap(member => (member.role?.ref ? [{ role: member.role.ref, count: memberCount(member), node: member }] : []))
            : [];
    }
}
