/**
 * The report as one self-contained HTML page for a leader to open in a browser: inline CSS, the org
 * chart and the revenue flow as inline SVG (drawn by the caller with @revorg/diagram, which escapes
 * every model string), bar charts as inline SVG, no script and nothing loaded from anywhere; a
 * Content-Security-Policy says so to the browser too. Every string from the model is escaped here.
 */
import { ARTICLE_NAME, STACK_DEPENDENCY } from './article.js';
import { barChart, type Bar } from './bar-chart.js';
import type { DiagramSlot, DiagramView } from './diagrams.js';
import { escapeHtml, richText } from './html-text.js';
import { REPORT_CSS } from './html-style.js';
import { counted } from './model-element.js';
import { BUCKET_LABELS, findingsSummary, LIMITS, modelledPartNote, ruleCounts, shownManagers, slaTerms, stageName, STATUS_LABELS, where } from './presentation.js';
import type { HandoffReport, Report, StackLayer } from './schema.js';

/** Scripts, frames, fonts, images from elsewhere, forms: none. Styles only inline; images only inline data. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The widest a diagram is shown before it scrolls (the page's content width), and the least it is scaled to. */
const PAGE_WIDTH = 1000;
const MIN_SCALE = 0.6;

const e = escapeHtml;
const pill = (kind: string, label: string) => `<span class="pill ${kind}">${e(label)}</span>`;
const yesNo = (met: boolean) => pill(met ? 'yes' : 'no', met ? 'yes' : 'no');
const at = (location: { file: string; line: number }) => `<span class="where">${e(where(location))}</span>`;
const num = (value: number) => value.toLocaleString('en-US');
const capitalized = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

const BUCKET_PILLS: Record<HandoffReport['bucket'], string> = {
    'effective-high-overlap': 'effective',
    'effective-cold-audience': 'cold',
    'effective-overlap-unmeasured': 'effective',
    broken: 'broken',
    unmeasured: 'neutral',
};

function moreRow(shown: number, total: number, columns: number, singular: string, plural: string): string {
    return total > shown ? `<tr class="more"><td colspan="${columns}">... and ${num(total - shown)} more ${e(total - shown === 1 ? singular : plural)} (all of them are in <code>--format json</code>)</td></tr>` : '';
}

/**
 * A diagram's SVG made to sit in the page: its arrowhead ids prefixed by the view, so the two
 * diagrams' markers stay distinct in one document, and a wide one shown at most `MIN_SCALE` smaller.
 * Only attributes @revorg/diagram writes itself are matched: model text in the SVG is escaped, so
 * it cannot contain `<marker id="` or `="url(#`.
 */
