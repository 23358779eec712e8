/**
 * The views of the model that rules, editor features and diagrams read: one per declaration, with
 * its values read and its references resolved, and the whole model's joins. Types only, plus the
 * link from an AST node to its view.
 */
import type { AstNode, LangiumDocument } from 'langium';
import type {
    Cadence, Declaration, Definition, Development, Frequency, Handoff, Icp, Kpi, KpiOwner, Measure, Motion,
    Organization, OrgModel, Party, Placement, Pod, PodMember, Purpose, RevopsModel, Role, RoleKind, Segment, Sla, Stage, Team,
    TeamFunction,
} from '../../generated/ast.js';
import type { AnyProperty } from '../properties.js';
import type { CompanyStage, Side } from '../terms.js';
import type { ValueKind } from '../values.js';

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
    /** Dotted-line managers: not part of the reporting chain. */
    dottedTo: Role[];
    /** The teams, segments and pods the role is embedded in. */
    embeddedIn: Placement[];
    segment?: Segment;
    headcount: number;
    motion?: Motion;
    /** Its `motion`, or the one its kind implies (an AE hunts, an AM or a CSM farms). */
    impliedMotion?: Motion;
    /** Its team's side, or without a team the side of its kind. */
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
    /** The team or role that owns the definition. */
    owner?: Party;
    /** The written criteria by key (`title`, `fit`, `engagement`). */
    criteria: Map<string, string>;
}

export interface IcpFacts {
    node: Icp;
    props: Map<string, AnyProperty>;
    owners: Party[];
    /** The written `criteria`, in order. */
    criteria: string[];
}

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
    owners: KpiOwner[];
    target?: { kind: ValueKind; value: number };
    /** The latest measured value (same kind as the target). */
    actual?: { kind: ValueKind; value: number };
    period?: Frequency;
}

export interface CadenceFacts {
    node: Cadence;
    props: Map<string, AnyProperty>;
    purpose?: Purpose;
    every?: Frequency;
    /** Minutes. */
    duration?: number;
    attendees: Party[];
}

export interface PodFacts {
    node: Pod;
    props: Map<string, AnyProperty>;
    segment?: Segment;
    lead?: Role;
    /** Members with their multiplier (x1 when omitted), unresolved ones left out. */
    members: Array<{ role: Role; count: number; node: PodMember }>;
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
    definition(node: Definition): DefinitionFacts | undefined;
    icp(node: Icp): IcpFacts | undefined;
    handoff(node: Handoff): HandoffFacts | undefined;
    sla(node: Sla): SlaFacts | undefined;
    cadence(node: Cadence): CadenceFacts | undefined;
    pod(node: Pod): PodFacts | undefined;
    segment(node: Segment): SegmentFacts | undefined;
    /** The roles whose `team` is this team, in model order. */
    rolesOf(team: Team): readonly Role[];
    /** The handoffs whose `trigger` is this definition, in model order. */
    handoffsTriggeredBy(definition: Definition): readonly Handoff[];
    /** The pods whose `segment` is this segment, in model order. */
    podsIn(segment: Segment): readonly Pod[];
    /** The KPIs whose `owners` name this team, role or pod, in model order. */
    kpisOwnedBy(owner: KpiOwner): readonly Kpi[];
    /** The pods whose `members` list this role, in model order. */
    podsStaffedBy(role: Role): readonly Pod[];
    /** How many managers are above the role on its reporting chain (a cycle ends the chain). */
    reportingDepth(role: Role): number;
    /**
     * The summed headcount of every role beneath this one in the reporting line (its own excluded).
     * Undefined for a role on a reporting cycle, where "beneath" has no end.
     */
    headcountBeneath(role: Role): number | undefined;
    /** The side a team or role is on: its own function, or its team's, or its kind's. Other declarations have none. */
    sideOf(node: Declaration | undefined): Side | undefined;
    /**
     * The sides a team or role counts for in the rules about both sides working together: its side,
     * and both for a revenue generalist without a team (one person doing marketing and sales work).
     */
    sidesOf(node: Declaration | undefined): ReadonlySet<Side>;
    /** Some of the declarations count for the marketing side and some for the sales side. */
    spansBothSides(nodes: readonly Declaration[]): boolean;
    /** The model has teams or roles on both sides (003 writes about the functions, not about how a file groups them). */
    bothSides: boolean;
    /** Roles whose `reportsTo` chain comes back to themselves. */
    cycleRoles: ReadonlySet<Role>;
    /** The declaration with this name (the first in model order when the name is taken twice). */
    declarationNamed(name: string): Declaration | undefined;
    /** Declarations whose name an earlier one (in model order) already has, with that earlier one. */
    duplicates: ReadonlyArray<{ declaration: NamedDeclaration; first: NamedDeclaration }>;
}

/**
 * Each view is reachable from its AST node through a symbol-keyed property (invisible to Langium,
 * which walks string keys), so lookups and joins need no node-to-view maps: the views live as long
 * as the parse that made them.
 */
const VIEW = Symbol('revorg.facts.view');
type WithView = { [VIEW]?: unknown };

export function attachView<T>(node: AstNode, view: T): T {
    (node as WithView)[VIEW] = view;
    return view;
}

export function viewOf<T>(node: AstNode): T | undefined {
    return (node as WithView)[VIEW] as T | undefined;
}

/** A role view's position in the roles of the current build (set by the join), so walks over roles need no map. */
export const POSITION = Symbol('revorg.facts.position');
export type Positioned = { [POSITION]: number };
