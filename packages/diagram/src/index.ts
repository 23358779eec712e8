/**
 * @revorg/diagram: the org chart and the revenue flow of a model, laid out by ELK and drawn as
 * SVG. Plain TypeScript: no VS Code, no LSP; the CLI writes the SVG to a file and the language
 * server sends it to the editor's preview.
 */
import { diagnosticsByDeclaration, locate, type RevorgFacts } from '@revorg/language';
import { buildFlowGraph } from './build-flow.js';
import { buildOrgGraph } from './build-org.js';
import type { BuildOptions } from './common.js';
import type { DiagramGraph, DiagramMarks, ViewName } from './diagram.js';
import { layoutDiagram } from './layout.js';
import type { LayoutMemo } from './layout-memo.js';
import { renderSvg } from './render-svg.js';
import type { ThemeName } from './theme.js';

export * from './diagram.js';
export { buildOrgGraph, groupedTeams } from './build-org.js';
export { buildFlowGraph, FLOW_COLUMNS, funnelColumn, handoffLabel } from './build-flow.js';
export type { BuildOptions } from './common.js';
export { DENSE_EDGE_COUNT, LABELED_EDGE_LIMIT, layoutDiagram, MERGE_PARALLEL_AT, MODEL_ORDER_LIMIT, mergeParallelEdges, nodeSize, NODE_METRICS, RECYCLE_AFTER, setLayoutRecycling } from './layout.js';
export { escapeXml, renderSvg, type RenderOptions } from './render-svg.js';
export { LayoutMemo, layoutKey } from './layout-memo.js';
export { PALETTES, THEME_NAMES, type Palette, type ThemeName } from './theme.js';

/** The view's graph of the model (no layout yet). */
export function buildGraph(facts: RevorgFacts, view: ViewName, options: BuildOptions = {}): DiagramGraph {
    return view === 'flow' ? buildFlowGraph(facts, options) : buildOrgGraph(facts, options);
}

/** Why a view of the model has nothing to draw, or undefined when it has something. */
export function nothingToDraw(facts: RevorgFacts, view: ViewName): string | undefined {
    if (facts.roles.length === 0) return 'no role to draw yet: declare a `role` to see the org chart';
    if (view === 'flow' && facts.handoffs.length === 0) return 'no handoff to draw yet: declare a `handoff` with `from` and `to` to see the revenue flow';
    return undefined;
}

export interface DrawOptions {
    theme?: ThemeName;
    /** Where a declaration is (the URI written in the SVG); its document's URI and the name's range by default. */
    locate?: BuildOptions['locate'];
    /** The view's last layout, reused when the picture's shape did not change (the language server keeps one per view). */
    memo?: LayoutMemo;
    /** Roles, teams and reporting lines to draw as new, renamed or moved (org view only), by declaration name. */
    marks?: DiagramMarks;
    /** The roles to draw, by name (org view only): part of the chart, titled `N of M roles`. All without it. */
    only?: ReadonlySet<string>;
}

/**
 * The one way from a built and validated model to a drawing, for `revorg render` and the language
 * server alike: the view's graph with each declaration's source location and diagnostics (badges,
 * warning lines), laid out by ELK, drawn as SVG.
 */
export async function drawDiagram(facts: RevorgFacts, view: ViewName, options: DrawOptions = {}): Promise<string> {
    const graph = buildGraph(facts, view, { locate: options.locate ?? locate, diagnosticsOf: diagnosticsByDeclaration(facts.documents), marks: options.marks, only: options.only });
    const laidOut = options.memo ? await options.memo.layout(graph) : await layoutDiagram(graph);
    return renderSvg(laidOut, { theme: options.theme ?? 'light' });
}
