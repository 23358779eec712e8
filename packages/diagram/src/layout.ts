/**
 * Lays a DiagramGraph out with ELK's `layered` algorithm (elkjs's bundled build: no worker, runs
 * in Node and in the language server alike) and returns absolute coordinates for everything.
 *
 * The option choices, and why:
 * - `layered` with direction DOWN for the org chart (managers above reports, roots on top) and
 *   RIGHT for the flow (the funnel reads left to right).
 * - ORTHOGONAL edge routing: org charts are read as right-angled trees, and orthogonal handoff
 *   lines with their labels in the gaps between columns stay legible where splines would cross
 *   labels. The renderer rounds the corners.
 * - Edge labels are real ELK labels (`edgeLabels.placement: CENTER`): layered reserves room for
 *   them between layers (label dummy nodes), so labels never sit on boxes or on each other.
 * - `considerModelOrder: NODES_AND_EDGES`: ties are broken by the order of the model text, so
 *   the diagram looks like the file reads. Its cost grows with the square of a layer's width: a
 *   flat org of 1,000 roles without teams (one layer of 950 reports) took 100 s with it and 1 s
 *   without, so it is used only while no container (the root or a team frame) holds more than
 *   MODEL_ORDER_LIMIT boxes. Without it the layout is still deterministic.
 * - Brandes-Köpf node placement with BALANCED alignment centers a manager over their reports.
 * - `mergeEdges` in the org chart: a manager's lines leave from one point and fork, the usual
 *   org-chart bus, instead of a fan of separate lines.
 * - A manager's reports who manage nobody are stacked in a column (see stacks.ts): ELK lays the
 *   column out as one box.
 * - Groups (team frames) use `hierarchyHandling: INCLUDE_CHILDREN`, so one layered run places the
 *   frames' contents together with everything else and routes the lines that cross frames.
 * - Flow: `partitioning` puts every node in its funnel column. Up to SEPARATE_COMPONENTS_AT
 *   boxes, unconnected flows (an SMB and a mid-market motion) are laid out together, so their
 *   columns line up; above, each is laid out on its own and they are packed: 250 separate
 *   handoff pairs took 7 s together and 0.7 s apart, in a compact block instead of an 18,000 px
 *   strip.
 * - `json.shapeCoords` / `json.edgeCoords: ROOT`: every coordinate comes back absolute, so the
 *   renderer needs no parent offsets.
 * - Node sizes are estimated from their text (see text.ts), clamped so one long title cannot
 *   widen a whole layer; the renderer shortens text to the same widths.
 * - Dotted-line (matrix) managers are left out of the layout and drawn afterwards as straight
 *   lines between the boxes' borders: laid out with the tree, ELK would move roles toward their
 *   dotted managers and bend the reporting tree around an overlay.
 * - Dense graphs (hundreds of handoffs between a few teams): parallel edges between the same pair
 *   are merged into one routed edge with a summary label (see `mergeParallelEdges`), and the
 *   crossing minimization is made less thorough on big graphs, which keeps layout in seconds.
 */
