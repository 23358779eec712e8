/**
 * The model facts: everything the rules need to know about a model, computed in one pass over
 * all its documents per build. Rules read these views and never walk the workspace themselves.
 */
import type { AstNode, LangiumDocument } from 'langium';
import type {
    Cadence, Declaration, Definition, Development, Frequency, Handoff, Icp, Kpi, Measure, Model, Motion,
    Organization, OrgModel, Party, Pod, Purpose, RevopsModel, Role, RoleKind, Segment, Sla, Stage, Team,
    TeamFunction,
} from '../generated/ast.js';
import { propertiesByKey, type AnyProperty } from './properties.js';
import { sideOfFunction, stageOf, tierOf, type CompanyStage, type Side } from './terms.js';
import { parseAnyOf, parseCount, parseDuration, parseMoney, type ValueKind, type ValueResult } from './values.js';

export interface OrganizationFacts {
    node: Organization;
    props: Map<string, AnyProperty>;
    arr?: number;
    employees?: number;
    acv?: number;
    model?: OrgModel;
    revops?: RevopsModel;
    products?: number;
    stage?: CompanyStage;
}

export interface TeamFacts {
    node: Team;
    props: Map<string, AnyProperty>;
    function?: TeamFunction;
    lead?: Role;
    side?: Side;
}

export interface RoleFacts {
    node: Role;
    props: Map<string, AnyProperty>;
    kind?: RoleKind;
    team?: Team;
    manager?: Role;
    headcount: number;
    motion?: Motion;
    side?: Side;
    tier?: number;
    /** The KPIs in the role's `kpis` list plus every KPI whose `owners` names the role. */
    kpis: Kpi[];
    directReports: Role[];
}

export interface DefinitionFacts {
    node: Definition;
    props: Map<string, AnyProperty>;
    stage?: Stage;
    /** The written criteria by key (`title`, `fit`, `engagement`). */
    criteria: Map<string, string>;
}

export interface IcpFacts { node: Icp; props: Map<string, AnyProperty>; owners: Team[] }

export interface HandoffFacts {
    node: Handoff;
    props: Map<string, AnyProperty>;
    from?: Party;
    to?: Party;
    trigger?: Definition;
    owner?: Role;
    slas: SlaFacts[];
}

export interface SlaFacts {
    node: Sla;
    props: Map<string, AnyProperty>;
    handoff?: Handoff;
    within?: number;
    touches?: number;
    volume?: number;
    audit?: Frequency;
    auditor?: Role;
}

export interface KpiFacts {
    node: Kpi;
    props: Map<string, AnyProperty>;
    measures?: Measure;
    owners: Party[];
    target?: { kind: ValueKind; value: number };
    period?: Frequency;
}

export interface CadenceFacts {
    node: Cadence;
    props: Map<string, AnyProperty>;
    purpose?: Purpose;
    every?: Frequency;
    attendees: Party[];
}

export interface PodFacts {
    node: Pod;
    props: Map<string, AnyProperty>;
    segment?: Segment;
    lead?: Role;
    /** Members with their multiplier (x1 when omitted), unresolved ones left out. */
    members: Array<{ role: Role; count: number }>;
}

export interface SegmentFacts {
    node: Segment;
    props: Map<string, AnyProperty>;
    acv?: number;
    model?: OrgModel;
    development?: Development;
}

/** A value that could not be read: reported by `invalid-value`. */
export interface ValueProblem {
    node: AstNode;
    message: string;
}

