/**
 * `sla-before-second-rep`: writes down the shared lead criteria and a simple SLA (003's advice),
 * after the organization: a SAL definition to fill in (unless the model has one), a handoff from
 * whoever generates leads to whoever closes them, owned by RevOps when there is a RevOps role, and
 * an SLA on it with the defaults of `handoff-sla-required`'s fix. Every name in it exists, so the
 * skeleton adds no error; it is not offered when the model has no two distinct roles to join.
 */
import { isOrganization, type Role, type RoleKind } from '../../generated/ast.js';
import type { RevorgFacts, RoleFacts } from '../../model/facts/index.js';
import { SAL_CRITERIA } from '../../rules/sal-criteria-complete.js';
import { nodeAtDiagnostic, quickFixAction, type QuickFix } from './quick-fix.js';
import { criterionLine } from './sal-criteria.js';
import { INDENT, insertDeclarationAfterEdit, unusedName } from './text-edits.js';

const CLOSERS: ReadonlySet<RoleKind> = new Set(['ae', 'isr', 'sar']);
const GENERATORS: ReadonlySet<RoleKind> = new Set(['generalist', 'mdr', 'sdr', 'bdr', 'marketing', 'vp-marketing']);

export const fixSlaBeforeSecondRep: QuickFix = context => {
    const organization = nodeAtDiagnostic(context, isOrganization);
    if (!organization) return [];
    const { facts } = context;
    const ends = handoffEnds(facts);
    if (!ends) return [];
    const [from, to] = ends;
    const owner = facts.roles.find(role => role.kind === 'revops')?.node ?? facts.role(to)?.manager ?? to;
    const lines: string[] = [];
    const sal = facts.definitions.find(definition => definition.stage === 'sal')?.node.name;
    const trigger = sal ?? unusedName('SAL', facts);
    if (!sal) {
        lines.push(`definition ${trigger} "Sales Accepted Lead" {`, `${INDENT}stage: sal`, ...SAL_CRITERIA.map(criterion => `${INDENT}${criterionLine(criterion)}`), '}', '');
    }
    const handoff = unusedName(`${from.name}To${to.name}`, facts);
    lines.push(
        `handoff ${handoff} {`, `${INDENT}from: ${from.name}`, `${INDENT}to: ${to.name}`, `${INDENT}trigger: ${trigger}`, `${INDENT}owner: ${owner.name}`, '}',
        '',
        `sla ${unusedName(`${handoff}Sla`, facts)} {`, `${INDENT}handoff: ${handoff}`, `${INDENT}within: 24h`, `${INDENT}touches: 3`, `${INDENT}audit: weekly`, '}',
    );
    const edit = insertDeclarationAfterEdit(context.document, organization, lines);
    return edit ? [quickFixAction(context, { title: `Insert a handoff from '${from.name}' to '${to.name}' with an SLA${sal ? '' : ' and a SAL definition'}`, edits: [edit], isPreferred: true })] : [];
};

/** Who hands leads to whom: the first closer (else the first rep), and the first lead generator (else the closer's manager). */
function handoffEnds(facts: RevorgFacts): [Role, Role] | undefined {
    const kindIn = (kinds: ReadonlySet<RoleKind>) => (role: RoleFacts) => role.kind !== undefined && kinds.has(role.kind);
    const to = (facts.roles.find(kindIn(CLOSERS)) ?? facts.roles.find(role => role.tier !== undefined))?.node;
    if (!to) return undefined;
    const from = facts.roles.find(role => role.node !== to && kindIn(GENERATORS)(role))?.node ?? facts.role(to)?.manager;
    return from && from !== to ? [from, to] : undefined;
}
