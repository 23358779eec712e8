/**
 * The org-health report as data (`revorg report --format json`, version 1). The markdown and the
 * HTML are drawn from this same object, so the three formats cannot say different things; its
 * TypeScript type is read off the schema, so the code that fills it and the published schema
 * cannot drift apart either.
 */
import Type from 'typebox';
import { CompanyStage, Finding, Location, Measured, Name, Nullable, Reference, SCHEMA_BASE_URL, Side } from '../schema-types.js';

export const REPORT_VERSION = 1;

const Count = Type.Integer({ minimum: 0 });
const Percent = Type.Number({ description: 'percent points (12.5 is 12.5%)' });

/** An amount of money: dollars, and as revorg writes it. */
const Money = Type.Object({
    value: Type.Number({ description: 'dollars' }),
    text: Type.String({ description: 'as revorg writes it: `$9.5M`' }),
}, { additionalProperties: false });

export const ElementKind = Type.Union([Type.Literal('organization'), Type.Literal('team'), Type.Literal('role'), Type.Literal('definition'), Type.Literal('icp'), Type.Literal('handoff'), Type.Literal('sla'), Type.Literal('kpi'), Type.Literal('cadence'), Type.Literal('pod'), Type.Literal('segment')]);

/** A declaration of the model that a verdict rests on, and what about it counts. */
export const ModelElement = Type.Object({
    kind: ElementKind,
    name: Type.String({ description: 'its name (the organization\'s title)' }),
    note: Type.String({ description: 'what about it counts here, e.g. `owned by Marketing, Sales`' }),
    location: Location,
}, { additionalProperties: false });

/** What the model this report was built from leaves out. */
export const Coverage = Type.Object({
    files: Type.Array(Type.String(), { description: 'the files the model was read from' }),
    skipped: Type.Array(Type.Object({ file: Type.String(), reason: Type.String() }, { additionalProperties: false }), { description: 'files that could not be read: not in the model' }),
    syntaxErrors: Type.Array(Type.Object({ file: Type.String(), line: Type.Integer({ minimum: 1 }), message: Type.String() }, { additionalProperties: false }), {
        description: 'where the parser skipped text: the rest of each file is in the model',
    }),
}, { additionalProperties: false });

export const StageNeed = Type.Object({
    id: Type.String(),
    quote: Type.String({ description: 'what 003 says the stage needs, in the article\'s exact words' }),
    check: Type.String({ description: 'what revorg looks for in the model' }),
    met: Type.Boolean(),
    detail: Type.String({ description: 'what the model has, in one sentence' }),
    elements: Type.Array(ModelElement),
}, { additionalProperties: false });

export const Company = Type.Object({
    title: Nullable(Type.String()),
    location: Nullable(Location),
    arr: Nullable(Money),
    employees: Nullable(Count),
    acv: Nullable(Money),
    model: Nullable(Type.String()),
    revops: Nullable(Type.String()),
    products: Nullable(Count),
    modelledHeadcount: Type.Integer({ minimum: 0, description: 'every role\'s headcount summed' }),
    stage: Nullable(CompanyStage),
    stageHeading: Nullable(Type.String({ description: 'the article\'s heading for the stage: `Growth (11-50 People)`' })),
    stageUnknown: Nullable(Type.String({ description: 'why the stage is unknown, when it is' })),
    needs: Type.Array(StageNeed, { description: 'what 003 says the stage needs, where the model can tell' }),
}, { additionalProperties: false });

export const LayerId = Type.Union([Type.Literal('icp'), Type.Literal('signals'), Type.Literal('handoffs'), Type.Literal('kpis'), Type.Literal('cadence')]);
export const LayerStatus = Type.Union([Type.Literal('present'), Type.Literal('partial'), Type.Literal('missing')]);

export const StackLayer = Type.Object({
    id: LayerId,
    level: Type.Integer({ minimum: 1, maximum: 5, description: '1 is the bottom of the stack' }),
    title: Type.String(),
    article: Type.String({ description: 'the layer as 003 lists it, in the article\'s words' }),
    status: LayerStatus,
    reason: Type.String({ description: 'why the layer has its status, in one sentence' }),
    elements: Type.Array(ModelElement, { description: 'the model elements that make it so' }),
    gaps: Type.Array(Type.String(), { description: 'what keeps a partial layer from being present' }),
    findings: Type.Array(Finding, { description: 'the findings of the rules about this layer, as configured' }),
}, { additionalProperties: false });

