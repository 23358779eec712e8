/**
 * The model as data, read from the facts of a built model: nothing here reads the syntax tree's
 * properties or decides a side, a tier or a stage; the facts did that once for the rules.
 */
import { formatValue, FUNNEL_TIERS, type RevorgFacts } from '@revorg/language';
import type { AstNode } from 'langium';
import type { ModelLocator } from '../model-locator.js';
import { SCHEMA_BASE_URL } from '../schema-types.js';
import { MODEL_EXPORT_VERSION, type ModelExport } from './schema.js';

type Named = { name?: string } | undefined;

function nameOf(node: Named): string | null {
    return node?.name ? node.name : null;
}

function namesOf(nodes: readonly Named[]): string[] {
    const names: string[] = [];
    for (const node of nodes) if (node?.name) names.push(node.name);
    return names;
}

function measured(value: { kind: 'percent' | 'money' | 'count' | 'duration'; value: number } | undefined) {
    return value ? { kind: value.kind, value: value.value, text: formatValue(value.kind, value.value) } : null;
}

export function exportModel(facts: RevorgFacts, locator: ModelLocator): ModelExport {
    const where = (node: AstNode) => locator.locate(node);
    const organization = facts.organization;
    return {
        $schema: `${SCHEMA_BASE_URL}model.v${MODEL_EXPORT_VERSION}.json`,
        format: 'revorg-model',
        version: MODEL_EXPORT_VERSION,
        organization: organization ? {
            title: organization.node.title ?? '',
            arr: organization.arr ?? null,
            employees: organization.employees ?? null,
            acv: organization.acv ?? null,
            model: organization.model ?? null,
            revops: organization.revops ?? null,
            products: organization.products ?? null,
            stage: organization.stage ?? null,
            location: where(organization.node),
        } : null,
        headcount: facts.roles.reduce((sum, role) => sum + role.headcount, 0),
        teams: facts.teams.map(team => {
            const roles = facts.rolesOf(team.node);
            return {
                name: team.node.name,
                title: team.node.title ?? null,
                function: team.function ?? null,
                side: team.side ?? null,
                lead: nameOf(team.lead),
                roles: namesOf(roles),
                headcount: roles.reduce((sum, role) => sum + (facts.role(role)?.headcount ?? 0), 0),
                location: where(team.node),
            };
        }),
        roles: facts.roles.map(role => ({
            name: role.node.name,
            title: role.node.title ?? null,
            kind: role.kind ?? null,
            team: nameOf(role.team),
            function: (role.team && facts.team(role.team)?.function) ?? null,
            side: role.side ?? null,
            reportsTo: nameOf(role.manager),
            dottedTo: namesOf(role.dottedTo),
            embeddedIn: namesOf(role.embeddedIn),
            segment: nameOf(role.segment),
            headcount: role.headcount,
            headcountBeneath: facts.headcountBeneath(role.node) ?? null,
            directReports: namesOf(role.directReports),
            reportingDepth: facts.reportingDepth(role.node),
            motion: role.motion ?? null,
            impliedMotion: role.impliedMotion ?? null,
            tier: role.tier === undefined ? null : FUNNEL_TIERS[role.tier].name,
            kpis: namesOf(role.kpis),
            pods: namesOf(facts.podsStaffedBy(role.node)),
            location: where(role.node),
        })),
        definitions: facts.definitions.map(definition => ({
            name: definition.node.name,
            title: definition.node.title ?? null,
            stage: definition.stage ?? null,
            owner: nameOf(definition.owner),
            criteria: {
                title: definition.criteria.get('title') ?? null,
                fit: definition.criteria.get('fit') ?? null,
                engagement: definition.criteria.get('engagement') ?? null,
            },
            location: where(definition.node),
        })),
        icps: facts.icps.map(icp => ({
            name: icp.node.name,
            title: icp.node.title ?? null,
            owners: namesOf(icp.owners),
            criteria: icp.criteria,
            location: where(icp.node),
        })),
        handoffs: facts.handoffs.map(handoff => ({
            name: handoff.node.name,
            title: handoff.node.title ?? null,
            from: nameOf(handoff.from),
            to: nameOf(handoff.to),
            fromSide: facts.sideOf(handoff.from) ?? null,
            toSide: facts.sideOf(handoff.to) ?? null,
            trigger: nameOf(handoff.trigger),
            owner: nameOf(handoff.owner),
            slas: namesOf(handoff.slas.map(sla => sla.node)),
            location: where(handoff.node),
        })),
        slas: facts.slas.map(sla => ({
            name: sla.node.name,
            title: sla.node.title ?? null,
            handoff: nameOf(sla.handoff),
            within: sla.within ?? null,
            touches: sla.touches ?? null,
            volume: sla.volume ?? null,
            audit: sla.audit ?? null,
            auditor: nameOf(sla.auditor),
            location: where(sla.node),
        })),
        kpis: facts.kpis.map(kpi => ({
            name: kpi.node.name,
            title: kpi.node.title ?? null,
            measures: kpi.measures ?? null,
            owners: namesOf(kpi.owners),
            target: measured(kpi.target),
            actual: measured(kpi.actual),
            period: kpi.period ?? null,
            location: where(kpi.node),
        })),
        cadences: facts.cadences.map(cadence => ({
            name: cadence.node.name,
            title: cadence.node.title ?? null,
            purpose: cadence.purpose ?? null,
            every: cadence.every ?? null,
            duration: cadence.duration ?? null,
            attendees: namesOf(cadence.attendees),
            location: where(cadence.node),
        })),
        pods: facts.pods.map(pod => ({
            name: pod.node.name,
            title: pod.node.title ?? null,
            segment: nameOf(pod.segment),
            lead: nameOf(pod.lead),
            members: pod.members.filter(member => member.role.name).map(member => ({ role: member.role.name, count: member.count })),
            seats: pod.members.reduce((sum, member) => sum + member.count, 0),
            location: where(pod.node),
        })),
        segments: facts.segments.map(segment => ({
            name: segment.node.name,
            title: segment.node.title ?? null,
            acv: segment.acv ?? null,
            model: segment.model ?? null,
            development: segment.development ?? null,
            pods: namesOf(facts.podsIn(segment.node)),
            location: where(segment.node),
        })),
    };
}
