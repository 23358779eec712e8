/**
 * The diff as a pull-request comment (GitHub-flavored Markdown): a one-line summary first, then a
 * section for each part of the change that has something in it, as tables; a table of more than
 * COLLAPSE_AFTER rows folds into a `<details>` block. An unchanged model is one line.
 *
 * Everything from the model (titles, criteria, messages, paths) is escaped: Markdown and HTML
 * characters are written literally, and an `@` can never mention anyone.
 */
import { DECLARATION_KINDS, type DeclarationKind, type DeclarationPresence, type ModelDiff, type PropertyChange, type SeverityCounts, type VersionInput } from './schema.js';
import type { Finding } from '../findings.js';

/** Tables longer than this fold into `<details>`. */
export const COLLAPSE_AFTER = 10;

export interface MarkdownOptions {
    /**
     * The org chart of the new version written beside the comment (`--svg`): its path relative to
     * the comment and, when only part of it was drawn (chartFocus), how many roles of how many; or
     * why none was drawn.
     */
    chart?: { path: string; part?: { roles: number; of: number } } | { missing: string };
}

const KIND_NAMES: Record<DeclarationKind, [singular: string, plural: string]> = {
    teams: ['team', 'teams'], roles: ['role', 'roles'], definitions: ['definition', 'definitions'], icps: ['ICP', 'ICPs'],
    handoffs: ['handoff', 'handoffs'], slas: ['SLA', 'SLAs'], kpis: ['KPI', 'KPIs'], cadences: ['cadence', 'cadences'],
    pods: ['pod', 'pods'], segments: ['segment', 'segments'],
};

const SECTION_TITLES: Record<DeclarationKind, string> = {
    teams: 'Teams', roles: 'Roles', definitions: 'Lead definitions', icps: 'ICPs', handoffs: 'Handoffs', slas: 'SLAs',
    kpis: 'KPIs', cadences: 'Cadences', pods: 'Pods', segments: 'Segments',
};

export function formatDiffMarkdown(diff: ModelDiff, options: MarkdownOptions = {}): string {
    const blocks = [summaryLine(diff), ...inputNotes(diff)];
    if (diff.organization.changes.length > 0) {
        blocks.push('#### Organization', table(['property', 'before', 'after'], diff.organization.changes.map(change => [code(change.property), valueCell(change.beforeText), valueCell(change.afterText)])));
    }
    for (const kind of DECLARATION_KINDS) blocks.push(...kindSection(diff, kind));
    if (diff.reportingLines.length > 0) {
        const rows = diff.reportingLines.map(move => [
            `${code(move.role)}${move.previousName ? ` (was ${code(move.previousName)})` : ''}`,
            move.from === null ? '*no manager*' : code(move.from),
            move.to === null ? '*no manager*' : code(move.to),
        ]);
        blocks.push('#### Reporting lines moved', folded(rows.length, countOf(rows.length, 'reporting line', 'reporting lines'), table(['role', 'reported to', 'reports to'], rows)));
    }
    const { total, byTeam, byFunction } = diff.headcount;
    if (total.delta !== 0 || byTeam.length > 0 || byFunction.length > 0) {
        const rows = [
            ['**total**', String(total.before), String(total.after), signed(total.delta)],
            ...byTeam.map(row => [row.team === null ? '*no team*' : `team ${code(row.team)}`, String(row.before), String(row.after), signed(row.delta)]),
            ...byFunction.map(row => [row.function === null ? '*no function*' : `function ${escapeText(row.function)}`, String(row.before), String(row.after), signed(row.delta)]),
        ];
        blocks.push('#### Headcount', folded(rows.length, 'headcount by team and function', table(['', 'before', 'after', 'change'], rows)));
    }
    blocks.push(...findingsSection('#### Findings introduced', diff.findings.introduced, diff.summary.introduced));
    blocks.push(...findingsSection('#### Findings fixed', diff.findings.fixed, diff.summary.fixed));
    if (options.chart) blocks.push('#### Org chart', chartParagraph(options.chart));
    return `${blocks.join('\n\n')}\n`;
}

