/**
 * @revorg/diagram: the org chart and the revenue flow of a model, laid out by ELK and drawn as
 * SVG. Plain TypeScript: no VS Code, no LSP; the CLI writes the SVG to a file and the language
 * server sends it to the editor's preview.
 */
import type { RevorgFacts } from '@revorg/language';
import { buildFlowGraph } from './build-flow.js';
import { buildOrgGraph } from './build-org.js';
import type { BuildOptions } from './common.js';
import type { DiagramGraph, ViewName } from './diagram.js';
import { layoutDiagram } from './layout.js';
import { renderSvg } from './render-svg.js';
import type { ThemeName } from './theme.js';

export * from './diagram.js';
export { buildOrgGraph, groupedTeams } from './build-org.js';
export { buildFlowGraph, FLOW_COLUMNS, funnelColumn, handoffLabel, slaText } from './build-flow.js';
export { type BuildOptions, formatDuration } from './common.js';
export { DENSE_EDGE_COUNT, LABELED_EDGE_LIMIT, layoutDiagram, MERGE_PARALLEL_AT, MODEL_ORDER_LIMIT, mergeParallelEdges, nodeSize, NODE_METRICS, RECYCLE_AFTER, setLayoutRecycling } from './layout.js';
export { escapeXml, renderSvg, type RenderOptions } from './render-svg.js';
export { LayoutMemo, layoutKey } from './layout-memo.js';
export { PALETTES, THEME_NAMES, type Palette, type ThemeName } from './theme.js';

export interface RenderDiagramOptions extends BuildOptions {
    theme?: ThemeName;
}

/** The view's graph of the model (no layout yet). */
export function buildGraph(facts: RevorgFacts, view: ViewName, options: BuildOptions = {}): DiagramGraph {
    return view === 'flow' ? buildFlowGraph(facts, options) : buildOrgGraph(facts, options);
}

/** Builds the view, lays it out and draws it: the SVG document as a string. */
export async function renderDiagram(facts: RevorgFacts, view: ViewName, options: RenderDiagramOptions = {}): Promise<string> {
    const graph = buildGraph(facts, view, options);
    const laidOut = await layoutDiagram(graph);
    return renderSvg(laidOut, { theme: options.theme ?? 'light' });
}
