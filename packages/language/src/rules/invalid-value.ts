import { defineRule } from './rule.js';

/** A value out of range or of the wrong kind (`headcount: -1`, `within: 0h`, `target: 140%` on a win rate). */
export default defineRule({
    meta: {
        id: 'invalid-value',
        defaultSeverity: 'error',
        theme: 'language',
        description: 'Values have the kind and range their property expects (money, count, percent, duration).',
        source: 'LANGUAGE.md section 2',
        fixable: false,
        options: {},
        core: true,
    },
    checkDocument({ facts, report }) {
        // The values are read once, while the facts are built; this rule reports what could not be read.
        for (const problem of facts.valueProblems) {
            report({ node: problem.node, message: problem.message });
        }
    },
});