function summaryLine(diff: ModelDiff): string {
    const head = `**revorg diff** ${code(diff.old.label)} → ${code(diff.new.label)}`;
    if (diff.summary.unchanged) return `${head}: no changes. Both versions declare the same things with the same properties, reporting lines and headcount, and have the same findings.`;
    const parts: string[] = [];
    for (const [part, verb] of [['added', 'added'], ['removed', 'removed'], ['renamed', 'renamed'], ['changed', 'changed']] as const) {
        const kinds = DECLARATION_KINDS.filter(kind => diff.declarations[kind][part].length > 0)
            .map(kind => countOf(diff.declarations[kind][part].length, ...KIND_NAMES[kind]));
        if (kinds.length > 0) parts.push(`${andList(kinds)} ${verb}`);
    }
    if (diff.organization.changes.length > 0) parts.push(`organization changed (${diff.organization.changes.map(change => change.property).join(', ')})`);
    if (diff.summary.movedLines > 0) parts.push(`${countOf(diff.summary.movedLines, 'reporting line', 'reporting lines')} moved`);
    const { total } = diff.headcount;
    if (total.delta !== 0) parts.push(`headcount ${total.before} → ${total.after} (${signed(total.delta)})`);
    else if (diff.headcount.byTeam.length > 0 || diff.headcount.byFunction.length > 0) parts.push(`headcount ${total.after} (moved between teams)`);
    const introduced = severityPhrase(diff.summary.introduced);
    if (introduced) parts.push(`introduces ${introduced}`);
    const fixed = severityPhrase(diff.summary.fixed);
    if (fixed) parts.push(`fixes ${fixed}`);
    return `${head}: ${parts.join('; ')}.`;
}

/** What the reader must know about how completely each version was read. */
function inputNotes(diff: ModelDiff): string[] {
    const notes: string[] = [];
    for (const [side, input] of [['old', diff.old], ['new', diff.new]] as Array<[string, VersionInput]>) {
        for (const skipped of input.skipped) notes.push(`> **Note:** the ${side} version's ${code(skipped.file)} was left out: ${escapeText(skipped.reason)}.`);
        const byFile = new Map<string, number[]>();
        for (const problem of input.syntaxErrors) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem.line]);
        for (const [file, lines] of byFile) {
            notes.push(`> **Note:** the ${side} version's ${code(file)} has ${lines.length === 1 ? 'a syntax error' : `${lines.length} syntax errors`} (line ${lines.join(', ')}): the text the parser skipped there is not compared.`);
        }
    }
    return notes;
}

function kindSection(diff: ModelDiff, kind: DeclarationKind): string[] {
    const { added, removed, renamed, changed } = diff.declarations[kind];
    const rows: string[][] = [
        ...added.map(declaration => ['added', nameCell(declaration.name, declaration.title), presenceDetails(declaration)]),
        ...removed.map(declaration => ['removed', nameCell(declaration.name, declaration.title), presenceDetails(declaration)]),
        ...renamed.map(rename => ['renamed', `${code(rename.from)} → ${nameCell(rename.to, rename.title)}`, rename.changes.length > 0 ? changeDetails(rename.changes) : '*no other change*']),
        ...changed.map(declaration => ['changed', nameCell(declaration.name, declaration.title), changeDetails(declaration.changes)]),
    ];
    if (rows.length === 0) return [];
    const [singular] = KIND_NAMES[kind];
    const counts = ([['added', added], ['removed', removed], ['renamed', renamed], ['changed', changed]] as const)
        .filter(([, list]) => list.length > 0).map(([word, list]) => `${list.length} ${word}`).join(', ');
    return [`#### ${SECTION_TITLES[kind]}`, folded(rows.length, `${SECTION_TITLES[kind]}: ${counts}`, table(['change', singular, 'details'], rows))];
}

