/**
 * The shapes every part of the diagram pipeline agrees on:
 * model facts --build--> DiagramGraph --layout (elkjs)--> LaidOutDiagram --render--> SVG.
 * The language server sends a LaidOutDiagram's SVG to the preview; the CLI writes it to a file.
 */

import type { NodeLocation } from '@revorg/language';

export type ViewName = 'org' | 'flow';
export const VIEW_NAMES: readonly ViewName[] = ['org', 'flow'];

/** Where a node comes from, so a click can reveal it (LSP positions: 0-based; the range is the name's). */
export type SourceLocation = NodeLocation;

/** Colors follow the team's function; `none` for a role without a team. */
export type NodeCategory = 'marketing' | 'sales' | 'success' | 'revops' | 'product' | 'finance' | 'other' | 'none';

export interface Problems {
    errors: number;
    warnings: number;
}

/**
 * Marks a caller puts on the org chart, by declaration name: which roles and teams to draw as new
 * or renamed and which reporting lines as moved (a review of a change draws the new version this
 * way). The diagram only draws them; what deserves a mark is the caller's business.
 */
export interface DiagramMarks {
    /** Roles and teams drawn as new. */
    added?: ReadonlySet<string>;
    /** Roles and teams drawn as renamed: the name now -> the name before. */
    renamed?: ReadonlyMap<string, string>;
    /** Roles whose reporting line (from their manager) is drawn as moved. */
    movedLines?: ReadonlySet<string>;
}

/** A box's mark: `new`, or `renamed` with the name it had. */
export type NodeMark = { kind: 'added' } | { kind: 'renamed'; from: string };

export interface DiagramNode {
    /** Unique in the diagram; the declaration's name, or a derived id for groups. */
    id: string;
    kind: 'role' | 'team' | 'group';
    /** The display title (or the name when there is none). */
    title: string;
    /** A second line: the role kind, headcount and segment, the team function, ... */
    subtitle?: string;
    /** A third line, for a role embedded elsewhere: `embedded in SalesEMEA, Enterprise`. */
    note?: string;
    category: NodeCategory;
    problems: Problems;
    /** The declaration's place in the source. */
    location?: SourceLocation;
    /** Nodes drawn inside this one (a team group's roles). */
    children?: DiagramNode[];
    /**
     * Flow view: the funnel column the node belongs to (0 marketing, 1 MDR, 2 SDR/BDR, 3 AE/ISR/SAR,
     * 4 AM/CSM). The layout keeps columns in this order; nodes without one are placed freely.
     */
    layer?: number;
    /** Drawn as new or renamed (`DiagramMarks`); none unless the caller asked for marks. */
    mark?: NodeMark;
}

export interface DiagramEdge {
    id: string;
    /** The id of the node the edge starts from. */
    source: string;
    /** The id of the node the edge ends at. */
    target: string;
    /** Label lines (trigger, SLA `4h · 3 touches`, owner). */
    label?: string[];
    /**
     * `warning`: a handoff its rules report (no owner, no SLA). `reporting`: a reporting line.
     * `dotted`: a dotted-line (matrix) manager, drawn over the tree without shaping it.
     */
    style: 'normal' | 'warning' | 'reporting' | 'dotted';
    /** The handoff's place in the source (flow view). */
    location?: SourceLocation;
    /** A tooltip (the handoff's display title). */
    title?: string;
    /** `moved`: a reporting line drawn as moved (`DiagramMarks`); none unless the caller asked for marks. */
    mark?: 'moved';
}

export interface DiagramGraph {
    view: ViewName;
    title: string;
    nodes: DiagramNode[];
    edges: DiagramEdge[];
}

export interface Point {
    x: number;
    y: number;
}

export interface LaidOutNode extends Omit<DiagramNode, 'children'> {
    x: number;
    y: number;
    width: number;
    height: number;
    children?: LaidOutNode[];
}

export interface LaidOutEdge extends DiagramEdge {
    /** The route, absolute coordinates, from the source to the target. */
    points: Point[];
    /** Where the label goes (absolute), when there is one. */
    labelBox?: { x: number; y: number; width: number; height: number };
    /**
     * Set when the layout merged this edge with parallel ones (same source and target, in a dense
     * graph): the id of the edge that carries the shared route and a summary label. This edge has
     * the same points and no label box of its own.
     */
    mergedInto?: string;
}

export interface LaidOutDiagram {
    view: ViewName;
    title: string;
    width: number;
    height: number;
    nodes: LaidOutNode[];
    edges: LaidOutEdge[];
}
