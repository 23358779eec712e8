/**
 * The Markdown summary of a declaration that the hover shows, read from the model facts: a header
 * line (kind, name, what sort of that kind, title) and the facts a reader most wants next to the
 * name, for example a role's place in the reporting line or a handoff's SLA.
 */
import type {
    Cadence, Declaration, Definition, Handoff, Icp, Kpi, Organization, Pod, Role, Segment, Sla, Team,
} from '../../generated/ast.js';
import type { RevorgFacts } from '../../model/facts/index.js';
import { declarationLabel } from '../../model/properties.js';
import { formatMoney } from '../../model/values.js';
import { code, escapeMarkdown, list } from './markdown.js';
import { SEPARATOR, allTerms, beneathPhrase, countOf, writtenValue } from '../../model/phrases.js';

interface Named { name?: string }

/** One line of the body: `- label: value`. */
type Line = [label: string, value: string];

function names(nodes: readonly Named[]): string {
    return list(nodes.map(node => code(node.name ?? '?')));
}

function nameOf(node: Named | undefined, missing = 'none'): string {
    return node?.name ? code(node.name) : missing;
}

function header(declaration: Declaration, qualifier: string | undefined): string {
    const parts = [`**${declarationLabel(declaration)}**`];
    if (declaration.$type !== 'Organization') parts.push(code(declaration.name ?? '?'));
    if (qualifier) parts.push(`· ${code(qualifier)}`);
    if (declaration.title !== undefined) parts.push(`— ${escapeMarkdown(declaration.title)}`);
    return parts.join(' ');
}

function render(declaration: Declaration, qualifier: string | undefined, lines: Array<Line | undefined>): string {
    const body = lines.filter((line): line is Line => line !== undefined).map(([label, value]) => `- ${label}: ${value}`);
    return body.length > 0 ? `${header(declaration, qualifier)}\n\n${body.join('\n')}` : header(declaration, qualifier);
}

/** A line only when the property is written. */
function optional(label: string, value: string | undefined): Line | undefined {
    return value === undefined ? undefined : [label, value];
}

/** The hover summary of any declaration. */
export function summarizeDeclaration(declaration: Declaration, facts: RevorgFacts): string {
    switch (declaration.$type) {
        case 'Organization': return summarizeOrganization(declaration, facts);
        case 'Team': return summarizeTeam(declaration, facts);
        case 'Role': return summarizeRole(declaration, facts);
        case 'Definition': return summarizeDefinition(declaration, facts);
        case 'Icp': return summarizeIcp(declaration, facts);
        case 'Handoff': return summarizeHandoff(declaration, facts);
        case 'Sla': return summarizeSla(declaration, facts);
        case 'Kpi': return summarizeKpi(declaration, facts);
        case 'Cadence': return summarizeCadence(declaration, facts);
        case 'Pod': return summarizePod(declaration, facts);
        case 'Segment': return summarizeSegment(declaration, facts);
    }
}

function summarizeOrganization(organization: Organization, facts: RevorgFacts): string {
    // Only the organization the rules read has facts; a second one is a duplicate-name error.
    const read = facts.organization?.node === organization ? facts.organization : undefined;
    if (!read) return `${header(organization, undefined)}\n\nA second organization: the rules read only the first one in the model.`;
    const employees = writtenValue(read.props, 'employees');
    return render(organization, read.model, [
        optional('ARR', read.arr === undefined ? writtenValue(read.props, 'arr') : formatMoney(read.arr)),
        optional('employees', employees === undefined ? undefined : read.stage ? `${employees} (${read.stage} stage)` : employees),
        optional('ACV', read.acv === undefined ? writtenValue(read.props, 'acv') : formatMoney(read.acv)),
        optional('RevOps', read.revops),
        optional('products', writtenValue(read.props, 'products')),
    ]);
}

function summarizeTeam(team: Team, facts: RevorgFacts): string {
    const read = facts.team(team);
    const roles = facts.rolesOf(team);
    const headcount = roles.reduce((sum, role) => sum + (facts.role(role)?.headcount ?? 0), 0);
    return render(team, read?.function, [
        ['lead', nameOf(read?.lead)],
        ['roles', names(roles)],
        ['headcount', String(headcount)],
    ]);
}

function summarizeRole(role: Role, facts: RevorgFacts): string {
    const read = facts.role(role);
    if (!read) return header(role, undefined);
    return render(role, read.kind, [
        optional('team', read.team && nameOf(read.team)),
        ['reports to', nameOf(read.manager, 'nobody (top of the reporting line)')],
        ['direct reports', names(read.directReports)],
        ['headcount', `${read.headcount}${SEPARATOR}${beneathPhrase(facts.headcountBeneath(role))}`],
        optional('motion', read.motion),
        ['KPIs', names(read.kpis)],
    ]);
}

