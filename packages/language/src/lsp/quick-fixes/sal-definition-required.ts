/**
 * `sal-definition-required`: inserts a SAL definition with the three criteria to fill in, after
 * the declaration the diagnostic is on. That is the organization, whichever file it is in (the
 * diagnostic is reported in the organization's document, so the definition lands next to it);
 * in a model without an organization it is the first handoff, and the definition goes after it.
 */
import { isDeclaration } from '../../generated/ast.js';
import { SAL_CRITERIA } from '../../rules/sal-criteria-complete.js';
import { criterionLine } from './sal-criteria.js';
import { nodeAtDiagnostic, quickFixAction, type QuickFix } from './quick-fix.js';
import { INDENT, insertDeclarationAfterEdit, unusedName } from './text-edits.js';

export const fixSalDefinitionRequired: QuickFix = context => {
    const anchor = nodeAtDiagnostic(context, isDeclaration);
    if (!anchor) return [];
    const name = unusedName('SAL', context.facts);
    const block = [
        `definition ${name} "Sales Accepted Lead" {`,
        `${INDENT}stage: sal`,
        ...SAL_CRITERIA.map(criterion => `${INDENT}${criterionLine(criterion)}`),
        '}',
    ];
    const edit = insertDeclarationAfterEdit(context.document, anchor, block);
    if (!edit) return [];
    return [quickFixAction(context, {
        title: `Insert SAL definition '${name}' (title, fit and engagement to fill in)`,
        edits: [edit],
        isPreferred: true,
    })];
};
