/**
 * The model facts: everything the rules need to know about a model, computed in one pass over
 * all its documents per build. Rules read these views and never walk the workspace themselves.
 */
import type { AstNode, LangiumDocument } from 'langium';
import type {
    Cadence, Declaration, Definition, Development, Frequency, Handoff, Icp, Kpi, Measure, Model, Motion,
    Organization, OrgModel, Party, Pod, PodMember, Purpose, RevopsModel, Role, RoleKind, Segment, Sla, Stage, Team,
    TeamFunction,
} from '../generated/ast.js';
import { duplicatesOf, namesOf, type DeclarationNames } from './declaration-names.js';
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
    /** The KPIs in the role's own `kpis` list. */
    listedKpis: Kpi[];
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

/** Every declaration but the organization has a name. */
export type NamedDeclaration = Exclude<Declaration, Organization>;

/** A value that could not be read: reported by `invalid-value`. */
export interface ValueProblem {
    node: AstNode;
    message: string;
}

/**
 * What one document declares, read without following any reference: computed once per parse of
 * the document and cached (see RevorgFactsProvider), so an edit re-reads only the edited file.
 * Reference-valued fields of the views are filled by `computeFacts` on every build, from the current links.
 */
export interface DocumentFacts {
    /** The declarations in text order. */
    declarations: readonly Declaration[];
    organizations: readonly Organization[];
    /** The first organization of the document, with its values read. */
    organization?: OrganizationFacts;
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
    valueProblems: readonly ValueProblem[];
}

/** The whole model: every document's facts, plus what only the whole model can tell. */
export interface RevorgFacts extends DocumentFacts {
    documents: readonly LangiumDocument[];
    /** The organization the rules read: the first in model order. */
    organization?: OrganizationFacts;
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
    /** The declaration with this name (the first in model order when the name is taken twice). */
    declarationNamed(name: string): Declaration | undefined;
    /** Declarations whose name an earlier one (in model order) already has, with that earlier one. */
    duplicates: ReadonlyArray<{ declaration: NamedDeclaration; first: NamedDeclaration }>;
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
    const resolved: T[] = [];
    const references = (props.get(key) as WithValues | undefined)?.values as Array<{ ref?: T }> | undefined;
    if (references) {
        for (const reference of references) {
            const target = reference.ref;
            if (target) resolved.push(target);
        }
    }
    return resolved;
}

/**
 * Each view is reachable from its AST node through a symbol-keyed property (invisible to Langium,
 * which walks string keys), so the per-build join needs no node-to-view maps: the views live as
 * long as the parse that made them.
 */
const VIEW = Symbol('revorg.facts.view');
type WithView = { [VIEW]?: unknown };

function attachView<T>(node: AstNode, view: T): T {
    (node as WithView)[VIEW] = view;
    return view;
}

function viewOf<T>(node: AstNode): T | undefined {
    return (node as WithView)[VIEW] as T | undefined;
}

/** A role view's position in the roles of the current build, so the cycle search needs no map. */
const POSITION = Symbol('revorg.facts.position');
type Positioned = { [POSITION]: number };

/** Sorts documents into model order: by path. */
export function modelOrder(documents: Iterable<LangiumDocument>): LangiumDocument[] {
    return [...documents].sort((a, b) => (a.uri.path < b.uri.path ? -1 : a.uri.path > b.uri.path ? 1 : 0));
}

