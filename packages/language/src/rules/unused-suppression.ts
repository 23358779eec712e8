import { defineRule } from './rule.js';

/**
 * A `revorg-disable` comment that silences nothing is noise that hides the next real problem,
 * like ESLint's --report-unused-disable-directives. Reported by the suppression pass.
 */
export default defineRule({
    meta: {
        id: 'unused-suppression',
        defaultSeverity: 'hint',
        theme: 'language',
        description: 'A revorg-disable comment silences at least one diagnostic.',
        source: 'RULES.md "Suppressing a diagnostic in the source"',
        fixable: false,
        options: {},
    },
});