export interface RevorgFacts {
    documents: readonly LangiumDocument[];
    /** Every declaration in model order: documents sorted by path, declarations in text order. */
    declarations: readonly Declaration[];
    /** The organization the rules read: the first in model order. */
    organization?: OrganizationFacts;
    organizations: readonly Organization[];
    teams: readonly TeamFacts[];
    roles: readonly RoleFacts[];
    definitions: readonly DefinitionFacts[];
    icps: readonly IcpFacts[];
    handoffs: readonly HandoffFacts[];
    slas: readonly SlaFacts[];
    kpis: readonly KpiFacts[];
    cadences: readonly CadenceFacts[];
    pods: readonly PodFacts[];
    segments: readonly SegmentFacts[];
    team(node: Team): TeamFacts | undefined;
    role(node: Role): RoleFacts | undefined;
    kpi(node: Kpi): KpiFacts | undefined;
    /** The side a team or role is on: its own function, or its team's. */
    sideOf(party: Party | undefined): Side | undefined;
    /** Some of the parties are on the marketing side and some on the sales side. */
    spansBothSides(parties: readonly Party[]): boolean;
    /** Both a marketing-function and a sales-function team exist. */
    bothSides: boolean;
    /** Roles whose `reportsTo` chain comes back to themselves. */
    cycleRoles: ReadonlySet<Role>;
    valueProblems: readonly ValueProblem[];
}

/** Which kinds of value a KPI's target may be, by what it measures. */
const TARGET_KINDS: Record<Measure, readonly ValueKind[]> = {
    'net-new-arr': ['money'],
    'new-logos': ['count'],
    'nrr': ['percent'],
    'expansion': ['percent', 'money'],
    'churn': ['percent', 'money'],
    'pipeline': ['money'],
    'pipeline-contribution': ['money', 'percent'],
    'handoff-rate': ['percent'],
    'speed-to-lead': ['duration'],
    'conversion': ['percent'],
    'win-rate': ['percent'],
    'quota-attainment': ['percent'],
    'activation': ['percent'],
    'cac': ['money'],
    'meetings': ['count'],
    'mqls': ['count'],
    'other': ['money', 'count', 'percent', 'duration'],
};

/** Retention and expansion are routinely above 100% (120% NRR is normal); nothing else is. */
const UNBOUNDED_PERCENT_MEASURES: ReadonlySet<Measure> = new Set(['nrr', 'expansion']);

const POD_MULTIPLIER = /^x([1-9]\d*)$/;

type WithValue = { value?: unknown };
type WithValues = { values?: unknown[] };

function valueOf<T>(props: Map<string, AnyProperty>, key: string): T | undefined {
    return (props.get(key) as WithValue | undefined)?.value as T | undefined;
}

function refOf<T extends AstNode>(props: Map<string, AnyProperty>, key: string): T | undefined {
    const reference = (props.get(key) as WithValue | undefined)?.value as { ref?: T } | undefined;
    return reference?.ref;
}

function refsOf<T extends AstNode>(props: Map<string, AnyProperty>, key: string): T[] {
    const references = ((props.get(key) as WithValues | undefined)?.values ?? []) as Array<{ ref?: T }>;
    return references.flatMap(reference => (reference.ref ? [reference.ref] : []));
}

/** Sorts documents into model order: by path. */
export function modelOrder(documents: Iterable<LangiumDocument>): LangiumDocument[] {
    return [...documents].sort((a, b) => (a.uri.path < b.uri.path ? -1 : a.uri.path > b.uri.path ? 1 : 0));
}

