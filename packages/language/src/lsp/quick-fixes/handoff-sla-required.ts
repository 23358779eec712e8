/**
 * `handoff-sla-required`: inserts an SLA for the handoff right after it, with the defaults of
 * RULES.md: first follow-up within 24h, 3 touches, audited weekly (003 "Make It Operational").
 * The user then tunes the numbers and adds the `volume` the sending side commits to, which has no
 * default (it is the company's own number), so `sla-incomplete` asks for it.
 */
import { isHandoff } from '../../generated/ast.js';
import { nodeAtDiagnostic, quickFixAction, type QuickFix } from './quick-fix.js';
import { INDENT, insertDeclarationAfterEdit, unusedName } from './text-edits.js';

export const fixHandoffSlaRequired: QuickFix = context => {
    const handoff = nodeAtDiagnostic(context, isHandoff);
    if (!handoff) return [];
    const name = unusedName(`${handoff.name}Sla`, context.facts);
    const edit = insertDeclarationAfterEdit(context.document, handoff, [
        `sla ${name} {`,
        `${INDENT}handoff: ${handoff.name}`,
        `${INDENT}within: 24h`,
        `${INDENT}touches: 3`,
        `${INDENT}audit: weekly`,
        '}',
    ]);
    return edit ? [quickFixAction(context, { title: `Insert SLA for ${handoff.name}`, edits: [edit], isPreferred: true })] : [];
};
