/**
 * The lint results every formatter prints: one entry per file, paths relative to the working
 * directory with `/`, messages sorted by position, 1-based lines and columns (CLI.md).
 */
import type { FileDiagnostics } from '@revorg/language/node';
import path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

export type MessageSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface LintMessage {
    ruleId: string;
    severity: MessageSeverity;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

export interface FileResult {
    filePath: string;
    messages: LintMessage[];
    errorCount: number;
    warningCount: number;
    infoCount: number;
    /** With `--fix-dry-run`: the file's text once fixed, when a fix changed it (ESLint's `output`). */
    output?: string;
}

export interface ResultOptions {
    quiet: boolean;
    /** The fixed text of the files a fix changed, by absolute path. */
    fixed?: ReadonlyMap<string, string>;
    /** How a file is named when not by its path (`<stdin>`). */
    shownAs?: ReadonlyMap<string, string>;
}

const SEVERITY_NAMES: Record<DiagnosticSeverity, MessageSeverity> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint',
};

export function relativePath(file: string, cwd: string): string {
    const relative = path.relative(cwd, file) || path.basename(file);
    return relative.split(path.sep).join('/');
}

function toMessage(diagnostic: Diagnostic): LintMessage {
    const { start, end } = diagnostic.range;
    return {
        ruleId: String(diagnostic.code ?? 'unknown'),
        severity: SEVERITY_NAMES[diagnostic.severity ?? DiagnosticSeverity.Error],
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
    };
}

export function toResults(files: readonly FileDiagnostics[], cwd: string, options: ResultOptions): FileResult[] {
    const results = files.map(file => {
        const messages = file.diagnostics
            .map(toMessage)
            .filter(message => !options.quiet || message.severity === 'error')
            .sort((a, b) => a.line - b.line || a.column - b.column);
        const output = options.fixed?.get(file.path);
        return {
            filePath: options.shownAs?.get(file.path) ?? relativePath(file.path, cwd),
            messages,
            errorCount: messages.filter(message => message.severity === 'error').length,
            warningCount: messages.filter(message => message.severity === 'warning').length,
            infoCount: messages.filter(message => message.severity === 'info').length,
            ...(output === undefined ? {} : { output }),
        };
    });
    return results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

export interface Totals { errors: number; warnings: number; infos: number; hints: number }

export function totals(results: readonly FileResult[]): Totals {
    const sum: Totals = { errors: 0, warnings: 0, infos: 0, hints: 0 };
    for (const result of results) {
        sum.errors += result.errorCount;
        sum.warnings += result.warningCount;
        sum.infos += result.infoCount;
        sum.hints += result.messages.filter(message => message.severity === 'hint').length;
    }
    return sum;
}
