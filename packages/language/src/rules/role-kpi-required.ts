import type { RoleKind } from '../generated/ast.js';
import { defineRule } from './rule.js';

/** The kinds that do the revenue work day to day, each of which needs its definition of a win (001). */
const MEASURED_KINDS: ReadonlySet<RoleKind> = new Set(['mdr', 'sdr', 'bdr', 'isr', 'sar', 'ae', 'am', 'csm', 'marketing']);

/** Every role knows what a win looks like for it (001 roadmap; 003 role clarity). */
export default defineRule({
    meta: {
        id: 'role-kpi-required',
        defaultSeverity: 'info',
        theme: 'kpis',
        description: 'A rep, CSM or marketer is measured by some KPI: its own, its team\'s or its pod\'s.',
        source: '001 implementation roadmap: "define what a “win” looks like for each and every role"; 003 Korn Ferry on role clarity (+25% quota attainment)',
        fixable: true,
        options: {},
    },
    check({ facts, report }) {
        for (const role of facts.roles) {
            if (!role.kind || !MEASURED_KINDS.has(role.kind) || role.kpis.length > 0) continue;
            if (role.team && facts.kpisOwnedBy(role.team).length > 0) continue;
            if (facts.podsStaffedBy(role.node).some(pod => facts.kpisOwnedBy(pod).length > 0)) continue;
            report({
                node: role.node,
                message: `Role '${role.node.name}' (${role.kind}) is measured on nothing: give it a KPI in \`kpis\`, or name it (or its team or pod) in a KPI's \`owners\`, so what a win looks like for the role is written down.`,
                data: { kind: role.kind, motion: role.impliedMotion },
            });
        }
    },
});
