/**
 * `--format github`: GitHub Actions workflow commands, one per diagnostic, which GitHub shows as
 * annotations on the pull request's files without code scanning (SARIF upload needs GitHub
 * Advanced Security on private repositories). Errors are `::error`, warnings `::warning`, infos
 * `::notice`; hints are left out, as they are in the editor's Problems panel.
 *
 * Escaping follows the Actions runner: in the message `%`, CR and LF are percent-encoded; in a
 * property value `:` and `,` too, since they separate the properties.
 */
import type { FileResult, MessageSeverity } from '../results.js';

const COMMANDS: Record<MessageSeverity, string | undefined> = { error: 'error', warning: 'warning', info: 'notice', hint: undefined };

/** A workflow command's message. */
export function escapeData(text: string): string {
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A workflow command's property value. */
export function escapeProperty(text: string): string {
    return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export function formatGithub(results: readonly FileResult[]): string {
    const lines: string[] = [];
    for (const file of results) {
        for (const message of file.messages) {
            const command = COMMANDS[message.severity];
            if (!command) continue;
            const properties = [
                ['file', file.filePath],
                ['line', String(message.line)],
                ['col', String(message.column)],
                ['endLine', String(message.endLine)],
                ['endColumn', String(message.endColumn)],
                ['title', message.ruleId],
            ].map(([name, value]) => `${name}=${escapeProperty(value)}`).join(',');
            lines.push(`::${command} ${properties}::${escapeData(message.message)}`);
        }
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
