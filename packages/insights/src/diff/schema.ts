/**
 * The semantic diff of two versions of a model (`revorg diff --format json`, version 1): what a
 * reviewer of a change to the org needs to know, as data. Declarations added, removed, renamed and
 * changed property by property, per kind; reporting lines moved; headcount by team and function;
 * the findings the change introduces and fixes. The Markdown comment is written from this object.
 */
import Type from 'typebox';
import { Finding, Location, Measured, Name, Nullable, Reference, SCHEMA_BASE_URL } from '../schema-types.js';

export const MODEL_DIFF_VERSION = 1;

/** The kinds of named declaration, as the model export lists them. */
export const DECLARATION_KINDS = ['teams', 'roles', 'definitions', 'icps', 'handoffs', 'slas', 'kpis', 'cadences', 'pods', 'segments'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

const Count = Type.Integer({ minimum: 0 });

export const PodSeat = Type.Object({ role: Name, count: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

/** A property's value as the model export writes it. */
export const PropertyValue = Type.Union([
    Type.Null(),
    Type.String(),
    Type.Number(),
    Type.Array(Type.String()),
    Measured,
    Type.Array(PodSeat),
], { description: 'the property\'s value as the model export (revorg-model v1) writes it: text, a number (dollars, minutes or a count), a list of names or texts, a measured KPI value, a pod\'s members; null when not set' });

const PropertyName = Type.String({ description: 'the property as the model export names it: `reportsTo`, `target`, `criteria.fit`' });

/** A property set on a declaration that was added or removed. */
export const PropertySetting = Type.Object({
    property: PropertyName,
    value: PropertyValue,
    text: Type.String({ description: 'the value as revorg writes it: `$1.2M`, `4h`, `A, B`' }),
}, { additionalProperties: false });

/** One property of a declaration in both versions; references are compared through the renames, so a reference to a renamed declaration is not a change. */
export const PropertyChange = Type.Object({
    property: PropertyName,
    before: PropertyValue,
    after: PropertyValue,
    beforeText: Nullable(Type.String({ description: 'the old value as revorg writes it; null when not set' })),
    afterText: Nullable(Type.String({ description: 'the new value as revorg writes it; null when not set' })),
}, { additionalProperties: false });

const Title = Nullable(Type.String({ description: 'the quoted title after the name' }));

/** A declaration only one version has: where it is in that version, and what it sets. */
export const DeclarationPresence = Type.Object({
    name: Name,
    title: Title,
    location: Location,
    properties: Type.Array(PropertySetting, { description: 'the compared properties it sets' }),
}, { additionalProperties: false });

export const RenamedDeclaration = Type.Object({
    from: Name,
    to: Name,
    title: Title,
    similarity: Type.Number({ minimum: 0, maximum: 1, description: 'the share of the properties set on either side that are equal (docs/diff.md)' }),
    location: Location,
    changes: Type.Array(PropertyChange, { description: 'what else changed besides the name' }),
}, { additionalProperties: false });

export const ChangedDeclaration = Type.Object({
    name: Name,
    title: Title,
    location: Location,
    changes: Type.Array(PropertyChange, { minItems: 1 }),
}, { additionalProperties: false });

/** One kind's changes; a declaration's location is in the new version, or in the old one when it was removed. */
export const KindDiff = Type.Object({
    added: Type.Array(DeclarationPresence),
    removed: Type.Array(DeclarationPresence),
    renamed: Type.Array(RenamedDeclaration),
    changed: Type.Array(ChangedDeclaration),
}, { additionalProperties: false });

/** Every kind's changes, each a reference to the one KindDiff definition (written out ten times, the published schema was ten times the size). */
const DeclarationsDiff = Type.Object(
    Object.fromEntries(DECLARATION_KINDS.map(kind => [kind, Type.Ref('KindDiff')])) as Record<DeclarationKind, Type.TRef<'KindDiff'>>,
    { additionalProperties: false },
);

export const ReportingMove = Type.Object({
    role: Name,
    previousName: Nullable(Name),
    from: Reference,
    to: Reference,
    location: Location,
}, { additionalProperties: false, description: 'a role in both versions whose manager changed. `from` is the old manager by its name in the new version when it is still there (renamed or not), else by its old name; null when the role had no manager. `previousName` is the role\'s old name when it was renamed.' });

const Delta = {
    before: Count,
    after: Count,
    delta: Type.Integer(),
};

export const HeadcountChange = Type.Object(Delta, { additionalProperties: false });

export const TeamHeadcount = Type.Object({
    team: Nullable(Name),
    ...Delta,
}, { additionalProperties: false, description: 'the summed headcount of a team\'s roles (null: the roles without a team), by the team\'s name in the new version' });

export const FunctionHeadcount = Type.Object({
    function: Nullable(Type.String()),
    ...Delta,
}, { additionalProperties: false, description: 'the summed headcount of the roles whose team has this function (null: no team or no function)' });

export const SkippedInput = Type.Object({ file: Type.String(), reason: Type.String() }, { additionalProperties: false });
export const SyntaxProblem = Type.Object({ file: Type.String(), line: Type.Integer({ minimum: 1 }), message: Type.String() }, { additionalProperties: false });

/** Which version this is and how completely it was read. */
export const VersionInput = Type.Object({
    label: Type.String({ description: 'the version as the command was given it: a path, or a git revision, or `working tree`' }),
    files: Count,
    skipped: Type.Array(SkippedInput, { description: 'files that could not be read: not part of this version' }),
    syntaxErrors: Type.Array(SyntaxProblem, { description: 'text the parser skipped: the rest of the file is compared' }),
}, { additionalProperties: false });

export const SeverityCounts = Type.Object({ errors: Count, warnings: Count, infos: Count, hints: Count }, { additionalProperties: false });

export const DiffSummary = Type.Object({
    unchanged: Type.Boolean({ description: 'true when no section below has anything in it' }),
    added: Count,
    removed: Count,
    renamed: Count,
    changed: Count,
    movedLines: Count,
    introduced: SeverityCounts,
    fixed: SeverityCounts,
}, { additionalProperties: false });

const ModelDiffObject = Type.Object({
    $schema: Type.Optional(Type.String()),
    format: Type.Literal('revorg-diff'),
    version: Type.Literal(MODEL_DIFF_VERSION),
    old: VersionInput,
    new: VersionInput,
    summary: DiffSummary,
    organization: Type.Object({ changes: Type.Array(PropertyChange) }, { additionalProperties: false }),
    declarations: DeclarationsDiff,
    reportingLines: Type.Array(ReportingMove),
    headcount: Type.Object({
        total: HeadcountChange,
        byTeam: Type.Array(TeamHeadcount, { description: 'the teams whose headcount changed' }),
        byFunction: Type.Array(FunctionHeadcount, { description: 'the functions whose headcount changed' }),
    }, { additionalProperties: false }),
    findings: Type.Object({
        introduced: Type.Array(Finding, { description: 'in the new version and not the old, where the new version has them' }),
        fixed: Type.Array(Finding, { description: 'in the old version and not the new, where the old version had them' }),
    }, { additionalProperties: false }),
}, { additionalProperties: false });

export const ModelDiff = Type.Cyclic({ KindDiff, ModelDiff: ModelDiffObject }, 'ModelDiff', {
    $id: `${SCHEMA_BASE_URL}diff.v${MODEL_DIFF_VERSION}.json`,
    title: 'revorg model diff',
    description: 'What changed between two versions of a revorg model (docs/diff.md): declarations matched by name, renames matched by their properties, findings matched by rule, declaration and message.',
});

export type ModelDiff = Type.Static<typeof ModelDiff>;
export type PropertyValue = Type.Static<typeof PropertyValue>;
export type PropertySetting = Type.Static<typeof PropertySetting>;
export type PropertyChange = Type.Static<typeof PropertyChange>;
export type DeclarationPresence = Type.Static<typeof DeclarationPresence>;
export type RenamedDeclaration = Type.Static<typeof RenamedDeclaration>;
export type ChangedDeclaration = Type.Static<typeof ChangedDeclaration>;
export type KindDiff = Type.Static<typeof KindDiff>;
export type ReportingMove = Type.Static<typeof ReportingMove>;
export type TeamHeadcount = Type.Static<typeof TeamHeadcount>;
export type FunctionHeadcount = Type.Static<typeof FunctionHeadcount>;
export type VersionInput = Type.Static<typeof VersionInput>;
export type SeverityCounts = Type.Static<typeof SeverityCounts>;
