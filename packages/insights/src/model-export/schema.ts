/**
 * The model as data (`revorg export --format json`, version 1): every declaration with its values
 * read and its references resolved to names, and what the rules compute from them (sides, funnel
 * tiers, the company's stage, headcount rolled up the reporting tree). The diff and the CSV and
 * Mermaid exports are read from this same shape.
 */
import Type from 'typebox';
import { CompanyStage, Location, Measured, Name, Nullable, Reference, SCHEMA_BASE_URL, Side } from '../schema-types.js';

export const MODEL_EXPORT_VERSION = 1;

const Title = Nullable(Type.String({ description: 'the quoted title after the name' }));
const Names = Type.Array(Name);
const Count = Type.Integer({ minimum: 0 });

export const OrganizationExport = Type.Object({
    title: Type.String(),
    arr: Nullable(Type.Number({ description: 'dollars' })),
    employees: Nullable(Count),
    acv: Nullable(Type.Number({ description: 'dollars' })),
    model: Nullable(Type.String()),
    revops: Nullable(Type.String()),
    products: Nullable(Count),
    stage: Nullable(CompanyStage),
    location: Location,
}, { additionalProperties: false });

export const TeamExport = Type.Object({
    name: Name,
    title: Title,
    function: Nullable(Type.String()),
    side: Nullable(Side),
    lead: Reference,
    roles: Names,
    headcount: Type.Integer({ minimum: 0, description: 'the summed headcount of the roles on the team' }),
    location: Location,
}, { additionalProperties: false });

export const RoleExport = Type.Object({
    name: Name,
    title: Title,
    kind: Nullable(Type.String()),
    team: Reference,
    function: Nullable(Type.String({ description: 'the function of the role\'s team' })),
    side: Nullable(Side),
    reportsTo: Reference,
    dottedTo: Names,
    embeddedIn: Names,
    segment: Reference,
    headcount: Count,
    headcountBeneath: Nullable(Type.Integer({ minimum: 0, description: 'everyone beneath the role in the reporting line; null on a reporting cycle' })),
    directReports: Names,
    reportingDepth: Type.Integer({ minimum: 0, description: 'how many managers are above the role' }),
    motion: Nullable(Type.String()),
    impliedMotion: Nullable(Type.String({ description: 'its motion, or the one its kind implies' })),
    tier: Nullable(Type.String({ description: 'the funnel tier of its kind' })),
    kpis: Type.Array(Name, { description: 'the KPIs the role lists and the KPIs that name it as an owner' }),
    pods: Names,
    location: Location,
}, { additionalProperties: false });

export const DefinitionExport = Type.Object({
    name: Name,
    title: Title,
    stage: Nullable(Type.String()),
    owner: Reference,
    criteria: Type.Object({
        title: Nullable(Type.String()),
        fit: Nullable(Type.String()),
        engagement: Nullable(Type.String()),
    }, { additionalProperties: false }),
    location: Location,
}, { additionalProperties: false });

export const IcpExport = Type.Object({
    name: Name,
    title: Title,
    owners: Names,
    criteria: Type.Array(Type.String()),
    location: Location,
}, { additionalProperties: false });

export const HandoffExport = Type.Object({
    name: Name,
    title: Title,
    from: Reference,
    to: Reference,
    fromSide: Nullable(Side),
    toSide: Nullable(Side),
    trigger: Reference,
    owner: Reference,
    slas: Names,
    location: Location,
}, { additionalProperties: false });

export const SlaExport = Type.Object({
    name: Name,
    title: Title,
    handoff: Reference,
    within: Nullable(Type.Number({ description: 'minutes' })),
    touches: Nullable(Count),
    volume: Nullable(Count),
    audit: Nullable(Type.String()),
    auditor: Reference,
    location: Location,
}, { additionalProperties: false });

export const KpiExport = Type.Object({
    name: Name,
    title: Title,
    measures: Nullable(Type.String()),
    owners: Names,
    target: Nullable(Measured),
    actual: Nullable(Measured),
    period: Nullable(Type.String()),
    location: Location,
}, { additionalProperties: false });

export const CadenceExport = Type.Object({
    name: Name,
    title: Title,
    purpose: Nullable(Type.String()),
    every: Nullable(Type.String()),
    duration: Nullable(Type.Number({ description: 'minutes' })),
    attendees: Names,
    location: Location,
}, { additionalProperties: false });

export const PodExport = Type.Object({
    name: Name,
    title: Title,
    segment: Reference,
    lead: Reference,
    members: Type.Array(Type.Object({ role: Name, count: Type.Integer({ minimum: 1 }) }, { additionalProperties: false })),
    seats: Type.Integer({ minimum: 0, description: 'the members\' counts summed' }),
    location: Location,
}, { additionalProperties: false });

export const SegmentExport = Type.Object({
    name: Name,
    title: Title,
    acv: Nullable(Type.Number({ description: 'dollars' })),
    model: Nullable(Type.String()),
    development: Nullable(Type.String()),
    pods: Names,
    location: Location,
}, { additionalProperties: false });

export const ModelExport = Type.Object({
    $schema: Type.Optional(Type.String()),
    format: Type.Literal('revorg-model'),
    version: Type.Literal(MODEL_EXPORT_VERSION),
    organization: Nullable(OrganizationExport),
    headcount: Type.Integer({ minimum: 0, description: 'every role\'s headcount summed: the modelled people' }),
    teams: Type.Array(TeamExport),
    roles: Type.Array(RoleExport),
    definitions: Type.Array(DefinitionExport),
    icps: Type.Array(IcpExport),
    handoffs: Type.Array(HandoffExport),
    slas: Type.Array(SlaExport),
    kpis: Type.Array(KpiExport),
    cadences: Type.Array(CadenceExport),
    pods: Type.Array(PodExport),
    segments: Type.Array(SegmentExport),
}, {
    $id: `${SCHEMA_BASE_URL}model.v${MODEL_EXPORT_VERSION}.json`,
    title: 'revorg model export',
    description: 'A revorg model as data: every declaration in model order (files by path, declarations in text order), references resolved to names.',
    additionalProperties: false,
});

export type ModelExport = Type.Static<typeof ModelExport>;
export type OrganizationExport = Type.Static<typeof OrganizationExport>;
export type TeamExport = Type.Static<typeof TeamExport>;
export type RoleExport = Type.Static<typeof RoleExport>;
export type DefinitionExport = Type.Static<typeof DefinitionExport>;
export type IcpExport = Type.Static<typeof IcpExport>;
export type HandoffExport = Type.Static<typeof HandoffExport>;
export type SlaExport = Type.Static<typeof SlaExport>;
export type KpiExport = Type.Static<typeof KpiExport>;
export type CadenceExport = Type.Static<typeof CadenceExport>;
export type PodExport = Type.Static<typeof PodExport>;
export type SegmentExport = Type.Static<typeof SegmentExport>;