export function embeddedSvg(svg: string, view: DiagramView): string {
    const prefixed = svg.replace(/<marker id="revorg-arrow-/g, `<marker id="revorg-${view}-arrow-`).replace(/="url\(#revorg-arrow-/g, `="url(#revorg-${view}-arrow-`);
    return prefixed.replace(/^<svg([^>]*?) width="([\d.]+)" height="([\d.]+)"/, (whole, attributes: string, width: string, height: string) => {
        const natural = Number(width);
        if (natural <= PAGE_WIDTH) return whole;
        const shown = Math.max(PAGE_WIDTH, natural * MIN_SCALE);
        return `<svg${attributes} width="${Math.round(shown)}" height="${Math.round((Number(height) * shown) / natural)}"`;
    });
}

function diagramFigure(slot: DiagramSlot | undefined, view: DiagramView, caption: string): string {
    if (!slot) return '';
    if ('omitted' in slot) return `<p class="omitted">${richText(slot.omitted)}</p>`;
    return `<figure class="diagram"><div class="scroll">${embeddedSvg(slot.svg, view)}</div><figcaption>${e(caption)}</figcaption></figure>`;
}

function hero(report: Report): string {
    const { company, maturity, findings } = report;
    const present = report.alignmentStack.layers.filter(layer => layer.status === 'present').length;
    const card = (label: string, value: string, hint: string) => `<div class="card"><span class="label">${e(label)}</span><span class="value">${e(value)}</span><span class="hint">${e(hint)}</span></div>`;
    const files = report.coverage.files;
    return `<header class="hero"><div class="wrap">
<p class="eyebrow">Org-health report</p>
<h1>${e(report.title)}</h1>
<p class="sub">revorg report of ${counted(files.length, 'file')}${files.length <= 6 ? `: ${files.map(e).join(', ')}` : ''}</p>
<div class="cards">
${card('Stage', company.stage ? capitalized(stageName(company.stage)) : 'unknown', company.employees !== null ? `${num(company.employees)} employees` : 'employees not stated')}
${card('Alignment stack', `${present} / ${report.alignmentStack.layers.length}`, 'layers present')}
${card('Maturity', maturity.stage === 0 ? 'below 1' : `stage ${maturity.stage}`, maturity.stage === 0 ? 'of Oracle\'s four' : maturity.stages[maturity.stage - 1].name)}
${card('ARR', company.arr?.text ?? 'not stated', company.acv ? `ACV ${company.acv.text}` : 'ACV not stated')}
${card('Findings', num(findings.total), findingsSummary(findings))}
</div></div></header>`;
}

function coverage(report: Report): string {
    const { skipped, syntaxErrors } = report.coverage;
    if (skipped.length === 0 && syntaxErrors.length === 0) return '';
    const items = [
        ...skipped.map(file => `<li><code>${e(file.file)}</code> was skipped: ${e(file.reason)}. Nothing in it is in this report.</li>`),
        ...syntaxErrors.map(error => `<li><code>${e(`${error.file}:${error.line}`)}</code>: ${e(error.message)} The text the parser skipped there is left out; the rest of the file is read.</li>`),
    ];
    return `<aside class="notice danger" id="coverage"><h2>What this report does not cover</h2><ul>${items.join('')}</ul></aside>`;
}

function companySection(report: Report): string {
    const company = report.company;
    const fact = (label: string, value: string) => `<div class="fact"><span class="label">${e(label)}</span><span class="value">${e(value)}</span></div>`;
    const facts = `<div class="facts">${[
        fact('ARR', company.arr?.text ?? '-'),
        fact('Employees', company.employees === null ? '-' : num(company.employees)),
        fact('ACV', company.acv?.text ?? '-'),
        fact('Modelled headcount', num(company.modelledHeadcount)),
        fact('Org model', company.model ?? '-'),
        fact('RevOps', company.revops ?? '-'),
        fact('Products', company.products === null ? '-' : num(company.products)),
    ].join('')}</div>`;
    let needs: string;
    if (company.stageUnknown) {
        needs = `<p class="empty">The stage is unknown: ${richText(company.stageUnknown)}</p>`;
    } else {
        const rows = company.needs.map(need => `<tr><td>${yesNo(need.met)}</td><td class="quote">${e(need.quote)}</td><td>${richText(need.check)}</td><td>${richText(need.detail)}</td></tr>`);
        needs = `<h3>What 003 says the ${e(stageName(company.stage!))} stage needs: ${company.needs.filter(need => need.met).length} of ${company.needs.length} in place</h3>
<table><thead><tr><th></th><th>003 says</th><th>revorg looks for</th><th>The model has</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    }
    return `<section id="company"><h2>1. The company</h2>
<p class="lead">${company.stageHeading ? `At ${num(company.employees ?? 0)} employees the company is at the <strong>${e(company.stageHeading)}</strong> stage of ${e(ARTICLE_NAME)}.` : 'Its stage on 003\'s ladder is unknown.'}</p>
${facts}${needs}</section>`;
}

function layerDetail(layer: StackLayer): string {
    const elements = layer.elements.slice(0, LIMITS.elements).map(element => `<li><code>${e(element.name)}</code> ${richText(element.note)} ${at(element.location)}</li>`);
    if (layer.elements.length > LIMITS.elements) elements.push(`<li class="empty">and ${num(layer.elements.length - LIMITS.elements)} more</li>`);
    const gaps = layer.gaps.slice(0, LIMITS.gaps).map(gap => `<li>${richText(gap)}</li>`);
    if (layer.gaps.length > LIMITS.gaps) gaps.push(`<li class="empty">and ${num(layer.gaps.length - LIMITS.gaps)} more</li>`);
    const rules = ruleCounts(layer.findings).map(rule => `<a href="${e(rule.docs)}"><code>${e(rule.ruleId)}</code></a> (${rule.count})`);
    return `<div class="layer-detail"><h3>${layer.level}. ${e(layer.title)} ${pill(layer.status, STATUS_LABELS[layer.status])}</h3>
<p class="quote">${e(layer.article)}</p>
<p>${richText(layer.reason)}</p>
${elements.length > 0 ? `<ul>${elements.join('')}</ul>` : ''}
${gaps.length > 0 ? `<p><strong>Gaps</strong></p><ul>${gaps.join('')}</ul>` : ''}
${rules.length > 0 ? `<p><strong>Rules that failed on it:</strong> ${rules.join(', ')}</p>` : ''}</div>`;
}

function stackSection(report: Report): string {
    const { layers, callouts } = report.alignmentStack;
    const blocks = [...layers].reverse().map(layer => `<div class="layer ${layer.status} level-${layer.level}"><span class="level">${layer.level}</span><span class="name">${e(layer.title)}</span>${pill(layer.status, STATUS_LABELS[layer.status])}</div>`);
    return `<section id="stack"><h2>2. The Revenue Alignment Stack</h2>
<p class="lead">003's five layers, drawn bottom up: <span class="quote">${e(STACK_DEPENDENCY)}</span>.</p>
<div class="stack-grid"><div><div class="stack">${blocks.join('')}</div><p class="stack-caption">Present, partial or missing in the model; what each status means is in docs/report.md.</p></div>
<div>${callouts.map(callout => `<p class="callout">${e(callout.text)}</p>`).join('')}${layers.map(layerDetail).join('')}</div></div></section>`;
}

function maturitySection(report: Report): string {
    const { stage, stages } = report.maturity;
    const steps = stages.map(each => `<div class="step${each.reached ? ' reached' : ''}${each.stage === stage ? ' current' : ''}"><div class="num">Stage ${each.stage}${each.reached ? ' · reached' : ''}</div><div class="title">${e(each.name)}</div><div class="words">${e(each.article)}</div></div>`);
    const rows = stages.flatMap(each => each.conditions.map((condition, index) => `<tr>${index === 0 ? `<td rowspan="${each.conditions.length}"><strong>${each.stage}. ${e(each.name)}</strong></td>` : ''}<td>${yesNo(condition.met)}</td><td>${richText(condition.text)}</td><td><span class="source">${condition.source === 'article' ? '003' : 'revorg'}</span></td><td>${richText(condition.detail)}</td></tr>`));
    return `<section id="maturity"><h2>3. Alignment maturity: ${stage === 0 ? 'not yet at stage 1' : `stage ${stage} of 4, ${e(stages[stage - 1].name)}`}</h2>
<p class="lead">Oracle's four stages as 003 quotes them. A stage is reached when its conditions and every earlier stage's are met. <span class="source">003</span> marks the stage's own words, <span class="source">revorg</span> revorg's reading of a stage the model cannot state directly.</p>
<div class="ladder">${steps.join('')}</div>
<table><thead><tr><th>Stage</th><th>Met</th><th>Condition</th><th>Source</th><th>In the model</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function headcountSection(report: Report, diagrams: Partial<Record<DiagramView, DiagramSlot>>): string {
    const headcount = report.headcount;
    const baseText = headcount.base.of === 'employees' ? `of the organization's ${num(headcount.base.value)} employees` : 'of the modelled headcount (the organization does not state employees)';
    const shareBars: Bar[] = headcount.shares.map(share => ({
        label: `${share.side === 'marketing' ? 'Marketing' : 'Sales'}${share.id.startsWith('enterprise') ? ' (enterprise)' : ''}`,
        value: share.share,
        valueText: `${share.share}% (${num(share.headcount)} people)`,
        benchmark: { value: share.benchmark, label: `003: ${share.benchmark}%` },
    }));
    const functionBars: Bar[] = headcount.byFunction.map(group => ({
        label: group.name ?? 'no team',
        value: group.share,
        valueText: `${group.share}% (${num(group.headcount)})`,
        tone: group.name === null ? 'muted' : 'accent',
    }));
    const teams = headcount.byTeam.slice(0, LIMITS.teams);
    const teamRows = teams.map(group => `<tr><td>${group.name === null ? '<em>no team</em>' : `<code>${e(group.name)}</code> ${e(group.title ?? '')}`}</td><td>${e(group.function ?? '-')}</td><td class="num">${num(group.roles)}</td><td class="num">${num(group.headcount)}</td><td class="num">${group.share}%</td></tr>`);
    const managers = shownManagers(report);
    const managerRows = managers.map(manager => `<tr><td style="padding-left:${10 + manager.depth * 20}px"><code>${e(manager.name)}</code>${manager.headcount > 1 ? ` ×${manager.headcount}` : ''} ${e(manager.title ?? '')}</td><td class="num">${num(manager.directReports)}</td><td class="num">${num(manager.directHeadcount)}</td><td class="num">${manager.headcountBeneath === null ? 'on a cycle' : num(manager.headcountBeneath)}</td><td class="num">${manager.span ?? '-'}</td></tr>`);
    const span = headcount.span;
    const pods = headcount.podSeats.slice(0, LIMITS.podSeats);
    const note = modelledPartNote(report);
    return `<section id="headcount"><h2>4. Headcount</h2>
<p class="lead">${num(headcount.modelled)} people modelled; shares are ${e(baseText)}.${note ? ` ${e(note)}` : ''}</p>
<h3>Shares against 003's benchmarks</h3>
<div class="charts">${barChart(shareBars, 'Headcount shares against 003\'s benchmarks')}</div>
<p class="figcaption">${headcount.shares.map(share => `<span class="quote">${e(share.quote)}</span>`).filter((quote, index, all) => all.indexOf(quote) === index).join(' · ')}</p>
<h3>By function</h3>
<div class="charts">${barChart(functionBars, 'Headcount by function')}</div>
<h3>By team</h3>
<table><thead><tr><th>Team</th><th>Function</th><th class="num">Roles</th><th class="num">Headcount</th><th class="num">Share</th></tr></thead><tbody>${teamRows.join('')}${moreRow(teams.length, headcount.byTeam.length, 5, 'team', 'teams')}</tbody></table>
<h3>By manager, rolled up the reporting tree</h3>
${managers.length === 0 ? '<p class="empty">No role has direct reports.</p>' : `<p>Span of control: median <strong>${span.median ?? '-'}</strong>, max <strong>${span.max ? `${span.max.value}</strong> (<code>${e(span.max.manager)}</code>)` : '-</strong>'} over ${counted(span.managers, 'manager')}. A manager's span is its direct reports' headcount per person in the role (a role with <code>headcount: 4</code> managing 20 people has a span of 5).</p>
<table><thead><tr><th>Manager</th><th class="num">Direct reports</th><th class="num">Their headcount</th><th class="num">People beneath</th><th class="num">Span</th></tr></thead><tbody>${managerRows.join('')}${moreRow(managers.length, headcount.managers.length, 5, 'manager deeper in the tree', 'managers deeper in the tree')}</tbody></table>`}
${diagramFigure(diagrams.org, 'org', 'The org chart: the reporting tree, drawn by revorg render --view org.')}
${pods.length === 0 ? '' : `<h3>Pod seats against headcount</h3>
<table><thead><tr><th>Role</th><th class="num">Headcount</th><th class="num">Pod seats</th><th>Pods</th></tr></thead><tbody>${pods.map(entry => `<tr><td><code>${e(entry.role)}</code> ${entry.over ? pill('warning', 'more seats than people') : ''}</td><td class="num">${num(entry.headcount)}</td><td class="num">${num(entry.seats)}</td><td>${entry.pods.map(name => `<code>${e(name)}</code>`).join(' ')}</td></tr>`).join('')}${moreRow(pods.length, headcount.podSeats.length, 4, 'role in pods', 'roles in pods')}</tbody></table>`}
</section>`;
}

function handoffsSection(report: Report, diagrams: Partial<Record<DiagramView, DiagramSlot>>): string {
    const section = report.handoffs;
    if (section.handoffs.length === 0) return `<section id="handoffs"><h2>5. Handoffs</h2><p class="empty">The model has no handoff.</p></section>`;
    const shown = section.handoffs.slice(0, LIMITS.handoffs);
    const rows = shown.map(handoff => `<tr>
<td><code>${e(handoff.name)}</code><br>${e(handoff.title ?? '')}</td>
<td>${e(handoff.from ?? '?')} → ${e(handoff.to ?? '?')}</td>
<td>${handoff.owner ? `<code>${e(handoff.owner)}</code>` : pill('no', 'no owner')}</td>
<td>${handoff.slas.length > 0 ? handoff.slas.map(sla => `<code>${e(sla.name)}</code> ${e(slaTerms(sla))}`).join('<br>') : pill('no', 'no SLA')}</td>
<td>${handoff.kpi ? `<code>${e(handoff.kpi.name)}</code><br>target ${e(handoff.kpi.target?.text ?? '-')}, actual <strong>${e(handoff.kpi.actual?.text ?? '-')}</strong>` : '<span class="empty">none</span>'}</td>
<td>${pill(BUCKET_PILLS[handoff.bucket], BUCKET_LABELS[handoff.bucket])}${handoff.bucket === 'unmeasured' ? '' : `<br><small>${richText(handoff.bucketText)}</small>`}</td></tr>`);
    const overlap = section.overlap ? `Audience overlap is measured by <code>${e(section.overlap.kpi)}</code> at ${e(section.overlap.actual.text)}.` : 'No audience-overlap KPI has an <code>actual</code>.';
    return `<section id="handoffs"><h2>5. Handoffs</h2>
<p class="lead">Influ2's buckets (003): a handoff rate under ${section.brokenBelow}% is broken (${richText(section.brokenBelowFrom)}); an effective one has high audience overlap from ${section.highOverlapFrom}% (revorg's own line), else a cold sales audience. ${overlap}</p>
<table><thead><tr><th>Handoff</th><th>From → to</th><th>Owner</th><th>SLA</th><th>Handoff-rate KPI</th><th>Influ2 bucket</th></tr></thead><tbody>${rows.join('')}${moreRow(shown.length, section.handoffs.length, 6, 'handoff', 'handoffs')}</tbody></table>
${diagramFigure(diagrams.flow, 'flow', 'The revenue flow: the handoffs along the funnel, drawn by revorg render --view flow.')}
</section>`;
}

function findingsSection(report: Report): string {
    const findings = report.findings;
    const groups = findings.groups.map(group => {
        const layer = report.alignmentStack.layers.find(each => each.id === group.theme);
        const shown = group.findings.slice(0, LIMITS.findingsPerGroup);
        const items = shown.map(finding => `<div class="finding"><div>${pill(finding.severity, finding.severity)}</div><div><a class="rule" href="${e(finding.docs)}"><code>${e(finding.ruleId)}</code></a> ${at(finding)}<br>${richText(finding.message)}</div></div>`);
        const more = group.findings.length > shown.length ? `<p class="empty">... and ${num(group.findings.length - shown.length)} more (all of them are in <code>--format json</code> and <code>revorg lint</code>)</p>` : '';
        return `<div class="finding-group"><h3>${e(group.title)}${layer ? ` <span class="source">stack layer ${layer.level}</span>` : ''}</h3>${items.join('')}${more}</div>`;
    });
    return `<section id="findings"><h2>6. Findings</h2>
<p class="lead">${num(findings.total)} ${findings.total === 1 ? 'finding' : 'findings'}${findings.total > 0 ? `: ${e(findingsSummary(findings))}` : ''}, as <code>revorg lint</code> reports them with this config. Each rule links to its page.</p>
${groups.length > 0 ? groups.join('') : '<p class="empty">Nothing to report: the model lints clean.</p>'}</section>`;
}

export interface HtmlReportOptions {
    /** The diagrams to embed, drawn by the caller; a view without a slot is not mentioned. */
    diagrams?: Partial<Record<DiagramView, DiagramSlot>>;
}

export function formatHtml(report: Report, options: HtmlReportOptions = {}): string {
    const diagrams = options.diagrams ?? {};
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="revorg report">
<title>Org-health report: ${e(report.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${hero(report)}
<main class="wrap">
<nav class="toc"><a href="#company">1. The company</a><a href="#stack">2. Revenue Alignment Stack</a><a href="#maturity">3. Maturity</a><a href="#headcount">4. Headcount</a><a href="#handoffs">5. Handoffs</a><a href="#findings">6. Findings</a></nav>
${coverage(report)}
${companySection(report)}
${stackSection(report)}
${maturitySection(report)}
${headcountSection(report, diagrams)}
${handoffsSection(report, diagrams)}
${findingsSection(report)}
</main>
<footer class="wrap">Generated by revorg report from the model's files. Quotes are from ${e(ARTICLE_NAME)}; thresholds marked as revorg's own are explained in docs/report.md.</footer>
</body>
</html>
`;
}
