import type { Measure } from '../generated/ast.js';
import { defineRule } from './rule.js';

const MOTION_MEASURES: Record<'hunter' | 'farmer', readonly Measure[]> = {
    hunter: ['net-new-arr', 'new-logos'],
    farmer: ['nrr', 'expansion', 'churn'],
};

/** Hunters and farmers need distinct dashboards: new business for one, retention for the other (001). */
export default defineRule({
    meta: {
        id: 'motion-kpi-mismatch',
        defaultSeverity: 'warning',
        description: 'Hunters are measured on new business (net-new ARR, new logos), farmers on retention (NRR, expansion, churn).',
        source: '001 "Mastering the Hunter-Farmer Specialization"; "Distinct KPI Dashboards"',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        for (const role of facts.roles) {
            if (role.motion !== 'hunter' && role.motion !== 'farmer') continue;
            const expected = MOTION_MEASURES[role.motion];
            const matches = role.kpis.some(kpi => {
                const measures = facts.kpi(kpi)?.measures;
                return measures !== undefined && expected.includes(measures);
            });
            if (matches) continue;
            report({
                node: role.node,
                message: `Role '${role.node.name}' is a ${role.motion} but none of its KPIs measures ${expected.join(', ')}: give it a KPI that rewards ${role.motion === 'hunter' ? 'new business' : 'retaining and growing existing customers'}, or the compensation pulls against the motion.`,
            });
        }
    },
});
