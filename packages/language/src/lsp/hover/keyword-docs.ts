/**
 * The hover on the language's own words, from the schema: on a property key (`within`), what the
 * property is, its value and an example; on an enumeration value (`assembly-line`, `sdr`), what
 * the value means. Keyed by the enumeration because the same word can mean different things in
 * two of them (`centralized` RevOps versus `centralized` sales development).
 */
import { describeValue, enumerationSchema, exampleLine, propertySchema, type DeclarationType } from '../../model/schema.js';
import { code } from './markdown.js';

/** `\`value\` · label` and what the value means, or undefined when it is not a documented value. */
export function describeEnumValue(enumeration: string, value: string): string | undefined {
    const schema = enumerationSchema(enumeration);
    const text = schema && Object.hasOwn(schema.values, value) ? schema.values[value] : undefined;
    return schema && text ? `${code(value)} · ${schema.label}\n\n${text}` : undefined;
}

/** The hover of a property key, or undefined when the declaration kind does not take it. */
export function describePropertyKey(type: DeclarationType, key: string): string | undefined {
    const property = propertySchema(type, key);
    if (!property) return undefined;
    return [
        `${code(key)} · ${property.required ? 'required' : 'optional'} property`,
        property.doc,
        `Value: ${describeValue(property)}. Example: ${code(exampleLine(property))}`,
    ].join('\n\n');
}