import type { ELK as ElkEngine, ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import type { DiagramEdge, DiagramGraph, DiagramNode, LaidOutDiagram, LaidOutEdge, LaidOutNode, Point } from './diagram.js';
import { findStacks, memberRoute, placeMembers, type Stack, stackElkNode, stackPortId } from './stacks.js';
import { fitText, LABEL_FONT_SIZE, LINE_HEIGHT, SUBTITLE_FONT_SIZE, textWidth, TITLE_FONT_SIZE } from './text.js';

/** Box geometry shared with the renderer. */
export const NODE_METRICS = {
    minWidth: 120,
    maxWidth: 260,
    /** Left padding includes the 6px category stripe. */
    paddingLeft: 16,
    paddingRight: 12,
    oneLineHeight: 34,
    twoLineHeight: 48,
    threeLineHeight: 62,
    groupPaddingTop: 34,
    groupPadding: 14,
    labelMaxWidth: 200,
    labelPaddingX: 6,
    labelPaddingY: 3,
};

/** The text lines an edge label shows, shortened to the label width the layout reserved. */
export function labelLines(lines: readonly string[]): string[] {
    const max = NODE_METRICS.labelMaxWidth - 2 * NODE_METRICS.labelPaddingX;
    return lines.map(line => fitText(line, max, LABEL_FONT_SIZE));
}

export function labelSize(lines: readonly string[]): { width: number; height: number } {
    const shown = labelLines(lines);
    const width = Math.max(0, ...shown.map(line => textWidth(line, LABEL_FONT_SIZE))) + 2 * NODE_METRICS.labelPaddingX;
    const height = shown.length * LABEL_FONT_SIZE * LINE_HEIGHT + 2 * NODE_METRICS.labelPaddingY;
    return { width: Math.ceil(width), height: Math.ceil(height) };
}

export function nodeSize(node: Pick<DiagramNode, 'title' | 'subtitle' | 'note'>): { width: number; height: number } {
    const text = Math.max(
        textWidth(node.title, TITLE_FONT_SIZE, true),
        node.subtitle ? textWidth(node.subtitle, SUBTITLE_FONT_SIZE) : 0,
        node.note ? textWidth(node.note, SUBTITLE_FONT_SIZE) : 0,
    );
    const width = Math.min(NODE_METRICS.maxWidth, Math.max(NODE_METRICS.minWidth, Math.ceil(text + NODE_METRICS.paddingLeft + NODE_METRICS.paddingRight)));
    const height = node.note ? NODE_METRICS.threeLineHeight : node.subtitle ? NODE_METRICS.twoLineHeight : NODE_METRICS.oneLineHeight;
    return { width, height };
}

/**
 * Memory. A probe elsewhere saw elkjs grow to 2.65 GB over 1,500 layouts in one process, and a
 * language server lays out on every edit, so this was measured (Node 20, elkjs 0.12.1, one
 * 200-role org chart with frames, 300 layouts in a row, RSS sampled every 25 layouts):
 *   one instance for all layouts:   121 MB at start, then 190-305 MB, no upward trend (~200 ms each);
 *   a new instance every 50:        the same band, 200-305 MB;
 *   a new instance for every layout: the same band, 198-292 MB, and no slower;
 *   with a forced GC before each sample, all three sit at 275 MB RSS / 38 MB heap from layout 50 on.
 * So with the bundled build (no worker) and results not kept, the growth did not reproduce: what
 * grows is garbage the next GC takes back. A fresh instance costs nothing measurable, so the
 * instance is still replaced every RECYCLE_AFTER layouts as cheap insurance against state that
 * ELK's compiled code might keep per instance; layouts in flight keep the instance they started with.
 */
export const RECYCLE_AFTER = 100;
/**
 * elkjs, loaded at the first layout rather than with this module: it is most of a language
 * server's code, and diagnostics, which come first, never need it. A bundler makes the import a
 * lazy evaluation inside a single-file bundle, or a chunk of its own where it may split (the
 * playground's module worker, which then does not even compile it at start). elkjs is CommonJS: its `module.exports` is the constructor and carries
 * itself as `.default`, so `.default.default` is the constructor whether the import's default is
 * `module.exports` (Node) or the constructor (a bundler, seeing `__esModule`).
 */
let elkConstructor: Promise<new () => ElkEngine> | undefined;

function loadElk(): Promise<new () => ElkEngine> {
    elkConstructor ??= import('elkjs/lib/elk.bundled.js').then(loaded => loaded.default.default);
    return elkConstructor;
}

let recycleAfter = RECYCLE_AFTER;
let engine: ElkEngine | undefined;
let engineUses = 0;

/** Replaces the ELK instance after this many layouts (tests and measurements; 0 = never). */
export function setLayoutRecycling(layouts: number): void {
    recycleAfter = layouts;
    engine = undefined;
}

async function elk(): Promise<ElkEngine> {
    const ElkConstructor = await loadElk();
    if (!engine || (recycleAfter > 0 && engineUses >= recycleAfter)) {
        engine = new ElkConstructor();
        engineUses = 0;
    }
    engineUses++;
    return engine;
}

/** Parallel edges (same source and target) from this many on are drawn as one. */
export const MERGE_PARALLEL_AT = 3;
/** In graphs with more edges than this, any parallel edges are merged. */
export const DENSE_EDGE_COUNT = 120;
/**
 * With more routed edges than this (after merging), edge labels are left out of the layout: each
 * label is a dummy node in layered, which made a 400-handoff flow take several seconds, and
 * hundreds of labels cannot be read anyway. The label text stays on the edge (the renderer puts
 * it in the edge's tooltip); only the label box is missing.
 */
export const LABELED_EDGE_LIMIT = 150;

interface RoutedEdge {
    /** The ELK edge id. */
    elkId: string;
    /** The diagram edges it carries: the first is the representative. */
    members: DiagramEdge[];
    label?: string[];
    style: DiagramEdge['style'];
}

/** Groups edges into the edges ELK routes: one per edge, or one per pair of nodes where merged. */
export function mergeParallelEdges(edges: readonly DiagramEdge[]): RoutedEdge[] {
    const byPair = new Map<string, DiagramEdge[]>();
    for (const edge of edges) {
        const key = `${edge.source}\u0000${edge.target}`;
        const list = byPair.get(key);
        if (list) list.push(edge);
        else byPair.set(key, [edge]);
    }
    const dense = edges.length > DENSE_EDGE_COUNT;
    const routed: RoutedEdge[] = [];
    for (const group of byPair.values()) {
        if (group.length === 1 || (!dense && group.length < MERGE_PARALLEL_AT)) {
            for (const edge of group) routed.push({ elkId: `e${routed.length}`, members: [edge], label: edge.label, style: edge.style });
            continue;
        }
        const warnings = group.filter(edge => edge.style === 'warning').length;
        const firstLines = [...new Set(group.map(edge => edge.label?.[0]).filter((line): line is string => Boolean(line)))];
        const label = [`${group.length} handoffs`];
        if (firstLines.length > 0) label.push(firstLines.slice(0, 4).join(', ') + (firstLines.length > 4 ? ', …' : ''));
        if (warnings > 0) label.push(`${warnings} without owner or SLA`);
        const style = group.every(edge => edge.style === 'reporting') ? 'reporting' : warnings > 0 ? 'warning' : 'normal';
        routed.push({ elkId: `e${routed.length}`, members: group, label: group[0].style === 'reporting' ? undefined : label, style });
    }
    return routed;
}

/** Flows with more boxes and lines than this lay out their unconnected parts apart (see above). */
export const SEPARATE_COMPONENTS_AT = 150;

/** Model order is considered while no container holds more boxes than this (see above). */
export const MODEL_ORDER_LIMIT = 120;

/** The most boxes ELK places directly inside one container: the root, or a team frame (a stack is one box). */
function widestContainer(nodes: readonly ElkNode[]): number {
    let widest = nodes.length;
    for (const node of nodes) if (node.children) widest = Math.max(widest, widestContainer(node.children));
    return widest;
}

function rootOptions(graph: DiagramGraph, children: readonly ElkNode[], hasGroups: boolean, size: number): LayoutOptions {
    const org = graph.view === 'org';
    const options: LayoutOptions = {
        'elk.algorithm': 'layered',
        'elk.direction': org ? 'DOWN' : 'RIGHT',
        'elk.edgeRouting': 'ORTHOGONAL',
        'elk.json.shapeCoords': 'ROOT',
        'elk.json.edgeCoords': 'ROOT',
        'elk.padding': '[top=0,left=0,bottom=0,right=0]',
        'elk.spacing.nodeNode': org ? '24' : '32',
        'elk.layered.spacing.nodeNodeBetweenLayers': org ? '44' : '64',
        'elk.spacing.edgeNode': '16',
        'elk.spacing.edgeEdge': '10',
        'elk.layered.spacing.edgeNodeBetweenLayers': '16',
        'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
        'elk.spacing.edgeLabel': '4',
        'elk.spacing.componentComponent': '40',
        'elk.edgeLabels.placement': 'CENTER',
        'elk.layered.considerModelOrder.strategy': widestContainer(children) <= MODEL_ORDER_LIMIT ? 'NODES_AND_EDGES' : 'NONE',
        'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
        'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
        'elk.layered.mergeEdges': org ? 'true' : 'false',
    };
    if (hasGroups) options['elk.hierarchyHandling'] = 'INCLUDE_CHILDREN';
    if (!org) {
        options['elk.partitioning.activate'] = 'true';
        options['elk.separateConnectedComponents'] = size > SEPARATE_COMPONENTS_AT ? 'true' : 'false';
    }
    // Crossing minimization dominates on big graphs; fewer passes keep them in seconds.
    if (size > 400) options['elk.layered.thoroughness'] = size > 1500 ? '1' : '3';
    return options;
}

/** The ELK nodes of one container's nodes: a stack stands in for all its members, where the first one is. */
function toElkNodes(nodes: readonly DiagramNode[], ids: Map<string, string>, stackOf: ReadonlyMap<string, Stack>): ElkNode[] {
    const elkNodes: ElkNode[] = [];
    for (const node of nodes) {
        const stack = stackOf.get(node.id);
        if (!stack) {
            elkNodes.push(toElkNode(node, ids, stackOf));
            continue;
        }
        ids.set(node.id, stack.elkId);
        if (stack.members[0] === node) elkNodes.push(stackElkNode(stack, nodeSize));
    }
    return elkNodes;
}

function toElkNode(node: DiagramNode, ids: Map<string, string>, stackOf: ReadonlyMap<string, Stack>): ElkNode {
    const elkId = `n${ids.size}`;
    ids.set(node.id, elkId);
    if (node.kind === 'group') {
        // No minimum size for the frame: ELK's MINIMUM_SIZE on hierarchical nodes stretched some
        // frames far below their contents (tried). A frame narrower than its label gets the label
        // shortened by the renderer instead.
        return {
            id: elkId,
            layoutOptions: {
                'elk.padding': `[top=${NODE_METRICS.groupPaddingTop},left=${NODE_METRICS.groupPadding},bottom=${NODE_METRICS.groupPadding},right=${NODE_METRICS.groupPadding}]`,
            },
            children: toElkNodes(node.children ?? [], ids, stackOf),
        };
    }
    const elkNode: ElkNode = { id: elkId, ...nodeSize(node) };
    if (node.layer !== undefined) elkNode.layoutOptions = { 'elk.partitioning.partition': String(node.layer) };
    return elkNode;
}

function countElkNodes(nodes: readonly ElkNode[]): number {
    let count = 0;
    for (const node of nodes) count += 1 + (node.children ? countElkNodes(node.children) : 0);
    return count;
}

const round = (value: number): number => Math.round(value * 10) / 10;

interface Box { x?: number; y?: number; width?: number; height?: number }

/** Where the line from the box's center towards `toward` leaves the box. */
function borderPoint(box: Box, toward: Point): Point {
    const cx = (box.x ?? 0) + (box.width ?? 0) / 2;
    const cy = (box.y ?? 0) + (box.height ?? 0) / 2;
    const dx = toward.x - cx;
    const dy = toward.y - cy;
    if (dx === 0 && dy === 0) return { x: cx, y: cy };
    const scale = Math.min(dx === 0 ? Infinity : (box.width ?? 0) / 2 / Math.abs(dx), dy === 0 ? Infinity : (box.height ?? 0) / 2 / Math.abs(dy));
    return { x: round(cx + dx * scale), y: round(cy + dy * scale) };
}

/** A straight line from one box's border to the other's, along the line between their centers. */
function straightBetween(from: Box, to: Box): Point[] {
    const center = (box: Box): Point => ({ x: (box.x ?? 0) + (box.width ?? 0) / 2, y: (box.y ?? 0) + (box.height ?? 0) / 2 });
    return [borderPoint(from, center(to)), borderPoint(to, center(from))];
}

export async function layoutDiagram(graph: DiagramGraph): Promise<LaidOutDiagram> {
    const stacks = findStacks(graph);
    const stackOf = new Map<string, Stack>(stacks.flatMap(stack => stack.members.map(member => [member.id, stack] as const)));
    const stackedEdges = new Set<DiagramEdge>(stacks.flatMap(stack => stack.edges));
    const ids = new Map<string, string>();
    const children = toElkNodes(graph.nodes, ids, stackOf);
    const edges = graph.edges.filter(edge => ids.has(edge.source) && ids.has(edge.target));
    // Dotted lines are drawn over the tree once it is placed: laid out with it, they would move boxes.
    const routed = mergeParallelEdges(edges.filter(edge => !stackedEdges.has(edge) && edge.style !== 'dotted'));
    const labeled = routed.length <= LABELED_EDGE_LIMIT;
    const elkEdges: ElkExtendedEdge[] = routed.map(edge => ({
        id: edge.elkId,
        sources: [ids.get(edge.members[0].source)!],
        targets: [ids.get(edge.members[0].target)!],
        labels: labeled && edge.label && edge.label.length > 0 ? [{ id: `${edge.elkId}l`, text: edge.label.join('\n'), ...labelSize(edge.label) }] : undefined,
    }));
    for (const stack of stacks) elkEdges.push({ id: `${stack.elkId}e`, sources: [ids.get(stack.manager)!], targets: [stackPortId(stack)] });
    const hasGroups = graph.nodes.some(node => node.kind === 'group');
    const root: ElkNode = {
        id: 'root',
        layoutOptions: rootOptions(graph, children, hasGroups, countElkNodes(children) + elkEdges.length),
        children,
        edges: elkEdges,
    };
    const result = await (await elk()).layout(root);

    const placed = new Map<string, ElkNode>();
    const collect = (nodes: readonly ElkNode[] | undefined): void => {
        for (const node of nodes ?? []) {
            placed.set(node.id, node);
            collect(node.children);
        }
    };
    collect(result.children);
    const memberPlaces = new Map<string, { x: number; y: number; width: number; height: number }>();
    for (const stack of stacks) {
        const box = placed.get(stack.elkId)!;
        for (const [id, place] of placeMembers(stack, { x: box.x ?? 0, y: box.y ?? 0, width: box.width ?? 0 }, nodeSize)) memberPlaces.set(id, place);
    }
    const toLaidOut = (node: DiagramNode): LaidOutNode => {
        const box = memberPlaces.get(node.id) ?? placed.get(ids.get(node.id)!)!;
        const { children: nested, ...rest } = node;
        const laidOut: LaidOutNode = { ...rest, x: round(box.x ?? 0), y: round(box.y ?? 0), width: round(box.width ?? 0), height: round(box.height ?? 0) };
        if (nested) laidOut.children = nested.map(toLaidOut);
        return laidOut;
    };
    const nodes = graph.nodes.map(toLaidOut);

    const elkEdgeById = new Map((result.edges ?? []).map(edge => [edge.id, edge]));
    const routeOf = (elkId: string): Point[] => {
        const points: Point[] = [];
        for (const section of elkEdgeById.get(elkId)?.sections ?? []) {
            for (const point of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
                const last = points[points.length - 1];
                const next = { x: round(point.x), y: round(point.y) };
                if (!last || last.x !== next.x || last.y !== next.y) points.push(next);
            }
        }
        return points;
    };
    const laidOutEdges = new Map<DiagramEdge, LaidOutEdge>();
    for (const stack of stacks) {
        const route = routeOf(`${stack.elkId}e`);
        const box = placed.get(stack.elkId)!;
        stack.edges.forEach((edge, index) => {
            const member = memberPlaces.get(stack.members[index].id)!;
            laidOutEdges.set(edge, { ...edge, points: memberRoute(route, { x: box.x ?? 0 }, member).map(point => ({ x: round(point.x), y: round(point.y) })) });
        });
    }
    const boxOf = (id: string) => memberPlaces.get(id) ?? placed.get(ids.get(id)!)!;
    for (const edge of edges) {
        if (edge.style === 'dotted') laidOutEdges.set(edge, { ...edge, points: straightBetween(boxOf(edge.source), boxOf(edge.target)) });
    }
    for (const edge of routed) {
        const elkEdge = elkEdgeById.get(edge.elkId);
        const points = routeOf(edge.elkId);
        const label = elkEdge?.labels?.[0];
        const labelBox = label && edge.label ? { x: round(label.x ?? 0), y: round(label.y ?? 0), width: round(label.width ?? 0), height: round(label.height ?? 0) } : undefined;
        const [first, ...others] = edge.members;
        const merged = others.length > 0;
        laidOutEdges.set(first, { ...first, ...(merged ? { label: edge.label, style: edge.style } : {}), points, ...(labelBox ? { labelBox } : {}) });
        for (const other of others) {
            laidOutEdges.set(other, { ...other, points: points.map(point => ({ ...point })), mergedInto: first.id });
        }
    }

    return {
        view: graph.view,
        title: graph.title,
        width: round(result.width ?? 0),
        height: round(result.height ?? 0),
        nodes,
        // In the graph's order, whatever order the merge produced.
        edges: edges.map(edge => laidOutEdges.get(edge)!),
    };
}
