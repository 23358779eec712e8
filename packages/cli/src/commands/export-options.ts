/**
 * The choices of `revorg export`, apart from the command itself, so that registering the command
 * does not load it: `lint` must not pay for the exporters (csv-stringify, the diagram builders).
 */
export const EXPORT_FORMATS = ['json', 'csv', 'mermaid'] as const;
/** Mirrors CSV_ENTITIES of @revorg/insights (checked by test/export.test.ts). */
export const EXPORT_ENTITIES = ['roles', 'teams', 'handoffs', 'kpis'] as const;
export const EXPORT_VIEWS = ['org', 'flow'] as const;

export interface ExportOptions {
    format: (typeof EXPORT_FORMATS)[number];
    /** CSV only: which declarations make the rows (roles when not given). */
    entity?: (typeof EXPORT_ENTITIES)[number];
    /** Mermaid only: one bare diagram instead of the Markdown with both. */
    view?: (typeof EXPORT_VIEWS)[number];
    output?: string;
    config?: string;
}
