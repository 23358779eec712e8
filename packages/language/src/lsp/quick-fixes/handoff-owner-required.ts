/**
 * `handoff-owner-required`: adds `owner:` to the handoff, one fix per plausible owner. RevOps
 * roles come first (003 puts handoff accountability with RevOps), then the handoff's own `from`
 * and `to` when they are roles (`owner` takes a role, not a team). When the model has exactly one
 * RevOps role it is the obvious choice and is marked preferred.
 */
import { isFromProperty, isHandoff, isRole, isToProperty, type Role } from '../../generated/ast.js';
import { nodeAtDiagnostic, quickFixAction, type QuickFix } from './quick-fix.js';
import { insertPropertiesEdit } from './text-edits.js';

export const fixHandoffOwnerRequired: QuickFix = context => {
    const handoff = nodeAtDiagnostic(context, isHandoff);
    if (!handoff) return [];
    const revopsRoles = context.facts.roles.filter(role => role.kind === 'revops').map(role => role.node);
    const endpoints = handoff.properties
        .flatMap(property => (isFromProperty(property) || isToProperty(property) ? [property.value.ref] : []))
        .filter((party): party is Role => isRole(party));
    const candidates = [...new Set([...revopsRoles, ...endpoints])];
    const preferred = revopsRoles.length === 1 ? revopsRoles[0] : undefined;

    return candidates.flatMap(role => {
        const edit = insertPropertiesEdit(context.document, handoff, [`owner: ${role.name}`]);
        return edit ? [quickFixAction(context, { title: `Add owner: ${role.name}`, edits: [edit], isPreferred: role === preferred })] : [];
    });
};
