/**
 * Stacked reports in the org chart. A manager's reports who manage nobody (the ICs: 19 AEs under a
 * sales manager) are drawn in a column under the manager, joined by a spine on their left, rather
 * than side by side: the usual compact org chart. Side by side, a 1,000-role org with teams of 20
 * was 171,000 px wide and unreadable; stacked it keeps the width of its managers.
 *
 * For the layout a stack is one box (ELK sees one node and one edge from the manager, which also
 * keeps big org charts fast); afterwards its members get their places inside it, and each member's
 * reporting line follows the manager's route to the top of the spine, down the spine and into the
 * member's box.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { DiagramEdge, DiagramGraph, DiagramNode, LaidOutNode, Point } from './diagram.js';

/** A manager's leaf reports in one container are stacked from this many on. */
export const STACK_AT = 3;
/** Room on the stack's left for the spine, and the gap between stacked boxes. */
export const STACK_SPINE = 18;
export const STACK_GAP = 10;
/** Where the spine runs, from the stack's left edge. */
const SPINE_X = 8;

export interface Stack {
    /** The ELK node id of the stack. */
    elkId: string;
    /** The manager's diagram id. */
    manager: string;
    /** The stacked boxes, in model order. */
    members: DiagramNode[];
    /** The reporting lines from the manager to the members, in the same order. */
    edges: DiagramEdge[];
}

/** The stacks of an org chart: per manager and container, its leaf reports when there are enough. */
export function findStacks(graph: DiagramGraph): Stack[] {
    if (graph.view !== 'org') return [];
    // Every node by id, with the container it sits in ('' for the root, else the team frame's id).
    const nodes = new Map<string, DiagramNode>();
    const containerOf = new Map<string, string>();
    const visit = (list: readonly DiagramNode[], container: string): void => {
        for (const node of list) {
            nodes.set(node.id, node);
            containerOf.set(node.id, container);
            if (node.children) visit(node.children, node.id);
        }
    };
    visit(graph.nodes, '');

    const managers = new Set(graph.edges.filter(edge => edge.style === 'reporting').map(edge => edge.source));
    const candidates = new Map<string, { manager: string; edges: DiagramEdge[] }>();
    for (const edge of graph.edges) {
        if (edge.style !== 'reporting' || managers.has(edge.target)) continue;
        const target = nodes.get(edge.target);
        if (!target || target.kind !== 'role' || !containerOf.has(edge.source)) continue;
        const key = `${edge.source}\u0000${containerOf.get(edge.target)}`;
        const entry = candidates.get(key) ?? { manager: edge.source, edges: [] };
        entry.edges.push(edge);
        candidates.set(key, entry);
    }
    const stacks: Stack[] = [];
    for (const { manager, edges } of candidates.values()) {
        if (edges.length < STACK_AT) continue;
        stacks.push({ elkId: `s${stacks.length}`, manager, members: edges.map(edge => nodes.get(edge.target)!), edges });
    }
    return stacks;
}

/** The one ELK node standing for a stack: wide enough for its widest member, with a port for the line. */
export function stackElkNode(stack: Stack, sizeOf: (node: DiagramNode) => { width: number; height: number }): ElkNode {
    const sizes = stack.members.map(sizeOf);
    const width = Math.max(...sizes.map(size => size.width)) + STACK_SPINE;
    const height = sizes.reduce((sum, size) => sum + size.height, 0) + STACK_GAP * (sizes.length - 1);
    return {
        id: stack.elkId,
        width,
        height,
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
        // The manager's line ends on top of the spine.
        ports: [{ id: `${stack.elkId}p`, x: SPINE_X, y: 0, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'NORTH' } }],
    };
}

export function stackPortId(stack: Stack): string {
    return `${stack.elkId}p`;
}

/** The members' boxes inside the laid-out stack: one column right of the spine, all as wide. */
export function placeMembers(stack: Stack, box: { x: number; y: number; width: number }, sizeOf: (node: DiagramNode) => { width: number; height: number }): Map<string, { x: number; y: number; width: number; height: number }> {
    const places = new Map<string, { x: number; y: number; width: number; height: number }>();
    let y = box.y;
    for (const member of stack.members) {
        const { height } = sizeOf(member);
        places.set(member.id, { x: box.x + STACK_SPINE, y, width: box.width - STACK_SPINE, height });
        y += height + STACK_GAP;
    }
    return places;
}

/** A member's reporting line: the manager's route to the spine, down the spine, into the box. */
export function memberRoute(route: readonly Point[], stackBox: { x: number }, member: Pick<LaidOutNode, 'x' | 'y' | 'height'>): Point[] {
    const spineX = stackBox.x + SPINE_X;
    const middle = member.y + member.height / 2;
    const points = route.map(point => ({ ...point }));
    // The route ends where the spine starts; the spine continues it straight down.
    const last = points[points.length - 1];
    if (last && Math.abs(last.x - spineX) < 0.5) points.pop();
    points.push({ x: spineX, y: middle }, { x: member.x, y: middle });
    return points;
}