export function computeFacts(documents: readonly LangiumDocument[]): RevorgFacts {
    const declarations: Declaration[] = [];
    for (const document of documents) {
        const model = document.parseResult?.value as Model | undefined;
        for (const declaration of model?.declarations ?? []) declarations.push(declaration);
    }

    const valueProblems: ValueProblem[] = [];
    const read = (props: Map<string, AnyProperty>, key: string, parse: (text: string) => ValueResult): number | undefined => {
        const property = props.get(key);
        const text = (property as WithValue | undefined)?.value;
        if (!property || typeof text !== 'string') return undefined;
        const result = parse(text);
        if (result.ok) return result.value.value;
        valueProblems.push({ node: property, message: `Invalid \`${key}\`: ${result.problem}.` });
        return undefined;
    };

    const organizations: Organization[] = [];
    const teams: TeamFacts[] = [];
    const roles: RoleFacts[] = [];
    const definitions: DefinitionFacts[] = [];
    const icps: IcpFacts[] = [];
    const handoffs: HandoffFacts[] = [];
    const slas: SlaFacts[] = [];
    const kpis: KpiFacts[] = [];
    const cadences: CadenceFacts[] = [];
    const pods: PodFacts[] = [];
    const segments: SegmentFacts[] = [];
    let organization: OrganizationFacts | undefined;

    for (const declaration of declarations) {
        const props = propertiesByKey(declaration);
        switch (declaration.$type) {
            case 'Organization': {
                organizations.push(declaration);
                const facts: OrganizationFacts = {
                    node: declaration,
                    props,
                    arr: read(props, 'arr', parseMoney),
                    employees: read(props, 'employees', parseCount),
                    acv: read(props, 'acv', parseMoney),
                    model: valueOf(props, 'model'),
                    revops: valueOf(props, 'revops'),
                    products: read(props, 'products', parseCount),
                };
                if (facts.employees !== undefined) facts.stage = stageOf(facts.employees);
                organization ??= facts;
                break;
            }
            case 'Team':
                teams.push({ node: declaration, props, function: valueOf(props, 'function'), lead: refOf(props, 'lead') });
                break;
            case 'Role':
                roles.push({
                    node: declaration,
                    props,
                    kind: valueOf(props, 'kind'),
                    team: refOf(props, 'team'),
                    manager: refOf(props, 'reportsTo'),
                    headcount: read(props, 'headcount', parseCount) ?? 1,
                    motion: valueOf(props, 'motion'),
                    kpis: refsOf(props, 'kpis'),
                    directReports: [],
                });
                break;
            case 'Definition': {
                const criteria = new Map<string, string>();
                for (const key of ['title', 'fit', 'engagement']) {
                    const text = valueOf<string>(props, key);
                    if (text !== undefined) criteria.set(key, text);
                }
                definitions.push({ node: declaration, props, stage: valueOf(props, 'stage'), criteria });
                break;
            }
            case 'Icp':
                icps.push({ node: declaration, props, owners: refsOf(props, 'owners') });
                break;
            case 'Handoff':
                handoffs.push({
                    node: declaration,
                    props,
                    from: refOf(props, 'from'),
                    to: refOf(props, 'to'),
                    trigger: refOf(props, 'trigger'),
                    owner: refOf(props, 'owner'),
                    slas: [],
                });
                break;
            case 'Sla':
                slas.push({
                    node: declaration,
                    props,
                    handoff: refOf(props, 'handoff'),
                    within: read(props, 'within', parseDuration),
                    touches: read(props, 'touches', parseCount),
                    volume: read(props, 'volume', parseCount),
                    audit: valueOf(props, 'audit'),
                    auditor: refOf(props, 'auditor'),
                });
                break;
            case 'Kpi': {
                const measures = valueOf<Measure>(props, 'measures');
                const kinds = measures ? TARGET_KINDS[measures] : TARGET_KINDS.other;
                const percentMax = measures && UNBOUNDED_PERCENT_MEASURES.has(measures) ? Infinity : 100;
                let target: KpiFacts['target'];
                read(props, 'target', text => {
                    const result = parseAnyOf(text, kinds, percentMax);
                    if (result.ok) target = { kind: result.value.kind, value: result.value.value };
                    else if (measures) return { ok: false, problem: `${result.problem} for a KPI that measures ${measures}` };
                    return result;
                });
                kpis.push({ node: declaration, props, measures, owners: refsOf(props, 'owners'), target, period: valueOf(props, 'period') });
                break;
            }
            case 'Cadence':
                read(props, 'duration', parseDuration);
                cadences.push({
                    node: declaration,
                    props,
                    purpose: valueOf(props, 'purpose'),
                    every: valueOf(props, 'every'),
                    attendees: refsOf(props, 'attendees'),
                });
                break;
            case 'Pod': {
                const members: PodFacts['members'] = [];
                const membersProperty = props.get('members');
                if (membersProperty?.$type === 'MembersProperty') {
                    for (const member of membersProperty.values) {
                        let count = 1;
                        if (member.multiplier !== undefined) {
                            const match = POD_MULTIPLIER.exec(member.multiplier);
                            if (match) count = Number(match[1]);
                            else valueProblems.push({ node: member, message: `Invalid pod member multiplier '${member.multiplier}': write the role and how many, like \`${member.role?.$refText ?? 'AE'} x2\`.` });
                        }
                        if (member.role?.ref) members.push({ role: member.role.ref, count });
                    }
                }
                pods.push({ node: declaration, props, segment: refOf(props, 'segment'), lead: refOf(props, 'lead'), members });
                break;
            }
            case 'Segment':
                segments.push({
                    node: declaration,
                    props,
                    acv: read(props, 'acv', parseMoney),
                    model: valueOf(props, 'model'),
                    development: valueOf(props, 'development'),
                });
                break;
        }
    }

    const teamByNode = new Map(teams.map(team => [team.node, team]));
    for (const team of teams) team.side = sideOfFunction(team.function);
    const roleByNode = new Map(roles.map(role => [role.node, role]));
    const kpiByNode = new Map(kpis.map(kpi => [kpi.node, kpi]));

    for (const role of roles) {
        role.side = role.team ? teamByNode.get(role.team)?.side : undefined;
        role.tier = tierOf(role.kind);
        if (role.manager) roleByNode.get(role.manager)?.directReports.push(role.node);
    }
    for (const kpi of kpis) {
        for (const owner of kpi.owners) {
            const role = owner.$type === 'Role' ? roleByNode.get(owner) : undefined;
            if (role && !role.kpis.includes(kpi.node)) role.kpis.push(kpi.node);
        }
    }
    const handoffByNode = new Map(handoffs.map(handoff => [handoff.node, handoff]));
    for (const sla of slas) if (sla.handoff) handoffByNode.get(sla.handoff)?.slas.push(sla);

    const sideOf = (party: Party | undefined): Side | undefined => {
        if (!party) return undefined;
        return party.$type === 'Team' ? teamByNode.get(party)?.side : roleByNode.get(party)?.side;
    };

    return {
        documents,
        declarations,
        organization,
        organizations,
        teams,
        roles,
        definitions,
        icps,
        handoffs,
        slas,
        kpis,
        cadences,
        pods,
        segments,
        team: node => teamByNode.get(node),
        role: node => roleByNode.get(node),
        kpi: node => kpiByNode.get(node),
        sideOf,
        spansBothSides: parties => {
            const sides = new Set(parties.map(sideOf));
            return sides.has('marketing') && sides.has('sales');
        },
        bothSides: teams.some(team => team.side === 'marketing') && teams.some(team => team.side === 'sales'),
        cycleRoles: findReportingCycles(roles, roleByNode),
        valueProblems,
    };
}

/** Roles on a `reportsTo` cycle, found with one walk per role and a colouring that keeps it linear. */
function findReportingCycles(roles: readonly RoleFacts[], roleByNode: Map<Role, RoleFacts>): Set<Role> {
    const onCycle = new Set<Role>();
    const state = new Map<Role, 'walking' | 'done'>();
    for (const start of roles) {
        const path: Role[] = [];
        let current: Role | undefined = start.node;
        while (current && !state.has(current)) {
            state.set(current, 'walking');
            path.push(current);
            current = roleByNode.get(current)?.manager;
        }
        if (current && state.get(current) === 'walking') {
            // The walk ran into itself: the cycle is the part of the path from `current` on.
            for (let i = path.indexOf(current); i < path.length; i++) onCycle.add(path[i]);
        }
        for (const role of path) state.set(role, 'done');
    }
    return onCycle;
}
