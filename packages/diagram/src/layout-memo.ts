/**
 * Remembers the last layout, so that a redraw lays out again only when the picture's shape
 * changed. Most edits do not change it: typing inside a declaration shifts the source positions
 * below it, fixing a problem changes a badge, editing a KPI changes neither view. Positions and
 * problem counts only matter to the SVG, which is cheap to draw again; the layout (elkjs) is not.
 *
 * Which fields shape the layout is said field by field in the two tables below. They are typed
 * against every field of a node and an edge, so a field added to `DiagramNode` or `DiagramEdge`
 * does not compile until it is classified: a new field can never drop out of the key unnoticed.
 */
import type { DiagramEdge, DiagramGraph, DiagramNode, LaidOutDiagram, LaidOutEdge, LaidOutNode } from './diagram.js';
import { layoutDiagram } from './layout.js';

/** `shape`: changes the layout (part of the key). `detail`: drawn only, carried over from the newest graph. */
type FieldRole = 'shape' | 'detail';

const NODE_FIELDS: { readonly [K in keyof Required<DiagramNode>]: FieldRole } = {
    id: 'shape',
    kind: 'shape',
    title: 'shape',
    subtitle: 'shape',
    note: 'shape',
    category: 'shape',
    children: 'shape',
    layer: 'shape',
    mark: 'detail',
    problems: 'detail',
    location: 'detail',
};

const EDGE_FIELDS: { readonly [K in keyof Required<DiagramEdge>]: FieldRole } = {
    id: 'shape',
    source: 'shape',
    target: 'shape',
    label: 'shape',
    style: 'shape',
    title: 'shape',
    mark: 'detail',
    location: 'detail',
};

const NODE_SHAPE = fieldsOf(NODE_FIELDS, 'shape').filter(field => field !== 'children');
const NODE_DETAILS = fieldsOf(NODE_FIELDS, 'detail');
const EDGE_SHAPE = fieldsOf(EDGE_FIELDS, 'shape');
const EDGE_DETAILS = fieldsOf(EDGE_FIELDS, 'detail');

function fieldsOf<T>(table: { readonly [K in keyof T]: FieldRole }, role: FieldRole): Array<keyof T> {
    return (Object.keys(table) as Array<keyof T>).filter(field => table[field] === role);
}

function nodeShape(node: DiagramNode): unknown[] {
    return [...NODE_SHAPE.map(field => node[field]), node.children?.map(nodeShape)];
}

/** What the layout depends on: every `shape` field of the graph, nodes and edges in order. */
export function layoutKey(graph: DiagramGraph): string {
    return JSON.stringify([
        graph.view,
        graph.title,
        graph.nodes.map(nodeShape),
        graph.edges.map(edge => EDGE_SHAPE.map(field => edge[field])),
    ]);
}

export class LayoutMemo {
    private key: string | undefined;
    private laidOut: Promise<LaidOutDiagram> | undefined;
    /** How many layouts were run (for tests and measurements). */
    layouts = 0;

    /** The graph laid out: the remembered layout with this graph's details, or a new one. */
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

/** Copies the `detail` fields of `from` onto a copy of `onto` (absent ones stay absent). */
function withDetails<T extends object, F extends object>(onto: T, from: F | undefined, fields: ReadonlyArray<keyof F>): T {
    const copy = { ...onto } as Record<string, unknown>;
    for (const field of fields) {
        const value = from?.[field];
        if (value === undefined) delete copy[field as string];
        else copy[field as string] = value;
    }
    return copy as T;
}

/** A laid-out diagram carrying `graph`'s details (same ids, same shape: the key said so). */
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
        const updated = withDetails(node, nodes.get(node.id), NODE_DETAILS);
        if (node.children) updated.children = node.children.map(update);
        return updated;
    };
    const edges = new Map(graph.edges.map(edge => [edge.id, edge]));
    return {
        ...laidOut,
        nodes: laidOut.nodes.map(update),
        edges: laidOut.edges.map((edge): LaidOutEdge => withDetails(edge, edges.get(edge.id), EDGE_DETAILS)),
    };
}
