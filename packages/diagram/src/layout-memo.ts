/**
 * Remembers the last layout, so that a redraw lays out again only when the picture's shape
 * changed. Most edits do not change it: typing inside a declaration shifts the source positions
 * below it, fixing a problem changes a badge, editing a KPI changes neither view. Positions and
 * problem counts only matter to the SVG, which is cheap to draw again; the layout (elkjs) is not.
 */
import type { DiagramGraph, DiagramNode, LaidOutDiagram, LaidOutNode } from './diagram.js';
import { layoutDiagram } from './layout.js';

/** What the layout depends on: the graph without source positions and problem counts. */
export function layoutKey(graph: DiagramGraph): string {
    return JSON.stringify(graph, (key, value: unknown) => (key === 'source' || key === 'problems' || key === 'source_location' ? undefined : value));
}

export class LayoutMemo {
    private key: string | undefined;
    private laidOut: Promise<LaidOutDiagram> | undefined;
    /** How many layouts were run (for tests and measurements). */
    layouts = 0;

    /** The graph laid out: the remembered layout with this graph's positions and problems, or a new one. */
    async layout(graph: DiagramGraph): Promise<LaidOutDiagram> {
        const key = layoutKey(graph);
        if (key !== this.key || !this.laidOut) {
            this.key = key;
            this.layouts++;
            this.laidOut = layoutDiagram(graph);
            // A failed layout is not remembered: the next redraw tries again.
            this.laidOut.catch(() => { if (this.key === key) this.key = undefined; });
        }
        return withDetailsOf(await this.laidOut, graph);
    }
}

/** A laid-out diagram carrying `graph`'s source positions and problem counts (same ids, same shape). */
function withDetailsOf(laidOut: LaidOutDiagram, graph: DiagramGraph): LaidOutDiagram {
    const nodes = new Map<string, DiagramNode>();
    const collect = (list: readonly DiagramNode[]): void => {
        for (const node of list) {
            nodes.set(node.id, node);
            if (node.children) collect(node.children);
        }
    };
    collect(graph.nodes);
    const update = (node: LaidOutNode): LaidOutNode => {
        const current = nodes.get(node.id);
        return {
            ...node,
            problems: current?.problems ?? node.problems,
            source: current?.source,
            ...(node.children ? { children: node.children.map(update) } : {}),
        };
    };
    const edges = new Map(graph.edges.map(edge => [edge.id, edge]));
    return {
        ...laidOut,
        nodes: laidOut.nodes.map(update),
        edges: laidOut.edges.map(edge => ({ ...edge, source_location: edges.get(edge.id)?.source_location })),
    };
}
