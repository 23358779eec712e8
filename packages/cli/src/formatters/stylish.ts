/**
 * `--format stylish`: for people. Grouped by file, aligned columns, colored only when writing to
 * a terminal, and a summary line "N problems (E errors, W warnings)".
 */
import type pc from 'picocolors';

type Colors = ReturnType<typeof pc.createColors>;
import { totals, type FileResult, type MessageSeverity } from '../results.js';

function plural(count: number, word: string): string {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function formatStylish(results: readonly FileResult[], colors: Colors): string {
    const severityColor: Record<MessageSeverity, (text: string) => string> = {
        error: colors.red,
        warning: colors.yellow,
        info: colors.blue,
        hint: colors.dim,
    };
    const lines: string[] = [];
    for (const result of results) {
        if (result.messages.length === 0) continue;
        lines.push(colors.underline(result.filePath));
        const positions = result.messages.map(message => `${message.line}:${message.column}`);
        const positionWidth = Math.max(...positions.map(position => position.length));
        for (const [index, message] of result.messages.entries()) {
            lines.push([
                `  ${colors.dim(positions[index].padEnd(positionWidth))}`,
                severityColor[message.severity](message.severity.padEnd(7)),
                message.message,
                colors.dim(message.ruleId),
            ].join('  '));
        }
        lines.push('');
    }
    const sum = totals(results);
    const problems = sum.errors + sum.warnings + sum.infos + sum.hints;
    if (problems === 0) {
        lines.push(colors.green(`✔ No problems in ${plural(results.length, 'file')}`));
    } else {
        const extra = [sum.infos ? plural(sum.infos, 'info') : '', sum.hints ? plural(sum.hints, 'hint') : ''].filter(Boolean);
        const summary = `✖ ${plural(problems, 'problem')} (${[plural(sum.errors, 'error'), plural(sum.warnings, 'warning'), ...extra].join(', ')})`;
        lines.push(sum.errors ? colors.bold(colors.red(summary)) : sum.warnings ? colors.bold(colors.yellow(summary)) : colors.bold(summary));
    }
    return `${lines.join('\n')}\n`;
}