/** A missing layer with layers in place above it. */
export const StackCallout = Type.Object({
    missing: LayerId,
    above: Type.Array(LayerId, { description: 'the present or partial layers above it' }),
    text: Type.String(),
}, { additionalProperties: false });

export const AlignmentStack = Type.Object({
    layers: Type.Array(StackLayer, { description: 'bottom up: shared ICP first' }),
    callouts: Type.Array(StackCallout, { description: 'each missing layer with present or partial layers above it: "each layer depends on the one below it"' }),
}, { additionalProperties: false });

export const MaturityCondition = Type.Object({
    id: Type.String(),
    text: Type.String({ description: 'the condition' }),
    source: Type.Union([Type.Literal('article'), Type.Literal('revorg')], { description: 'article: the stage\'s own words; revorg: revorg\'s reading of the stage' }),
    met: Type.Boolean(),
    detail: Type.String(),
}, { additionalProperties: false });

export const MaturityStage = Type.Object({
    stage: Type.Integer({ minimum: 1, maximum: 4 }),
    name: Type.String(),
    article: Type.String({ description: 'the stage as 003 quotes Oracle' }),
    conditions: Type.Array(MaturityCondition),
    conditionsMet: Type.Boolean({ description: 'every condition of this stage is met' }),
    reached: Type.Boolean({ description: 'this stage\'s conditions and every earlier stage\'s are met' }),
}, { additionalProperties: false });

export const Maturity = Type.Object({
    stage: Type.Integer({ minimum: 0, maximum: 4, description: 'the highest stage reached; 0 when not even stage 1' }),
    stages: Type.Array(MaturityStage),
}, { additionalProperties: false });

export const HeadcountGroup = Type.Object({
    name: Nullable(Type.String({ description: 'the team or function; null for roles without a team' })),
    title: Nullable(Type.String()),
    function: Nullable(Type.String()),
    roles: Count,
    headcount: Count,
    share: Percent,
}, { additionalProperties: false });

export const ManagerHeadcount = Type.Object({
    name: Name,
    title: Nullable(Type.String()),
    reportsTo: Reference,
    depth: Type.Integer({ minimum: 0, description: 'managers above it' }),
    headcount: Count,
    directReports: Type.Integer({ minimum: 1, description: 'roles reporting to it' }),
    directHeadcount: Count,
    headcountBeneath: Nullable(Type.Integer({ minimum: 0, description: 'everyone beneath it; null on a reporting cycle' })),
    span: Nullable(Type.Number({ description: 'direct reports\' headcount per person in the role; null when the role has a headcount of 0' })),
    location: Location,
}, { additionalProperties: false });

export const HeadcountShare = Type.Object({
    id: Type.String(),
    side: Side,
    headcount: Count,
    share: Percent,
    benchmark: Percent,
    quote: Type.String({ description: 'where 003 gives the benchmark' }),
}, { additionalProperties: false });

export const PodSeats = Type.Object({
    role: Name,
    title: Nullable(Type.String()),
    headcount: Count,
    seats: Count,
    pods: Type.Array(Name),
    over: Type.Boolean({ description: 'more seats than people' }),
    location: Location,
}, { additionalProperties: false });

export const Headcount = Type.Object({
    modelled: Type.Integer({ minimum: 0, description: 'every role\'s headcount summed, each role once' }),
    employees: Nullable(Count),
    base: Type.Object({
        of: Type.Union([Type.Literal('employees'), Type.Literal('modelled')]),
        value: Count,
    }, { additionalProperties: false, description: 'what the shares are of: the organization\'s employees, else the modelled headcount' }),
    byFunction: Type.Array(HeadcountGroup),
    byTeam: Type.Array(HeadcountGroup, { description: 'every team, then the roles without a team: they sum to the modelled headcount' }),
    managers: Type.Array(ManagerHeadcount, { description: 'roles with direct reports, in reporting-tree order' }),
    span: Type.Object({
        managers: Count,
        median: Nullable(Type.Number()),
        max: Nullable(Type.Object({ value: Type.Number(), manager: Name }, { additionalProperties: false })),
    }, { additionalProperties: false }),
    shares: Type.Array(HeadcountShare),
    podSeats: Type.Array(PodSeats),
}, { additionalProperties: false });

export const InfluBucket = Type.Union([
    Type.Literal('effective-high-overlap'),
    Type.Literal('effective-cold-audience'),
    Type.Literal('effective-overlap-unmeasured'),
    Type.Literal('broken'),
    Type.Literal('unmeasured'),
]);

