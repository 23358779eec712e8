/**
 * The choices of `revorg report`, apart from the command itself, so that registering the command
 * loads none of the report's code (it is loaded when the command runs, like render's).
 */
export const REPORT_FORMATS = ['md', 'html', 'json'] as const;

export interface ReportOptions {
    format: (typeof REPORT_FORMATS)[number];
    output?: string;
    config?: string;
}
