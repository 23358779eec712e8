/**
 * The hover on the language's own words, from the schema: on a property key (`within`), what the
 * property is, its value and an example; on an enumeration value (`assembly-line`, `sdr`), what
 * the value means. Keyed by the enumeration because the same word can mean different things in
 * two of them (`centralized` RevOps versus `centralized` sales development).
 */
import { enumerationSchema, exampleLine, referenceTargetsLabel, type DeclarationType, type EnumerationName, propertySchema, type PropertySchema } from '../../model/schema.js';
import { kindName } from '../../model/values.js';
import { code } from './markdown.js';

/** `\`value\` · label` and what the value means, or undefined when it is not a documented value. */
export function describeEnumValue(enumeration: string, value: string): string | undefined {
    const schema = enumerationSchema(enumeration);
    const text = schema && Object.hasOwn(schema.values, value) ? schema.values[value] : undefined;
    return schema && text ? `${code(value)} · ${schema.label}\n\n${text}` : undefined;
}

/** What a property's value is, in words: `a duration`, `a list of teams or roles`, `one of `hunter`, `farmer``. */
export function describeValue(property: PropertySchema): string {
    const value = property.value;
    switch (value.shape) {
        case 'quantity': return value.kinds.map(kindName).join(' or ');
        case 'enum': return `one of ${enumerationValueList(value.enumeration)}`;
        case 'reference': return `a ${referenceTargetsLabel(value.targets)}`;
        case 'reference-list': return `a list of ${referenceTargetsLabel(value.targets, true)}`;
        case 'member-list': return `a list of ${referenceTargetsLabel(value.targets, true)}, each with a count (\`x2\`)`;
        case 'string': return 'a string';
        case 'string-list': return 'a list of strings';
    }
}

/** `\`hunter\`, \`farmer\``. */
export function enumerationValueList(name: EnumerationName): string {
    return Object.keys(enumerationSchema(name)!.values).map(code).join(', ');
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
