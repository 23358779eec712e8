/**
 * `@revorg/diagram/graph`: the views' graphs and colors without the layout engine, for code that
 * writes a view in another form (`revorg export --format mermaid`). Importing the package's main
 * entry brings elkjs (3 MB) into a bundle even when only a builder is used: esbuild splits code by
 * file, and index.ts also holds drawDiagram, which lays out; this entry point does not.
 */
export * from './diagram.js';
export { buildOrgGraph, groupedTeams } from './build-org.js';
export { buildFlowGraph, FLOW_COLUMNS, funnelColumn, handoffLabel } from './build-flow.js';
export type { BuildOptions } from './common.js';
export { PALETTES, THEME_NAMES, type Palette, type ThemeName } from './theme.js';
