/**
 * @revorg/insights: the model for the people who run the org. `revorg export` (the model as JSON,
 * CSV and Mermaid), `revorg report` (the org-health scorecard) and `revorg diff` (what a change
 * does to the org) are built here from the facts the rules read, and written out by the CLI.
 */
export * from './schema-types.js';
export { modelLocator, type ModelLocator } from './model-locator.js';
export { modelFindings, type Finding } from './findings.js';
export * from './model-export/schema.js';
export { exportModel } from './model-export/export-model.js';
export { PUBLISHED_SCHEMAS } from './published-schemas.js';
export { CSV_ENTITIES, exportCsv, HANDOFF_COLUMNS, KPI_COLUMNS, ROLE_COLUMNS, TEAM_COLUMNS, type CsvEntity } from './export/csv.js';
export { emptyViewReason, mermaidFlowchart, mermaidMarkdown, mermaidView } from './export/mermaid.js';
export { markdownText, mermaidLabel } from './export/mermaid-text.js';
export * from './report/schema.js';
export { buildReport, type ReportInput } from './report/build-report.js';
export { formatMarkdown } from './report/format-markdown.js';
export { formatHtml, REPORT_CSP, type HtmlReportOptions } from './report/format-html.js';
export { diagramOmission, DIAGRAM_LIMITS, type DiagramSlot, type DiagramView } from './report/diagrams.js';
export * from './diff/schema.js';
export { diffModels, type DiffVersion } from './diff/diff-models.js';
export { matchDeclarations, RENAME_SIMILARITY, NEAR_MATCH_LIMIT, type DeclarationMatching } from './diff/match-declarations.js';
export { COLLAPSE_AFTER, formatDiffMarkdown, type MarkdownOptions } from './diff/format-markdown.js';
export { chartFocus, chartMarks, WHOLE_CHART_ROLES } from './diff/chart-marks.js';
