import { SAL_CRITERIA } from '../model/terms.js';
import { defineRule } from './rule.js';

export { SAL_CRITERIA };

/** A SAL definition is only shared if it answers all three questions (003, Mistake 1). */
export default defineRule({
    meta: {
        id: 'sal-criteria-complete',
        defaultSeverity: 'warning',
        theme: 'signals',
        description: 'A SAL definition states the title, company fit and engagement threshold a lead must meet.',
        source: '003 Mistake 1 ("title, company fit, engagement threshold")',
        fixable: true,
        options: {},
    },
    checkDocument({ facts, report }) {
        for (const definition of facts.definitions) {
            if (definition.stage !== 'sal') continue;
            const missing = SAL_CRITERIA.filter(key => !(definition.criteria.get(key) ?? '').trim());
            if (missing.length === 0) continue;
            const list = missing.map(key => `\`${key}\``).join(', ');
            report({
                node: definition.node,
                message: `SAL definition '${definition.node.name}' does not state ${list}: write each as a string so both teams judge leads by the same title, company fit and engagement threshold.`,
                data: { missing },
            });
        }
    },
});
