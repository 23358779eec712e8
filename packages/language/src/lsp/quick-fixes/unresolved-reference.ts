/**
 * `unresolved-reference`: replaces the name with a declared one of the kind the property accepts
 * (`data.expectedType`, the grammar's reference type), closest in spelling to what was written
 * (`data.refText`); one fix per candidate, best first. The closest is preferred only when it is
 * plainly a typo of it: no other candidate is as close, and it is one or two edits away (one for
 * short names, where two edits turn `CEO` into `CFO`).
 */
import { TextEdit } from 'vscode-languageserver';
import { isOrganization, isReportsToProperty, type Declaration, type Organization, type Role } from '../../generated/ast.js';
import type { RevorgFacts } from '../../model/facts/index.js';
import { closestNames, editDistance } from '../../rules/unresolved-reference.js';
import { diagnosticData, nodeAtDiagnostic, quickFixAction, type QuickFix } from './quick-fix.js';

/** Close enough to be the name the user meant to type, so an editor may apply it unasked ("Auto Fix"). */
function looksLikeTypo(refText: string, distance: number): boolean {
    return distance <= (refText.length >= 5 ? 2 : 1);
}

/** Whether `manager` already reports, directly or not, to `role`: then `role reportsTo manager` closes a cycle. */
function reportsTo(manager: Role, role: Role, facts: RevorgFacts): boolean {
    const seen = new Set<Role>();
    for (let current: Role | undefined = manager; current && !seen.has(current); current = facts.role(current)?.manager) {
        if (current === role) return true;
        seen.add(current);
    }
    return false;
}

export const fixUnresolvedReference: QuickFix = context => {
    const { expectedType, refText } = diagnosticData(context.diagnostic);
    if (typeof expectedType !== 'string' || typeof refText !== 'string') return [];
    const { facts, reflection } = context;

    // `reportsTo` must not be pointed at a role that already reports to this one: that would
    // trade the unresolved reference for a `reporting-cycle` error.
    const reportsToProperty = nodeAtDiagnostic(context, isReportsToProperty);
    const ofRightKind = facts.declarations.filter((declaration): declaration is Exclude<Declaration, Organization> =>
        !isOrganization(declaration)
        && declaration.name !== refText
        && reflection.isSubtype(declaration.$type, expectedType)
        && !(reportsToProperty && declaration.$type === 'Role' && reportsTo(declaration, reportsToProperty.$container, facts)));

    const names = closestNames(refText, ofRightKind.map(declaration => declaration.name));
    const distances = names.map(name => editDistance(refText, name));
    const closestIsUnique = distances.length === 1 || (distances.length > 1 && distances[0] < distances[1]);
    const preferClosest = closestIsUnique && looksLikeTypo(refText, distances[0]);
    return names.map((name, index) => quickFixAction(context, {
        title: `Replace '${refText}' with '${name}'`,
        edits: [TextEdit.replace(context.diagnostic.range, name)],
        isPreferred: index === 0 && preferClosest,
    }));
};
