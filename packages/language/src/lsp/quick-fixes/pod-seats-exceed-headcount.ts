/**
 * `pod-seats-exceed-headcount`: raises the role's `headcount` to all the seats it fills across the
 * pods, in the role's own file (which may not be the pod's), so every seat of that role is covered
 * at once. The other way out, staffing the pods with fewer seats, is the user's call.
 */
import { AstUtils, GrammarUtils } from 'langium';
import { TextEdit } from 'vscode-languageserver';
import { isPodMember } from '../../generated/ast.js';
import { nodeAtDiagnostic, quickFixAction, type QuickFix } from './quick-fix.js';
import { insertPropertiesEdit } from './text-edits.js';

export const fixPodSeatsExceedHeadcount: QuickFix = context => {
    const role = nodeAtDiagnostic(context, isPodMember)?.role.ref;
    if (!role) return [];
    let seats = 0;
    for (const pod of context.facts.pods) for (const member of pod.members) if (member.role === role) seats += member.count;
    const document = AstUtils.getDocument(role);
    const headcount = role.properties.find(property => property.key === 'headcount');
    const value = headcount && GrammarUtils.findNodeForProperty(headcount.$cstNode, 'value');
    const edit = value ? TextEdit.replace(value.range, String(seats)) : insertPropertiesEdit(document, role, [`headcount: ${seats}`]);
    if (!edit) return [];
    const title = `Raise the headcount of '${role.name}' to ${seats}`;
    return [document === context.document
        ? quickFixAction(context, { title, edits: [edit], isPreferred: true })
        : quickFixAction(context, { title, edits: [], elsewhere: { document, edits: [edit] }, isPreferred: true })];
};
