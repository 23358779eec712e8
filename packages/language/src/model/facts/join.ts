/**
 * The whole model: every document's facts joined in model order, and what only the whole model can
 * tell (reporting lines, sides, KPIs per role, SLAs per handoff, cycles, duplicate names). Each
 * document's own facts come from the caller, cached per parse and resolved per link (see
 * RevorgFactsProvider); this pass only joins them, once per build.
 */
import type { LangiumDocument } from 'langium';
import type { Declaration, Role, Team } from '../../generated/ast.js';
import { sideOfKind, type Side } from '../terms.js';
import { duplicatesOf, namesOf, type DeclarationNames } from './declaration-names.js';
import { lazyIndexes } from './indexes.js';
import { computeDocumentFacts } from './read-document.js';
import { resolveDocumentReferences } from './references.js';
import { findReportingCycles } from './reporting.js';
import { POSITION, viewOf, type DocumentFacts, type HandoffFacts, type Positioned, type RevorgFacts, type RoleFacts, type TeamFacts } from './views.js';

const BOTH_SIDES: ReadonlySet<Side> = new Set(['marketing', 'sales']);
const SINGLE_SIDE: Record<Side, ReadonlySet<Side>> = { marketing: new Set(['marketing']), sales: new Set(['sales']) };
const NO_SIDE: ReadonlySet<Side> = new Set();

/** Sorts documents into model order: by path. */
export function modelOrder(documents: Iterable<LangiumDocument>): LangiumDocument[] {
    return [...documents].sort((a, b) => (a.uri.path < b.uri.path ? -1 : a.uri.path > b.uri.path ? 1 : 0));
}

/** One document's facts with their references resolved: for a single, uncached build. */
function resolvedDocumentFacts(document: LangiumDocument): DocumentFacts {
    const facts = computeDocumentFacts(document);
    resolveDocumentReferences(facts);
    return facts;
}

/**
 * `names`, the declarations by name kept up to date by the caller (the workspace's name index), is
 * read if given; otherwise the names are gathered from the documents.
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
    const pods = all(part => part.pods);
    const teamOf = (node: Team) => viewOf<TeamFacts>(node);
    const roleOf = (node: Role) => viewOf<RoleFacts>(node);

    // What crosses documents is worked out again on every build, from the resolved fields. The
    // views outlive builds, so their lists are refilled rather than replaced: new arrays in 10,000
    // long-lived views per edit would cost the garbage collector more than the join itself.
    for (let position = 0; position < roles.length; position++) {
        const role = roles[position];
        (role as RoleFacts & Positioned)[POSITION] = position;
        refill(role.kpis, role.listedKpis);
        role.directReports.length = 0;
        role.side = role.team ? teamOf(role.team)?.side : sideOfKind(role.kind);
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
    const cycleRoles = findReportingCycles(roles);

    const sideOf = (node: Declaration | undefined): Side | undefined => {
        if (node?.$type === 'Team') return teamOf(node)?.side;
        if (node?.$type === 'Role') return roleOf(node)?.side;
        return undefined;
    };
    const sidesOf = (node: Declaration | undefined): ReadonlySet<Side> => {
        if (node?.$type === 'Role') {
            const role = roleOf(node);
            if (role?.kind === 'generalist' && !role.team) return BOTH_SIDES;
        }
        const side = sideOf(node);
        return side ? SINGLE_SIDE[side] : NO_SIDE;
    };
    /** Whether the nodes count for both sides: stops at the first node that completes the pair. */
    const coversBothSides = (nodes: Iterable<Declaration>): boolean => {
        let marketing = false;
        let sales = false;
        for (const node of nodes) {
            const sides = sidesOf(node);
            marketing ||= sides.has('marketing');
            sales ||= sides.has('sales');
            if (marketing && sales) return true;
        }
        return false;
    };
    function* teamsThenRoles(): Iterable<Declaration> {
        for (const team of teams) yield team.node;
        for (const role of roles) yield role.node;
    }

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
        pods,
        segments: all(part => part.segments),
        valueProblems: all(part => part.valueProblems),
        team: teamOf,
        role: roleOf,
        kpi: viewOf,
        definition: viewOf,
        icp: viewOf,
        handoff: viewOf,
        sla: viewOf,
        cadence: viewOf,
        pod: viewOf,
        segment: viewOf,
        ...lazyIndexes({ roles, handoffs, pods, kpis, cycleRoles }),
        sideOf,
        sidesOf,
        spansBothSides: coversBothSides,
        bothSides: coversBothSides(teamsThenRoles()),
        cycleRoles,
        declarationNamed: name => declared.declarationsNamed(name)[0],
        duplicates: duplicatesOf(declared),
    };
}

/** Overwrites the list in place: emptying it first would drop its storage, and refilling allocate it again. */
function refill<T>(list: T[], items: readonly T[]): void {
    for (let i = 0; i < items.length; i++) list[i] = items[i];
    list.length = items.length;
}
