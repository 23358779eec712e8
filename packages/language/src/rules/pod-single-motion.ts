import { defineRule } from './rule.js';

/** Pods pay off with several products or segments; with one product and one buyer, skip them (003). */
export default defineRule({
    meta: {
        id: 'pod-single-motion',
        defaultSeverity: 'info',
        theme: 'pods',
        description: 'Pods need several products or segments to pay off.',
        source: '003 GTM Pods ("Skip this if: You have a single product with a single buyer persona.")',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        const products = facts.organization?.products;
        if (facts.pods.length === 0 || products === undefined || products > 1 || facts.segments.length >= 2) return;
        for (const pod of facts.pods) {
            report({
                node: pod.node,
                message: `Pod '${pod.node.name}' in a company with ${products} product${products === 1 ? '' : 's'} and ${facts.segments.length === 0 ? 'no segments' : 'one segment'}: pods pay off across several products or segments; with one product and one buyer persona, an assembly line is simpler.`,
            });
        }
    },
});
