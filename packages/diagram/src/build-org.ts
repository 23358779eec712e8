/**
 * The org view: a box per role, a line from each manager to each direct report, roles without a
 * manager at the top, and teams drawn as labelled frames around their roles where that reads well.
 *
 * When a team gets a frame: it has two or more roles and they hang off the rest of the org at a
 * single point, that is, every role of the team that does not report to another role of the team
 * reports to the same manager (or to nobody). That is the common shape (a VP and the people under
 * them; a team whose lead reports to the CEO) and a frame around it is a subtree with a name. When
 * the roles of a team report to managers in different places (SDRs in a marketing team who report
 * to the VP Sales, a matrix), a frame would pull them away from their managers and tangle the
 * lines, so those roles stay loose and only their color tells the team. A one-role team needs no
 * frame either: the color and subtitle say enough.
 *
 * A dotted-line (matrix) manager (`dottedTo`) is a dashed line drawn over the tree: it is not a
 * reporting line, so it does not move any box. A role embedded in teams, segments or pods gets a
 * third line naming them (`embedded in SalesEMEA, Enterprise`), and its segment shows in its second.
 *
 * Reporting cycles need no special care here: the graph is just edges, and ELK's layered
 * algorithm breaks cycles itself. A role that reports to itself gets no edge (a self-loop says
 * nothing an org chart can show; the `reporting-cycle` diagnostic marks the box).
 */
import type { RevorgFacts, Role, RoleFacts, Team } from '@revorg/language';
import type { DiagramEdge, DiagramGraph, DiagramNode } from './diagram.js';
import { type BuildOptions, displayTitle, IdAllocator, locationOf, markOf, problemsOf, roleCategory, roleNote, roleSubtitle, teamCategory } from './common.js';

export function organizationTitle(facts: RevorgFacts): string | undefined {
    const title = facts.organization?.node.title?.trim();
    return title ? title : undefined;
}

/** The teams that get a frame, each with its roles in model order (of the roles drawn, when only some are). */
export function groupedTeams(facts: RevorgFacts, drawn?: (role: Role) => boolean): Map<Team, readonly Role[]> {
    const grouped = new Map<Team, readonly Role[]>();
    for (const { node: team } of facts.teams) {
        const roles = drawn ? facts.rolesOf(team).filter(drawn) : facts.rolesOf(team);
        if (roles.length < 2) continue;
        const inside = new Set<Role>(roles);
        const outsideManagers = new Set<Role | undefined>();
        for (const role of roles) {
            const manager = facts.role(role)?.manager;
            if (manager && inside.has(manager) && manager !== role) continue;
            outsideManagers.add(manager === role ? undefined : manager);
        }
        if (outsideManagers.size <= 1) grouped.set(team, roles);
    }
    return grouped;
}

export function buildOrgGraph(facts: RevorgFacts, options: BuildOptions = {}): DiagramGraph {
    const ids = new IdAllocator();
    const roleNode = (role: RoleFacts): DiagramNode => {
        const node: DiagramNode = {
            id: ids.idOf(role.node, role.node.name),
            kind: 'role',
            title: displayTitle(role.node),
            subtitle: roleSubtitle(role),
            note: roleNote(role),
            category: roleCategory(facts, role.node),
            problems: problemsOf(options, role.node),
            location: locationOf(options, role.node),
        };
        // Only a marked box gets the field, so a chart without marks is the same data as before marks existed.
        const mark = markOf(options, role.node.name);
        if (mark) node.mark = mark;
        return node;
    };

    // Part of the chart: the roles named (a line to a manager not drawn is left out with the manager).
    const only = options.only;
    const drawn = only ? (role: Role): boolean => only.has(role.name) : undefined;
    const roles = drawn ? facts.roles.filter(role => drawn(role.node)) : facts.roles;

    // Role ids first, in model order, so a role keeps its plain name as its id whatever the teams are called.
    for (const role of roles) ids.idOf(role.node, role.node.name);

    const grouped = groupedTeams(facts, drawn);
    const nodes: DiagramNode[] = [];
    const groups = new Map<Team, DiagramNode>();
    for (const role of roles) {
        const node = roleNode(role);
        const team = role.team && grouped.has(role.team) ? role.team : undefined;
        if (!team) {
            nodes.push(node);
            continue;
        }
        let group = groups.get(team);
        if (!group) {
            const teamFacts = facts.team(team);
            group = {
                id: ids.idOf(team, team.name, 'team:'),
                kind: 'group',
                title: displayTitle(team),
                subtitle: teamFacts?.function ?? 'team',
                category: teamCategory(facts, team),
                problems: problemsOf(options, team),
                location: locationOf(options, team),
                children: [],
            };
            const mark = markOf(options, team.name);
            if (mark) group.mark = mark;
            groups.set(team, group);
            nodes.push(group);
        }
        group.children!.push(node);
    }

    const edges: DiagramEdge[] = [];
    for (const role of roles) {
        const manager = role.manager;
        if (!manager || manager === role.node) continue;
        const source = ids.lookup(manager);
        const target = ids.lookup(role.node);
        if (source === undefined || target === undefined) continue;
        const edge: DiagramEdge = { id: `reports:${target}`, source, target, style: 'reporting' };
        if (role.node.name && options.marks?.movedLines?.has(role.node.name)) edge.mark = 'moved';
        edges.push(edge);
    }
    // Dotted lines after the tree's lines: they are drawn over it and never shape it.
    for (const role of roles) {
        const target = ids.lookup(role.node);
        for (const manager of new Set(role.dottedTo)) {
            const source = ids.lookup(manager);
            if (source === undefined || target === undefined || manager === role.node) continue;
            edges.push({ id: `dotted:${source}>${target}`, source, target, style: 'dotted', title: `${displayTitle(role.node)}: dotted line to ${displayTitle(manager)}` });
        }
    }

    const organization = organizationTitle(facts);
    const chart = drawn ? `Org chart, ${roles.length.toLocaleString('en-US')} of ${facts.roles.length.toLocaleString('en-US')} roles` : 'Org chart';
    return { view: 'org', title: organization ? `${organization} · ${chart}` : chart, nodes, edges };
}
