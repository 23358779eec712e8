/**
 * The flow view: the teams and roles that take part in handoffs, left to right along the funnel
 * (marketing, then MDR, SDR/BDR, AE/ISR/SAR, AM/CSM), and an edge per handoff labelled with its
 * trigger, its SLA and its owner. A handoff that `handoff-owner-required` or `handoff-sla-required`
 * reports is a warning edge: that is the gap 003 calls the handoff that leaks.
 *
 * The funnel order is given to the layout as a column per node (`DiagramNode.layer`, ELK
 * partitioning), so an AE -> SDR recycle handoff runs backwards instead of reordering the funnel.
 */
import { slaSummary, type HandoffFacts, type Party, type RevorgFacts, type TeamFunction } from '@revorg/language';
import type { DiagramEdge, DiagramGraph, DiagramNode } from './diagram.js';
import { type BuildOptions, displayTitle, IdAllocator, locationOf, problemsOf, reportedOn, roleCategory, roleSubtitle, teamCategory } from './common.js';
import { organizationTitle } from './build-org.js';

/**
 * The rules whose findings on a handoff draw it as a warning: the gaps 003 calls the handoff that
 * leaks. The picture follows the rule results, so a rule turned off or suppressed is not drawn.
 */
const GAP_RULES = ['handoff-owner-required', 'handoff-sla-required'];

/** The columns: 0 marketing, 1 MDR, 2 SDR/BDR, 3 AE/ISR/SAR, 4 AM/CSM (a funnel tier t is column t + 1). */
export const FLOW_COLUMNS = ['Marketing', 'MDR', 'SDR/BDR', 'AE/ISR/SAR', 'AM/CSM'] as const;

/** The column of a team or role without a funnel tier, by its function. */
function columnOfFunction(fn: TeamFunction | undefined): number | undefined {
    switch (fn) {
        case 'marketing': return 0;
        case 'sales': return 3;
        case 'success': return 4;
        default: return undefined;
    }
}

/** Where a party sits in the funnel, when its kind or function says so. */
export function funnelColumn(facts: RevorgFacts, party: Party): number | undefined {
    if (party.$type === 'Role') {
        const role = facts.role(party);
        if (role?.tier !== undefined) return role.tier + 1;
        if (role?.kind === 'marketing' || role?.kind === 'vp-marketing') return 0;
        if (role?.kind === 'vp-success') return 4;
        return columnOfFunction(role?.team ? facts.team(role.team)?.function : undefined);
    }
    // A team sits at its earliest tiered role (a sales team with SDRs and AEs starts at the SDRs).
    let earliest: number | undefined;
    for (const role of facts.rolesOf(party)) {
        const tier = facts.role(role)?.tier;
        if (tier !== undefined) earliest = Math.min(earliest ?? Infinity, tier + 1);
    }
    const byFunction = columnOfFunction(facts.team(party)?.function);
    if (byFunction === 0) return 0;
    return earliest ?? byFunction;
}

export function handoffLabel(handoff: HandoffFacts): string[] {
    const lines: string[] = [];
    if (handoff.trigger) lines.push(handoff.trigger.name);
    lines.push(handoff.slas.length > 0 ? slaSummary(handoff.slas[0]) : 'no SLA');
    lines.push(handoff.owner ? `owner: ${handoff.owner.name}` : 'no owner');
    return lines;
}

export function buildFlowGraph(facts: RevorgFacts, options: BuildOptions = {}): DiagramGraph {
    const ids = new IdAllocator();
    const parties: Party[] = [];
    const seen = new Set<Party>();
    const drawn = facts.handoffs.filter(handoff => handoff.from && handoff.to);
    for (const handoff of drawn) {
        for (const party of [handoff.from!, handoff.to!]) {
            if (seen.has(party)) continue;
            seen.add(party);
            parties.push(party);
        }
    }

    // Columns: from the funnel where the party says; otherwise the column of the first party it
    // hands to (or, failing that, receives from), so a RevOps team sits next to its counterparts.
    const column = new Map<Party, number | undefined>(parties.map(party => [party, funnelColumn(facts, party)]));
    for (const party of parties) {
        if (column.get(party) !== undefined) continue;
        const next = drawn.find(handoff => handoff.from === party && column.get(handoff.to!) !== undefined)?.to
            ?? drawn.find(handoff => handoff.to === party && column.get(handoff.from!) !== undefined)?.from;
        column.set(party, next ? column.get(next) : 0);
    }
    // Stable sort by column: the model order within a column is the order ELK starts from.
    const ordered = parties.map((party, index) => ({ party, index }))
        .sort((a, b) => (column.get(a.party) ?? 0) - (column.get(b.party) ?? 0) || a.index - b.index)
        .map(entry => entry.party);
    for (const party of ordered) ids.idOf(party, party.name);

    const nodes: DiagramNode[] = ordered.map(party => {
        if (party.$type === 'Role') {
            const role = facts.role(party);
            return {
                id: ids.lookup(party)!,
                kind: 'role',
                title: displayTitle(party),
                subtitle: roleSubtitle(role),
                category: roleCategory(facts, party),
                problems: problemsOf(options, party),
                location: locationOf(options, party),
                layer: column.get(party) ?? 0,
            };
        }
        return {
            id: ids.lookup(party)!,
            kind: 'team',
            title: displayTitle(party),
            subtitle: `${facts.team(party)?.function ?? 'team'} team`,
            category: teamCategory(facts, party),
            problems: problemsOf(options, party),
            location: locationOf(options, party),
            layer: column.get(party) ?? 0,
        };
    });

    const edgeIds = new IdAllocator();
    const edges: DiagramEdge[] = drawn.map(handoff => ({
        id: edgeIds.idOf(handoff.node, handoff.node.name),
        source: ids.lookup(handoff.from!)!,
        target: ids.lookup(handoff.to!)!,
        label: handoffLabel(handoff),
        title: displayTitle(handoff.node),
        style: reportedOn(options, handoff.node, GAP_RULES) ? 'warning' : 'normal',
        location: locationOf(options, handoff.node),
    }));

    const organization = organizationTitle(facts);
    return { view: 'flow', title: organization ? `${organization} · Revenue flow` : 'Revenue flow', nodes, edges };
}
