import { describeDeclaration, repeatedProperties } from '../model/properties.js';
import { defineRule } from './rule.js';

/** Each key at most once per block: a second value would silently contradict the first. */
export default defineRule({
    meta: {
        id: 'duplicate-property',
        defaultSeverity: 'error',
        theme: 'language',
        description: 'A property is set at most once per block.',
        source: 'LANGUAGE.md section 1',
        fixable: false,
        options: {},
        core: true,
    },
    checkDocument({ facts, report }) {
        for (const declaration of facts.declarations) {
            for (const { property, first } of repeatedProperties(declaration)) {
                const line = (first.$cstNode?.range.start.line ?? 0) + 1;
                report({
                    node: property,
                    message: `\`${property.key}\` is set twice in ${describeDeclaration(declaration)}; the first value (line ${line}) is the one used, so remove one of them.`,
                });
            }
        }
    },
});
