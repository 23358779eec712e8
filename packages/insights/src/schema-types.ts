/**
 * Building blocks of the JSON Schemas that `revorg export`, `revorg report` and `revorg diff`
 * publish. Each output's schema is written once with TypeBox, and its TypeScript type is read off
 * the schema, so the code that fills the output and the schema a consumer validates against
 * cannot drift apart.
 */
import Type, { type TSchema } from 'typebox';

/** Where the published schemas live (committed in packages/cli/schemas/); a schema's `$id` is this plus its file name. */
export const SCHEMA_BASE_URL = 'https://raw.githubusercontent.com/revorg/revorg/main/packages/cli/schemas/';

/** A value, or `null` where the model does not say: every key is always present, so a consumer never guesses. */
export function Nullable<T extends TSchema>(schema: T) {
    return Type.Union([schema, Type.Null()]);
}

/** A declaration's name, as written (names are global in a model). */
export const Name = Type.String({ minLength: 1, description: 'a declaration\'s name, as written' });

/** A reference to another declaration by its name; `null` when the property is absent or names nothing. */
export const Reference = Nullable(Name);

export const Location = Type.Object({
    file: Type.String({ description: 'the file, relative to the working directory, with `/` separators' }),
    line: Type.Integer({ minimum: 1, description: '1-based line of the declaration\'s name (the organization\'s title)' }),
}, { additionalProperties: false });

export const Side = Type.Union([Type.Literal('marketing'), Type.Literal('sales')]);

export const CompanyStage = Type.Union([Type.Literal('startup'), Type.Literal('growth'), Type.Literal('midmarket'), Type.Literal('enterprise')]);

export const ValueKind = Type.Union([Type.Literal('percent'), Type.Literal('money'), Type.Literal('count'), Type.Literal('duration')]);

/** A KPI's target or actual: percent points, dollars, a count, or minutes. */
export const Measured = Type.Object({
    kind: ValueKind,
    value: Type.Number({ description: 'percent points, dollars, a count, or minutes, by kind' }),
    text: Type.String({ description: 'the value as revorg writes it: `40%`, `$1.2M`, `12`, `4h`' }),
}, { additionalProperties: false });

export const Severity = Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info'), Type.Literal('hint')]);

/** A lint finding as every revorg output reports it (the fields of `revorg lint --format json`, plus the file). */
export const Finding = Type.Object({
    ruleId: Type.String(),
    severity: Severity,
    message: Type.String(),
    file: Type.String(),
    line: Type.Integer({ minimum: 1 }),
    column: Type.Integer({ minimum: 1 }),
    /** The declaration it is reported in, when it is inside one. */
    declaration: Reference,
    docs: Type.String({ description: 'the rule\'s documentation page' }),
}, { additionalProperties: false });