/** Reads one document's declarations: values parsed, references left to getters. */
export function computeDocumentFacts(document: LangiumDocument): DocumentFacts {
    const model = document.parseResult?.value as Model | undefined;
    const declarations: Declaration[] = [...(model?.declarations ?? [])];

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

    const facts = {
        declarations, valueProblems, organization: undefined as OrganizationFacts | undefined,
        organizations: [] as Organization[], teams: [] as TeamFacts[], roles: [] as RoleFacts[],
        definitions: [] as DefinitionFacts[], icps: [] as IcpFacts[], handoffs: [] as HandoffFacts[], slas: [] as SlaFacts[],
        kpis: [] as KpiFacts[], cadences: [] as CadenceFacts[], pods: [] as PodFacts[], segments: [] as SegmentFacts[],
    };

    for (const declaration of declarations) {
        const props = propertiesByKey(declaration);
        switch (declaration.$type) {
            case 'Organization': {
                facts.organizations.push(declaration);
                const organization: OrganizationFacts = {
                    node: declaration,
                    props,
                    arr: read(props, 'arr', parseMoney),
                    employees: read(props, 'employees', parseCount),
                    acv: read(props, 'acv', parseMoney),
                    model: valueOf(props, 'model'),
                    revops: valueOf(props, 'revops'),
                    products: read(props, 'products', parseCount),
                };
                if (organization.employees !== undefined) organization.stage = stageOf(organization.employees);
                facts.organization ??= organization;
                break;
            }
            case 'Team': {
                const fn = valueOf<TeamFunction>(props, 'function');
                facts.teams.push(attachView(declaration, { node: declaration, props, function: fn, lead: undefined, side: sideOfFunction(fn) }));
                break;
            }
            case 'Role': {
                const kind = valueOf<RoleKind>(props, 'kind');
                facts.roles.push(attachView(declaration, {
                    node: declaration,
                    props,
                    kind,
                    team: undefined,
                    manager: undefined,
                    headcount: read(props, 'headcount', parseCount) ?? 1,
                    motion: valueOf(props, 'motion'),
                    // Every per-build field exists from the start, so the views keep one shape (fast property access).
                    side: undefined,
                    tier: tierOf(kind),
                    listedKpis: [],
                    kpis: [],
                    directReports: [],
                    [POSITION]: -1,
                }));
                break;
            }
            case 'Definition': {
                const criteria = new Map<string, string>();
                for (const key of ['title', 'fit', 'engagement']) {
                    const text = valueOf<string>(props, key);
                    if (text !== undefined) criteria.set(key, text);
                }
                facts.definitions.push({ node: declaration, props, stage: valueOf(props, 'stage'), criteria });
                break;
            }
            case 'Icp':
                facts.icps.push({ node: declaration, props, owners: [] });
                break;
            case 'Handoff':
                facts.handoffs.push(attachView(declaration, {
                    node: declaration,
                    props,
                    from: undefined,
                    to: undefined,
                    trigger: undefined,
                    owner: undefined,
                    slas: [],
                }));
                break;
            case 'Sla':
                facts.slas.push({
                    node: declaration,
                    props,
                    handoff: undefined,
                    within: read(props, 'within', parseDuration),
                    touches: read(props, 'touches', parseCount),
                    volume: read(props, 'volume', parseCount),
                    audit: valueOf(props, 'audit'),
                    auditor: undefined,
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
                facts.kpis.push(attachView(declaration, { node: declaration, props, measures, owners: [], target, period: valueOf(props, 'period') }));
                break;
            }
            case 'Cadence':
                read(props, 'duration', parseDuration);
                facts.cadences.push({ node: declaration, props, purpose: valueOf(props, 'purpose'), every: valueOf(props, 'every'), attendees: [] });
                break;
            case 'Pod': {
                const membersProperty = props.get('members');
                if (membersProperty?.$type === 'MembersProperty') {
                    for (const member of membersProperty.values) {
                        if (member.multiplier !== undefined && !POD_MULTIPLIER.test(member.multiplier)) {
                            valueProblems.push({ node: member, message: `Invalid pod member multiplier '${member.multiplier}': write the role and how many, like \`${member.role?.$refText ?? 'AE'} x2\`.` });
                        }
                    }
                }
                facts.pods.push({ node: declaration, props, segment: undefined, lead: undefined, members: [] });
                break;
            }
            case 'Segment':
                facts.segments.push({
                    node: declaration,
                    props,
                    acv: read(props, 'acv', parseMoney),
                    model: valueOf(props, 'model'),
                    development: valueOf(props, 'development'),
                });
                break;
        }
    }
    return facts;
}

/** How many of a pod member's role the pod has: `x2`, x1 when omitted (or unreadable). */
function memberCount(member: PodMember): number {
    const match = member.multiplier === undefined ? undefined : POD_MULTIPLIER.exec(member.multiplier);
    return match ? Number(match[1]) : 1;
}

/**
 * The model facts of all documents, in model order. `documentFacts` supplies each document's own
 * facts (cached by the caller); this pass only joins them and works out what crosses documents:
 * reporting lines, sides, KPIs per role, SLAs per handoff, list references, cycles.
 */
/**
 * Fills the reference-valued fields of one document's views from its current links. Needed after
 * each time Langium (re)links the document; a document that was not relinked still points at the
 * same targets, so the caller may skip it (see RevorgFactsProvider).
 */
export function resolveDocumentReferences(facts: DocumentFacts): void {
    for (const team of facts.teams) team.lead = refOf(team.props, 'lead');
    for (const role of facts.roles) {
        role.team = refOf(role.props, 'team');
        role.manager = refOf(role.props, 'reportsTo');
        role.listedKpis = refsOf(role.props, 'kpis');
    }
    for (const handoff of facts.handoffs) {
        handoff.from = refOf(handoff.props, 'from');
        handoff.to = refOf(handoff.props, 'to');
        handoff.trigger = refOf(handoff.props, 'trigger');
        handoff.owner = refOf(handoff.props, 'owner');
    }
    for (const sla of facts.slas) {
        sla.handoff = refOf(sla.props, 'handoff');
        sla.auditor = refOf(sla.props, 'auditor');
    }
    for (const kpi of facts.kpis) kpi.owners = refsOf(kpi.props, 'owners');
    for (const icp of facts.icps) icp.owners = refsOf(icp.props, 'owners');
    for (const cadence of facts.cadences) cadence.attendees = refsOf(cadence.props, 'attendees');
    for (const pod of facts.pods) {
        pod.segment = refOf(pod.props, 'segment');
        pod.lead = refOf(pod.props, 'lead');
        const membersProperty = pod.props.get('members');
        pod.members = membersProperty?.$type === 'MembersProperty'
            ? membersProperty.values.flatMap(member => (member.role?.ref ? [{ role: member.role.ref, count: memberCount(member) }] : []))
            : [];
    }
}

/** One document's facts with their references resolved: for a single, uncached build. */
function resolvedDocumentFacts(document: LangiumDocument): DocumentFacts {
    const facts = computeDocumentFacts(document);
    resolveDocumentReferences(facts);
    return facts;
}

/**
 * The model facts of all documents, in model order. `documentFacts` supplies each document's own
 * facts with their references resolved (cached by the caller); this pass only joins them and works
 * out what crosses documents: reporting lines, sides, KPIs per role, SLAs per handoff, cycles.
 * `names`, the declarations by name kept up to date by the caller, is read if given.
 */
export function computeFacts(
    documents: readonly LangiumDocument[],
    documentFacts: (document: LangiumDocument) => DocumentFacts = resolvedDocumentFacts,
    names?: DeclarationNames,
): RevorgFacts {
    const parts = documents.map(documentFacts);
    const all = <T>(pick: (part: DocumentFacts) => readonly T[]): T[] => {
        const joined: T[] = [];
        for (const part of parts) for (const item of pick(part)) joined.push(item);
        return joined;
    };
    const teams = all(part => part.teams);
    const roles = all(part => part.roles);
    const kpis = all(part => part.kpis);
    const handoffs = all(part => part.handoffs);
    const slas = all(part => part.slas);
    const teamOf = (node: Team) => viewOf<TeamFacts>(node);
    const roleOf = (node: Role) => viewOf<RoleFacts>(node);

    // What crosses documents is worked out again on every build, from the resolved fields. The
    // views outlive builds, so their lists are emptied and refilled rather than replaced: new
    // arrays in 10,000 long-lived views per edit would cost the garbage collector more than the join.
    for (let position = 0; position < roles.length; position++) {
        const role = roles[position];
        (role as RoleFacts & Positioned)[POSITION] = position;
        refill(role.kpis, role.listedKpis);
        role.directReports.length = 0;
        role.side = role.team ? teamOf(role.team)?.side : undefined;
    }
    for (const role of roles) {
        if (role.manager) roleOf(role.manager)?.directReports.push(role.node);
    }
    for (const kpi of kpis) {
        for (const owner of kpi.owners) {
            const role = owner.$type === 'Role' ? roleOf(owner) : undefined;
            if (role && !role.kpis.includes(kpi.node)) role.kpis.push(kpi.node);
        }
    }
    for (const handoff of handoffs) handoff.slas.length = 0;
    for (const sla of slas) {
        if (sla.handoff) viewOf<HandoffFacts>(sla.handoff)?.slas.push(sla);
    }

    const declarations = all(part => part.declarations);
    const declared = names ?? namesOf(declarations);

    const sideOf = (party: Party | undefined): Side | undefined => {
        if (!party) return undefined;
        return party.$type === 'Team' ? teamOf(party)?.side : roleOf(party)?.side;
    };

    return {
        documents,
        declarations,
        organization: parts.find(part => part.organization)?.organization,
        organizations: all(part => part.organizations),
        teams,
        roles,
        definitions: all(part => part.definitions),
        icps: all(part => part.icps),
        handoffs,
        slas,
        kpis,
        cadences: all(part => part.cadences),
        pods: all(part => part.pods),
        segments: all(part => part.segments),
        valueProblems: all(part => part.valueProblems),
        team: teamOf,
        role: roleOf,
        kpi: node => viewOf<KpiFacts>(node),
        sideOf,
        spansBothSides: parties => {
            const sides = new Set(parties.map(sideOf));
            return sides.has('marketing') && sides.has('sales');
        },
        bothSides: teams.some(team => team.side === 'marketing') && teams.some(team => team.side === 'sales'),
        cycleRoles: findReportingCycles(roles),
        declarationNamed: name => declared.declarationsNamed(name)[0],
        duplicates: duplicatesOf(declared),
    };
}

/** Overwrites the list in place: emptying it first would drop its storage, and refilling allocate it again. */
function refill<T>(list: T[], items: readonly T[]): void {
    for (let i = 0; i < items.length; i++) list[i] = items[i];
    list.length = items.length;
}

/**
 * Roles on a `reportsTo` cycle: each role is walked up its chain once, over arrays indexed like
 * `roles` (no per-step map lookups), so this stays linear and cheap at 10k roles. Each view knows
 * its position in `roles` (set by the join), so the arrays need no map from view to position.
 */
function findReportingCycles(roles: readonly RoleFacts[]): Set<Role> {
    const managerIndex = new Int32Array(roles.length).fill(-1);
    roles.forEach((role, index) => {
        const manager = role.manager && viewOf<RoleFacts & Positioned>(role.manager);
        if (manager && roles[manager[POSITION]] === manager) managerIndex[index] = manager[POSITION];
    });
    const WALKING = 1;
    const DONE = 2;
    const state = new Uint8Array(roles.length);
    const onCycle = new Set<Role>();
    // The walk of one start: a preallocated array and its length, not an array emptied per start
    // (which would allocate its storage again for each of 10,000 roles).
    const path = new Int32Array(roles.length);
    for (let start = 0; start < roles.length; start++) {
        let length = 0;
        let current = start;
        while (current >= 0 && state[current] === 0) {
            state[current] = WALKING;
            path[length++] = current;
            current = managerIndex[current];
        }
        if (current >= 0 && state[current] === WALKING) {
            // The walk ran into itself: the cycle is the part of the path from `current` on.
            for (let i = path.lastIndexOf(current, length - 1); i < length; i++) onCycle.add(roles[path[i]].node);
        }
        for (let i = 0; i < length; i++) state[path[i]] = DONE;
    }
    return onCycle;
}
