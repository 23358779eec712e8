/**
 * The report as GitHub-flavoured markdown, for a pull-request comment or a wiki page. Every string
 * from the model is escaped for the place it goes (a table cell, a line of text), so a title with
 * `|` or `<script>` stays text.
 */
import { ARTICLE_NAME, STACK_DEPENDENCY } from './article.js';
import { counted } from './model-element.js';
import { BUCKET_LABELS, findingsSummary, LIMITS, modelledPartNote, ruleCounts, shownManagers, slaTerms, stackScore, stageName, STATUS_LABELS, where } from './presentation.js';
import type { HandoffReport, LayerStatus, Report, StackLayer } from './schema.js';

/** Text in a line of markdown: no HTML, no line breaks. */
function text(value: string): string {
    return value.replace(/\r?\n|\r/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text in a table cell: also no `|`. */
function cell(value: string): string {
    return text(value).replace(/\|/g, '\\|');
}

const code = (value: string) => `\`${value.replace(/`/g, '\'')}\``;

const STATUS_MARKS: Record<LayerStatus, string> = { present: '✅', partial: '🟡', missing: '❌' };
const met = (yes: boolean) => (yes ? '✅' : '❌');
const BUCKET_MARKS: Record<HandoffReport['bucket'], string> = {
    'effective-high-overlap': '🟢',
    'effective-cold-audience': '🟡',
    'effective-overlap-unmeasured': '🟢',
    broken: '🔴',
    unmeasured: '⚪',
};

function more(shown: number, total: number, what: string): string[] {
    return total > shown ? [`*... and ${(total - shown).toLocaleString('en-US')} more ${what} (all of them are in \`--format json\`).*`, ''] : [];
}

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>, align?: readonly string[]): string[] {
    return [`| ${head.join(' | ')} |`, `|${(align ?? head.map(() => '---')).join('|')}|`, ...rows.map(row => `| ${row.join(' | ')} |`), ''];
}

function coverage(report: Report): string[] {
    const { skipped, syntaxErrors } = report.coverage;
    if (skipped.length === 0 && syntaxErrors.length === 0) return [];
    return [
        '> **What this report does not cover**',
        '>',
        ...skipped.map(file => `> - ${code(file.file)} was skipped: ${text(file.reason)}. Nothing in it is in this report.`),
        ...syntaxErrors.map(error => `> - ${code(`${error.file}:${error.line}`)}: ${text(error.message)} The text the parser skipped there is left out; the rest of the file is read.`),
        '',
    ];
}

function companySection(report: Report): string[] {
    const company = report.company;
    const stage = company.stageHeading ? `**${text(company.stageHeading)}**` : 'unknown';
    const lines = [
        '## 1. The company',
        '',
        ...table(
            ['ARR', 'Employees', 'ACV', 'Modelled headcount', 'Org model', 'RevOps', 'Stage'],
            [[company.arr?.text ?? '-', company.employees?.toLocaleString('en-US') ?? '-', company.acv?.text ?? '-', company.modelledHeadcount.toLocaleString('en-US'), company.model ?? '-', company.revops ?? '-', stage]],
            ['--:', '--:', '--:', '--:', '---', '---', '---'],
        ),
    ];
    if (company.stageUnknown) return [...lines, `The stage is unknown: ${text(company.stageUnknown)}`, ''];
    const metCount = company.needs.filter(need => need.met).length;
    return [
        ...lines,
        `What ${ARTICLE_NAME} says a company at the ${stageName(company.stage!)} stage needs, where the model can tell: **${metCount} of ${company.needs.length}** in place.`,
        '',
        ...table(
            ['', '003 says', 'revorg looks for', 'The model has'],
            company.needs.map(need => [met(need.met), `"${cell(need.quote)}"`, cell(need.check), cell(need.detail)]),
            [':-:', '---', '---', '---'],
        ),
    ];
}

function layerDetails(layer: StackLayer): string[] {
    const lines: string[] = [];
    if (layer.elements.length > 0) {
        const shown = layer.elements.slice(0, LIMITS.elements);
        lines.push(`- Made so by: ${shown.map(element => `${code(element.name)} (${cell(element.note)}, ${where(element.location)})`).join('; ')}${layer.elements.length > shown.length ? `; and ${layer.elements.length - shown.length} more` : ''}`);
    }
    for (const gap of layer.gaps.slice(0, LIMITS.gaps)) lines.push(`- Gap: ${text(gap)}`);
    if (layer.gaps.length > LIMITS.gaps) lines.push(`- ... and ${layer.gaps.length - LIMITS.gaps} more gaps`);
    const rules = ruleCounts(layer.findings);
    if (rules.length > 0) lines.push(`- Rules that failed on it: ${rules.map(rule => `[${code(rule.ruleId)}](${rule.docs}) (${rule.count})`).join(', ')}`);
    return lines;
}

