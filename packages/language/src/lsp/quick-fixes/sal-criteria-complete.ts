/**
 * `sal-criteria-complete`: states the criteria the diagnostic names (`data.missing`). A criterion
 * that is absent gets its line at the end of the block; one written as an empty string gets the
 * placeholder in place, since adding a second line with the same key would be a
 * `duplicate-property` error.
 */
import { GrammarUtils } from 'langium';
import { TextEdit } from 'vscode-languageserver';
import { isCriterionProperty, isDefinition } from '../../generated/ast.js';
import { SAL_CRITERIA } from '../../rules/sal-criteria-complete.js';
import { criterionLine, criterionPlaceholder, type SalCriterion } from './sal-criteria.js';
import { diagnosticData, nodeAtDiagnostic, quickFixAction, type QuickFix } from './quick-fix.js';
import { insertPropertiesEdit } from './text-edits.js';

function isSalCriterion(value: unknown): value is SalCriterion {
    return (SAL_CRITERIA as readonly unknown[]).includes(value);
}

export const fixSalCriteriaComplete: QuickFix = context => {
    const definition = nodeAtDiagnostic(context, isDefinition);
    const missingData = diagnosticData(context.diagnostic).missing;
    if (!definition || !Array.isArray(missingData)) return [];
    const missing = missingData.filter(isSalCriterion);
    if (missing.length === 0) return [];

    const edits: TextEdit[] = [];
    const absent: SalCriterion[] = [];
    for (const criterion of missing) {
        // The first property with the key is the one that counts (later ones are duplicates).
        const written = definition.properties.find(property => isCriterionProperty(property) && property.key === criterion);
        const valueNode = GrammarUtils.findNodeForProperty(written?.$cstNode, 'value');
        if (valueNode) {
            edits.push(TextEdit.replace(valueNode.range, criterionPlaceholder(criterion)));
        } else {
            absent.push(criterion);
        }
    }
    if (absent.length > 0) {
        const insertion = insertPropertiesEdit(context.document, definition, absent.map(criterionLine));
        if (!insertion) return [];
        edits.push(insertion);
    }
    return [quickFixAction(context, {
        title: `Add the missing SAL ${missing.length === 1 ? 'criterion' : 'criteria'}: ${missing.join(', ')}`,
        edits,
        isPreferred: true,
    })];
};