function summarizeDefinition(definition: Definition, facts: RevorgFacts): string {
    const read = facts.definition(definition);
    if (!read) return header(definition, undefined);
    const criterion = (key: string): Line | undefined => {
        const text = read.criteria.get(key);
        return text === undefined ? undefined : [key, escapeMarkdown(text)];
    };
    const owner = read.props.get('owner');
    const ownerRef = owner?.$type === 'DefinitionOwnerProperty' ? owner.value?.ref : undefined;
    const triggers = facts.handoffsTriggeredBy(definition);
    return render(definition, read.stage, [
        optional('owner', ownerRef && nameOf(ownerRef)),
        criterion('title'),
        criterion('fit'),
        criterion('engagement'),
        optional('triggers', triggers.length > 0 ? names(triggers) : undefined),
    ]);
}

function summarizeIcp(icp: Icp, facts: RevorgFacts): string {
    const read = facts.icp(icp);
    if (!read) return header(icp, undefined);
    const criteria = read.props.get('criteria');
    const texts = criteria?.$type === 'CriteriaProperty' ? criteria.values.map(text => escapeMarkdown(text)) : [];
    return render(icp, undefined, [
        ['owners', names(read.owners)],
        ['criteria', list(texts)],
    ]);
}

function summarizeHandoff(handoff: Handoff, facts: RevorgFacts): string {
    const read = facts.handoff(handoff);
    if (!read) return header(handoff, undefined);
    const slaLines: Line[] = read.slas.length === 0
        ? [['SLA', 'no SLA']]
        : read.slas.map(sla => ['SLA', `${slaTermsText(allTerms(sla))} (${nameOf(sla.node)})`]);
    return render(handoff, undefined, [
        ['flow', `${nameOf(read.from, '?')} → ${nameOf(read.to, '?')}`],
        optional('trigger', read.trigger && nameOf(read.trigger)),
        ['owner', nameOf(read.owner)],
        ...slaLines,
    ]);
}

function slaTermsText(terms: readonly string[]): string {
    return terms.length > 0 ? terms.join(SEPARATOR) : 'no terms';
}

function summarizeSla(sla: Sla, facts: RevorgFacts): string {
    const read = facts.sla(sla);
    if (!read) return header(sla, undefined);
    const handoff = read.handoff && facts.handoff(read.handoff);
    const flow = handoff ? ` (${nameOf(handoff.from, '?')} → ${nameOf(handoff.to, '?')})` : '';
    return render(sla, undefined, [
        ['handoff', `${nameOf(read.handoff)}${flow}`],
        ['terms', slaTermsText(allTerms(read))],
        optional('auditor', read.auditor && nameOf(read.auditor)),
    ]);
}

function summarizeKpi(kpi: Kpi, facts: RevorgFacts): string {
    const read = facts.kpi(kpi);
    if (!read) return header(kpi, undefined);
    return render(kpi, read.measures, [
        ['owners', names(read.owners)],
        optional('target', writtenValue(read.props, 'target')),
        optional('period', read.period),
    ]);
}

function summarizeCadence(cadence: Cadence, facts: RevorgFacts): string {
    const read = facts.cadence(cadence);
    if (!read) return header(cadence, undefined);
    return render(cadence, read.purpose, [
        optional('every', read.every),
        optional('duration', writtenValue(read.props, 'duration')),
        ['attendees', names(read.attendees)],
    ]);
}

function summarizePod(pod: Pod, facts: RevorgFacts): string {
    const read = facts.pod(pod);
    if (!read) return header(pod, undefined);
    const headcount = read.members.reduce((sum, member) => sum + member.count, 0);
    return render(pod, undefined, [
        optional('segment', read.segment && nameOf(read.segment)),
        ['lead', nameOf(read.lead)],
        ['members', list(read.members.map(member => `${nameOf(member.role)} ×${member.count}`))],
        ['headcount', countOf(headcount, 'person', 'people')],
    ]);
}

function summarizeSegment(segment: Segment, facts: RevorgFacts): string {
    const read = facts.segment(segment);
    if (!read) return header(segment, undefined);
    const pods = facts.podsIn(segment);
    return render(segment, read.model, [
        optional('ACV', read.acv === undefined ? writtenValue(read.props, 'acv') : formatMoney(read.acv)),
        optional('development', read.development),
        optional('pods', pods.length > 0 ? names(pods) : undefined),
    ]);
}