function stackSection(report: Report): string[] {
    const { layers, callouts } = report.alignmentStack;
    return [
        '## 2. The Revenue Alignment Stack',
        '',
        `${stackScore(report)}. Bottom up, as 003 lists them; "${STACK_DEPENDENCY}".`,
        '',
        ...table(
            ['Layer', 'Status', 'Why'],
            layers.map(layer => [`${layer.level}. ${layer.title}`, `${STATUS_MARKS[layer.status]} ${STATUS_LABELS[layer.status]}`, cell(layer.reason)]),
        ),
        ...callouts.flatMap(callout => [`> ⚠️ ${text(callout.text)}`, '']),
        ...layers.flatMap(layer => {
            const details = layerDetails(layer);
            return [`**${layer.level}. ${layer.title}** (003: "${text(layer.article)}")`, '', ...details, ...(details.length > 0 ? [''] : [])];
        }),
    ];
}

function maturitySection(report: Report): string[] {
    const { stage, stages } = report.maturity;
    const heading = stage === 0 ? 'not yet at stage 1' : `stage ${stage} of 4, ${stages[stage - 1].name}`;
    const rows = stages.flatMap(each => each.conditions.map((condition, index) => [
        index === 0 ? `**${each.stage}. ${each.name}**${each.reached ? ' ✅' : ''}<br>"${cell(each.article)}"` : '',
        met(condition.met),
        cell(condition.text),
        condition.source === 'article' ? '003' : 'revorg',
        cell(condition.detail),
    ]));
    return [
        `## 3. Alignment maturity: ${heading}`,
        '',
        'Oracle\'s four stages as 003 quotes them. A stage is reached when its conditions and every earlier stage\'s are met. Conditions marked *003* are the stage\'s own words; *revorg* marks revorg\'s reading of a stage the model cannot state directly.',
        '',
        ...table(['Stage', '', 'Condition', 'Source', 'In the model'], rows, ['---', ':-:', '---', '---', '---']),
    ];
}

function headcountSection(report: Report): string[] {
    const headcount = report.headcount;
    const base = headcount.base.of === 'employees'
        ? `shares are of the organization's ${headcount.base.value.toLocaleString('en-US')} employees`
        : 'shares are of the modelled headcount (the organization does not state `employees`)';
    const teams = headcount.byTeam.slice(0, LIMITS.teams);
    const managers = shownManagers(report);
    const lines = [
        '## 4. Headcount',
        '',
        `${headcount.modelled.toLocaleString('en-US')} people modelled; ${base}.${modelledPartNote(report) ? ` ${modelledPartNote(report)}` : ''}`,
        '',
        ...table(
            ['Benchmark', 'The model', '003'],
            headcount.shares.map(share => [`${share.side} share${share.id.startsWith('enterprise') ? ' (enterprise)' : ''}`, `${share.share}% (${share.headcount.toLocaleString('en-US')} people)`, `${share.benchmark}%: "${cell(share.quote)}"`]),
        ),
        '**By function**',
        '',
        ...table(['Function', 'Roles', 'Headcount', 'Share'], headcount.byFunction.map(group => [group.name === null ? '*no team*' : cell(group.name), String(group.roles), group.headcount.toLocaleString('en-US'), `${group.share}%`]), ['---', '--:', '--:', '--:']),
        '**By team**',
        '',
        ...table(['Team', 'Function', 'Roles', 'Headcount', 'Share'], teams.map(group => [group.name === null ? '*no team*' : `${code(group.name)}${group.title ? ` ${cell(group.title)}` : ''}`, group.function ?? '-', String(group.roles), group.headcount.toLocaleString('en-US'), `${group.share}%`]), ['---', '---', '--:', '--:', '--:']),
        ...more(teams.length, headcount.byTeam.length, 'teams'),
        '**By manager** (rolled up the reporting tree)',
        '',
    ];
    if (managers.length === 0) {
        lines.push('No role has direct reports.', '');
    } else {
        const span = headcount.span;
        lines.push(
            `Span of control: median **${span.median ?? '-'}**, max **${span.max ? `${span.max.value}** (${code(span.max.manager)})` : '-**'} over ${span.managers} managers. A manager's span is its direct reports' headcount per person in the role (a role with \`headcount: 4\` managing 20 people has a span of 5).`,
            '',
            ...table(
                ['Manager', 'Direct reports', 'Their headcount', 'People beneath', 'Span'],
                managers.map(manager => [`${'&emsp;'.repeat(manager.depth)}${code(manager.name)}${manager.headcount > 1 ? ` x${manager.headcount}` : ''}`, String(manager.directReports), manager.directHeadcount.toLocaleString('en-US'), manager.headcountBeneath === null ? 'on a cycle' : manager.headcountBeneath.toLocaleString('en-US'), manager.span === null ? '-' : String(manager.span)]),
                ['---', '--:', '--:', '--:', '--:'],
            ),
            ...(headcount.managers.length > managers.length ? [`*${counted(headcount.managers.length - managers.length, 'more manager')} deeper in the tree or past the first ${LIMITS.managers} (all of them are in \`--format json\`).*`, ''] : []),
        );
    }
    if (headcount.podSeats.length > 0) {
        const seats = headcount.podSeats.slice(0, LIMITS.podSeats);
        lines.push(
            '**Pod seats against headcount**',
            '',
            ...table(['Role', 'Headcount', 'Pod seats', 'Pods'], seats.map(entry => [`${code(entry.role)}${entry.over ? ' ⚠️' : ''}`, String(entry.headcount), String(entry.seats), entry.pods.map(code).join(', ')]), ['---', '--:', '--:', '---']),
            ...more(seats.length, headcount.podSeats.length, 'roles in pods'),
        );
    }
    return lines;
}

