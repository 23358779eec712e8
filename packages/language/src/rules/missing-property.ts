import { describeDeclaration, sentenceStart } from '../model/properties.js';
import { DECLARATIONS, enumerationValues, exampleLine, type DeclarationType, type PropertySchema } from '../model/schema.js';
import { defineRule } from './rule.js';

/** The properties the schema marks required, by declaration kind. */
const REQUIRED: ReadonlyMap<DeclarationType, readonly PropertySchema[]> = new Map(
    DECLARATIONS.map(declaration => [declaration.type, declaration.properties.filter(property => property.required)]),
);

/** `\`kind: ae\` (ceo, cro, ...)`: the line to add, with the values an enumeration takes. */
function suggestion(property: PropertySchema): string {
    const values = property.value.shape === 'enum' ? enumerationValues(property.value.enumeration) : undefined;
    const choices = values ? ` (${values.slice(0, -1).join(', ')} or ${values.at(-1)})` : '';
    return `\`${exampleLine(property)}\`${choices}`;
}

export default defineRule({
    meta: {
        id: 'missing-property',
        defaultSeverity: 'error',
        theme: 'language',
        description: 'Required properties are present (a team\'s function, a role\'s kind, a handoff\'s ends, ...).',
        source: 'LANGUAGE.md sections 3 and 4',
        fixable: false,
        options: {},
        core: true,
    },
    checkDocument({ facts, report }) {
        for (const declaration of facts.declarations) {
            const required = REQUIRED.get(declaration.$type) ?? [];
            if (required.length === 0) continue;
            const present = new Set<string>(declaration.properties.map(property => property.key));
            const missing = required.filter(({ key }) => !present.has(key));
            if (missing.length === 0) continue;
            const keys = missing.map(({ key }) => `\`${key}\``).join(' and ');
            const lines = missing.map(suggestion).join(' and ');
            report({
                node: declaration,
                message: `${sentenceStart(describeDeclaration(declaration))} has no ${keys}, which ${missing.length === 1 ? 'is' : 'are'} required: add ${missing.length === 1 ? 'a line' : 'lines'} like ${lines}.`,
                data: { missing: missing.map(({ key }) => key) },
            });
        }
    },
});
