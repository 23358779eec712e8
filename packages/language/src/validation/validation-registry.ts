/**
 * How revorg's rules enter Langium's validation: one check after each document, which hands over
 * that document's rule findings (computed by the RuleRunner once per parse and once per build,
 * never per node). No check is registered per AST node type, so Langium's walk over every node
 * has nothing to call: `hasNodeChecks` lets the document validator skip the walk while that stays
 * true, and take it again as soon as a check is registered for a node type.
 */
import { AstUtils, ValidationRegistry, type ValidationCategory } from 'langium';
import type { RevorgServices } from '../revorg-module.js';

export class RevorgValidationRegistry extends ValidationRegistry {
    constructor(services: RevorgServices) {
        super(services);
        // Looked up when the check runs: the registry is created before the rule runner's dependencies.
        this.registerAfterDocument((root, accept, categories) => {
            if (!runsRules(categories)) return;
            for (const finding of services.revorg.RuleRunner.findingsIn(AstUtils.getDocument(root))) {
                const id = finding.rule.meta.id;
                accept(finding.severity, finding.message, {
                    node: finding.node,
                    range: finding.range,
                    code: id,
                    codeDescription: { href: services.revorg.Config.current.docsUrl(id) },
                    data: { ...finding.data, code: id },
                });
            }
        });
    }

    /** Whether any check is registered for an AST node type (none of revorg's are). */
    get hasNodeChecks(): boolean {
        return this.entries.size > 0;
    }
}

/** The rules are `fast` checks: they run when validation asks for every category or for `fast`. */
function runsRules(categories: readonly ValidationCategory[]): boolean {
    return categories.length === 0 || categories.includes('fast');
}