function handoffsSection(report: Report): string[] {
    const section = report.handoffs;
    const lines = ['## 5. Handoffs', ''];
    if (section.handoffs.length === 0) return [...lines, 'The model has no handoff.', ''];
    const shown = section.handoffs.slice(0, LIMITS.handoffs);
    const overlap = section.overlap ? `audience overlap is measured by ${code(section.overlap.kpi)} at ${section.overlap.actual.text}` : 'no audience-overlap KPI has an `actual`';
    return [
        ...lines,
        `Influ2's buckets (003): a handoff rate under ${section.brokenBelow}% is broken (${text(section.brokenBelowFrom)}); an effective one has high audience overlap from ${section.highOverlapFrom}% (revorg's own line), else a cold sales audience. Here ${overlap}.`,
        '',
        ...table(
            ['Handoff', 'From → to', 'Owner', 'SLA', 'Handoff-rate KPI', 'Influ2 bucket'],
            shown.map(handoff => [
                `${code(handoff.name)}${handoff.title ? ` ${cell(handoff.title)}` : ''}`,
                `${handoff.from ?? '?'} → ${handoff.to ?? '?'}`,
                handoff.owner ? code(handoff.owner) : '❌ none',
                handoff.slas.length > 0 ? handoff.slas.map(sla => `${code(sla.name)}: ${cell(slaTerms(sla))}`).join('<br>') : '❌ none',
                handoff.kpi ? `${code(handoff.kpi.name)}: target ${handoff.kpi.target?.text ?? '-'}, actual ${handoff.kpi.actual?.text ?? '-'}` : '-',
                `${BUCKET_MARKS[handoff.bucket]} ${BUCKET_LABELS[handoff.bucket]}${handoff.bucket === 'unmeasured' ? '' : `: ${cell(handoff.bucketText)}`}`,
            ]),
        ),
        ...more(shown.length, section.handoffs.length, 'handoffs'),
    ];
}

function findingsSection(report: Report): string[] {
    const findings = report.findings;
    const lines = ['## 6. Findings', '', `${findings.total.toLocaleString('en-US')} ${findings.total === 1 ? 'finding' : 'findings'}${findings.total > 0 ? `: ${findingsSummary(findings)}` : ''}, as \`revorg lint\` reports them with this config.`, ''];
    for (const group of findings.groups) {
        const layer = report.alignmentStack.layers.find(each => each.id === group.theme);
        const shown = group.findings.slice(0, LIMITS.findingsPerGroup);
        lines.push(
            `### ${group.title}${layer ? ` (stack layer ${layer.level})` : ''}`,
            '',
            ...shown.map(finding => `- **${finding.severity}** [${code(finding.ruleId)}](${finding.docs}) ${code(`${finding.file}:${finding.line}`)}: ${text(finding.message)}`),
            '',
            ...more(shown.length, group.findings.length, 'findings'),
        );
    }
    return lines;
}

export function formatMarkdown(report: Report): string {
    const lines = [
        `# Org-health report: ${text(report.title)}`,
        '',
        `*revorg report of ${report.coverage.files.length} ${report.coverage.files.length === 1 ? 'file' : 'files'}: stack ${stackScore(report)}, maturity stage ${report.maturity.stage} of 4, ${findingsSummary(report.findings)}.*`,
        '',
        ...coverage(report),
        ...companySection(report),
        ...stackSection(report),
        ...maturitySection(report),
        ...headcountSection(report),
        ...handoffsSection(report),
        ...findingsSection(report),
    ];
    while (lines[lines.length - 1] === '') lines.pop();
    return `${lines.join('\n')}\n`;
}
