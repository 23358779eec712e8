/**
 * `role-kpi-required`: gives the role a KPI. Each existing KPI that fits the role is offered as an
 * entry of its `kpis`; a new KPI stub measuring what fits the role is offered too, owned by the
 * role and inserted after it. What fits: new business for hunters (an AE, or an ISR or SAR closing
 * deals beside it), retention for farmers (an AM, a CSM), meetings and pipeline for the
 * development reps, pipeline contribution for marketers; a role's own `motion` decides first.
 */
import type { Measure, RoleKind } from '../../generated/ast.js';
import { isKpisProperty, isRole } from '../../generated/ast.js';
import type { RoleFacts } from '../../model/facts/index.js';
import { GrammarUtils } from 'langium';
import { TextEdit } from 'vscode-languageserver';
import { nodeAtDiagnostic, quickFixAction, type QuickFix, type QuickFixContext } from './quick-fix.js';
import { INDENT, insertDeclarationAfterEdit, insertPropertiesEdit, unusedName } from './text-edits.js';

const HUNTER: readonly Measure[] = ['net-new-arr', 'new-logos'];
const FARMER: readonly Measure[] = ['nrr', 'expansion', 'churn'];

const BY_KIND: Partial<Record<RoleKind, readonly Measure[]>> = {
    mdr: ['meetings', 'pipeline'],
    sdr: ['meetings', 'pipeline'],
    bdr: ['meetings', 'pipeline'],
    isr: HUNTER,
    sar: HUNTER,
    marketing: ['pipeline-contribution', 'attribution'],
};

/** The measures that fit a role, the best first. */
function fittingMeasures(role: RoleFacts): readonly Measure[] {
    if (role.impliedMotion === 'hunter') return HUNTER;
    if (role.impliedMotion === 'farmer') return FARMER;
    return (role.kind && BY_KIND[role.kind]) ?? [];
}

export const fixRoleKpiRequired: QuickFix = context => {
    const node = nodeAtDiagnostic(context, isRole);
    const role = node && context.facts.role(node);
    if (!node || !role) return [];
    const measures = fittingMeasures(role);
    const fitting = context.facts.kpis.filter(kpi => kpi.measures !== undefined && measures.includes(kpi.measures));
    const actions = fitting.flatMap(kpi => {
        const edit = addToKpisEdit(context, role, kpi.node.name);
        return edit ? [quickFixAction(context, { title: `Add '${kpi.node.name}' (${kpi.measures}) to the KPIs of '${node.name}'`, edits: [edit], isPreferred: fitting.length === 1 })] : [];
    });
    const [measure] = measures;
    if (measure) {
        const name = unusedName(`${node.name}${pascal(measure)}`, context.facts);
        const edit = insertDeclarationAfterEdit(context.document, node, [
            `kpi ${name} {`,
            `${INDENT}measures: ${measure}`,
            `${INDENT}owners: [${node.name}]`,
            '}',
        ]);
        if (edit) actions.push(quickFixAction(context, { title: `Create KPI '${name}' measuring ${measure}, owned by '${node.name}'`, edits: [edit], isPreferred: fitting.length === 0 }));
    }
    return actions;
};

/** `kpis: [Name]` added to the role, or the name put into an empty `kpis: []`. */
function addToKpisEdit(context: QuickFixContext, role: RoleFacts, name: string): TextEdit | undefined {
    const list = role.node.properties.find(isKpisProperty);
    if (!list) return insertPropertiesEdit(context.document, role.node, [`kpis: [${name}]`]);
    const open = GrammarUtils.findNodeForKeyword(list.$cstNode, '[');
    return open ? TextEdit.insert(open.range.end, name) : undefined;
}

/** `net-new-arr` -> `NetNewArr`. */
function pascal(words: string): string {
    return words.split('-').map(word => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}