export const HandoffSla = Type.Object({
    name: Name,
    within: Nullable(Type.String({ description: 'as revorg writes a duration: `4h`' })),
    touches: Nullable(Count),
    volume: Nullable(Count),
    audit: Nullable(Type.String()),
    auditor: Reference,
    location: Location,
}, { additionalProperties: false });

export const HandoffKpi = Type.Object({
    name: Name,
    target: Nullable(Measured),
    actual: Nullable(Measured),
    period: Nullable(Type.String()),
    match: Type.Union([Type.Literal('names-both-ends'), Type.Literal('marketing-to-sales'), Type.Literal('only-handoff-rate-kpi')], {
        description: 'why the KPI belongs to the handoff (see docs/report.md)',
    }),
    location: Location,
}, { additionalProperties: false });

export const HandoffReport = Type.Object({
    name: Name,
    title: Nullable(Type.String()),
    from: Reference,
    to: Reference,
    fromSide: Nullable(Side),
    toSide: Nullable(Side),
    trigger: Reference,
    owner: Reference,
    slas: Type.Array(HandoffSla),
    kpi: Nullable(HandoffKpi),
    bucket: InfluBucket,
    bucketText: Type.String(),
    location: Location,
}, { additionalProperties: false });

export const Handoffs = Type.Object({
    brokenBelow: Percent,
    brokenBelowFrom: Type.String({ description: 'where the line between effective and broken comes from' }),
    highOverlapFrom: Percent,
    overlap: Nullable(Type.Object({ kpi: Name, actual: Measured, location: Location }, { additionalProperties: false })),
    handoffs: Type.Array(HandoffReport),
}, { additionalProperties: false });

export const FindingGroup = Type.Object({
    theme: Type.String(),
    title: Type.String(),
    findings: Type.Array(Finding),
}, { additionalProperties: false });

export const Findings = Type.Object({
    total: Count,
    errors: Count,
    warnings: Count,
    infos: Count,
    hints: Count,
    groups: Type.Array(FindingGroup, { description: 'by theme: the five stack layers bottom up, then structure, RevOps, pods, the language; empty themes left out' }),
}, { additionalProperties: false });

export const Report = Type.Object({
    $schema: Type.Optional(Type.String()),
    format: Type.Literal('revorg-report'),
    version: Type.Literal(REPORT_VERSION),
    title: Type.String({ description: 'the organization\'s title, or what the report calls an untitled model' }),
    coverage: Coverage,
    company: Company,
    alignmentStack: AlignmentStack,
    maturity: Maturity,
    headcount: Headcount,
    handoffs: Handoffs,
    findings: Findings,
}, {
    $id: `${SCHEMA_BASE_URL}report.v${REPORT_VERSION}.json`,
    title: 'revorg org-health report',
    description: 'The org-health scorecard of a revorg model: the company and its stage, 003\'s Revenue Alignment Stack, alignment maturity, headcount, handoffs and the lint findings.',
    additionalProperties: false,
});

export type Report = Type.Static<typeof Report>;
export type ModelElement = Type.Static<typeof ModelElement>;
export type Coverage = Type.Static<typeof Coverage>;
export type Company = Type.Static<typeof Company>;
export type StageNeed = Type.Static<typeof StageNeed>;
export type LayerId = Type.Static<typeof LayerId>;
export type LayerStatus = Type.Static<typeof LayerStatus>;
export type StackLayer = Type.Static<typeof StackLayer>;
export type AlignmentStack = Type.Static<typeof AlignmentStack>;
export type MaturityCondition = Type.Static<typeof MaturityCondition>;
export type MaturityStage = Type.Static<typeof MaturityStage>;
export type Maturity = Type.Static<typeof Maturity>;
export type HeadcountGroup = Type.Static<typeof HeadcountGroup>;
export type ManagerHeadcount = Type.Static<typeof ManagerHeadcount>;
export type Headcount = Type.Static<typeof Headcount>;
export type InfluBucket = Type.Static<typeof InfluBucket>;
export type HandoffReport = Type.Static<typeof HandoffReport>;
export type HandoffKpi = Type.Static<typeof HandoffKpi>;
export type Handoffs = Type.Static<typeof Handoffs>;
export type FindingGroup = Type.Static<typeof FindingGroup>;
export type Findings = Type.Static<typeof Findings>;
