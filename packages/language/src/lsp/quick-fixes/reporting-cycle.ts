/**
 * `reporting-cycle`: removes the `reportsTo` the diagnostic is on, which breaks the cycle there.
 * Every role of the cycle gets the diagnostic, so the user picks the link to cut by where they
 * ask for the fix. Not marked preferred: which line to cut (or re-point instead) is the user's call.
 */
import { isReportsToProperty } from '../../generated/ast.js';
import { nodeAtDiagnostic, quickFixAction, type QuickFix } from './quick-fix.js';
import { removePropertyEdit } from './text-edits.js';

export const fixReportingCycle: QuickFix = context => {
    const property = nodeAtDiagnostic(context, isReportsToProperty);
    if (!property) return [];
    const role = property.$container;
    const edit = removePropertyEdit(context.document, property);
    if (!edit) return [];
    return [quickFixAction(context, {
        title: `Remove reportsTo: ${property.value.$refText} from ${role.name}`,
        edits: [edit],
    })];
};