function nameCell(name: string, title: string | null): string {
    return title ? `${code(name)} ${escapeText(title)}` : code(name);
}

function presenceDetails(declaration: DeclarationPresence): string {
    return declaration.properties.length === 0 ? '*sets nothing*' : declaration.properties.map(setting => `${setting.property}: ${escapeText(setting.text)}`).join(' · ');
}

function changeDetails(changes: readonly PropertyChange[]): string {
    return changes.map(change => `${change.property}: ${valueCell(change.beforeText)} → ${valueCell(change.afterText)}`).join('<br>');
}

function findingsSection(title: string, findings: readonly Finding[], counts: SeverityCounts): string[] {
    if (findings.length === 0) return [];
    const rows = findings.map(finding => [finding.severity, `[${code(finding.ruleId)}](${finding.docs})`, code(`${finding.file}:${finding.line}`), escapeText(finding.message, { keepCode: true })]);
    return [title, folded(rows.length, severityPhrase(counts) ?? '', table(['severity', 'rule', 'where', 'message'], rows))];
}

function chartParagraph(chart: NonNullable<MarkdownOptions['chart']>): string {
    if ('missing' in chart) return `No org chart was drawn: ${escapeText(chart.missing)}.`;
    const what = chart.part
        ? `The part of the new version's org chart this change touches (${countOf(chart.part.roles, 'role', 'roles')} of ${chart.part.of.toLocaleString('en-US')}: `
            + 'the roles it adds, renames, moves or changes and the managers of those it removes, each with its managers up to the top)'
        : 'The org chart of the new version';
    return `${what}, with this change marked, is in [${escapeText(chart.path)}](${encodeURI(chart.path)}): `
        + 'new roles and teams have a solid outline and a **new** tag, renamed ones a dashed outline and a **renamed** tag (the old name is in its tooltip), '
        + 'and a reporting line that moved is drawn thick.';
}

function severityPhrase(counts: SeverityCounts): string | undefined {
    const parts: string[] = [];
    if (counts.errors > 0) parts.push(countOf(counts.errors, 'error', 'errors'));
    if (counts.warnings > 0) parts.push(countOf(counts.warnings, 'warning', 'warnings'));
    if (counts.infos > 0) parts.push(countOf(counts.infos, 'info', 'infos'));
    if (counts.hints > 0) parts.push(countOf(counts.hints, 'hint', 'hints'));
    return parts.length > 0 ? andList(parts) : undefined;
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
    return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map(row => `| ${row.join(' | ')} |`)].join('\n');
}

/** A long table folded under a summary line (GitHub renders `<details>`; the blank lines let the table inside render). */
function folded(rows: number, summary: string, body: string): string {
    if (rows <= COLLAPSE_AFTER) return body;
    return `<details><summary>${escapeText(summary)} (${rows} rows)</summary>\n\n${body}\n\n</details>`;
}

function valueCell(text: string | null): string {
    return text === null ? '*none*' : escapeText(text);
}

function countOf(count: number, singular: string, plural: string): string {
    return `${count} ${count === 1 ? singular : plural}`;
}

function andList(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function signed(delta: number): string {
    return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '0';
}

/**
 * Text from the model, written literally in a table cell: HTML characters as entities, Markdown
 * punctuation backslash-escaped, line breaks as spaces, and `@` followed by a zero-width space so
 * no title or message mentions a GitHub user or team. `keepCode` leaves backticks alone, for the
 * rules' messages, which put property names in code (`owner:`).
 */
export function escapeText(text: string, { keepCode = false } = {}): string {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(keepCode ? /[\\*_[\]|~]/g : /[\\`*_[\]|~]/g, '\\$&')
        .replace(/@/g, '@\u200b');
}

/** A name or path as inline code; one holding a backtick is escaped text instead (names never hold one). */
function code(text: string): string {
    return text.includes('`') || /[\r\n]/.test(text) ? escapeText(text) : `\`${text.replace(/\|/g, '\\|')}\``;
}
