import type { Measure, Motion } from '../generated/ast.js';
import { defineRule } from './rule.js';

/** What each motion is measured on: new business for hunters, retention and growth for farmers (001). */
const MOTION_MEASURES: Record<Motion, ReadonlySet<Measure>> = {
    hunter: new Set(['net-new-arr', 'new-logos']),
    farmer: new Set(['nrr', 'expansion', 'churn']),
};

const OTHER: Record<Motion, Motion> = { hunter: 'farmer', farmer: 'hunter' };

/** Hunters and farmers need distinct dashboards: "don't lump everyone's metrics together" (001). */
export default defineRule({
    meta: {
        id: 'motion-kpi-mismatch',
        defaultSeverity: 'warning',
        theme: 'kpis',
        description: 'Hunters (AEs by default) are measured on new business only, farmers (AMs and CSMs by default) on retention only.',
        source: '001 "Mastering the Hunter-Farmer Specialization"; "Distinct KPI Dashboards: Don\'t lump everyone\'s metrics together"',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        for (const role of facts.roles) {
            const motion = role.impliedMotion;
            // A role measured on nothing at all is role-kpi-required's finding.
            if (!motion || role.kpis.length === 0) continue;
            let has = false;
            let mixes = false;
            for (const kpi of role.kpis) {
                const measure = facts.kpi(kpi)?.measures;
                if (measure === undefined) continue;
                has ||= MOTION_MEASURES[motion].has(measure);
                mixes ||= MOTION_MEASURES[OTHER[motion]].has(measure);
            }
            if (has && !mixes) continue;
            // Only a role that is reported pays for the details of its message.
            const measures = new Set(role.kpis.map(kpi => facts.kpi(kpi)?.measures));
            const own = [...MOTION_MEASURES[motion]];
            const mixed = [...MOTION_MEASURES[OTHER[motion]]].filter(measure => measures.has(measure));
            const why = role.motion ? `is a ${motion}` : `is a ${motion} by its kind (${role.kind})`;
            const problem = !has
                ? `none of its KPIs measures ${own.slice(0, -1).join(', ')} or ${own.at(-1)}`
                : `its dashboard mixes in ${mixed.join(', ')}, the ${OTHER[motion]}'s numbers`;
            report({
                node: role.node,
                message: `Role '${role.node.name}' ${why} but ${problem}: a ${motion} is measured on ${motion === 'hunter' ? 'new business (net-new ARR, new logos)' : 'retention and growth of existing customers (NRR, expansion, churn)'}, and one dashboard for both motions pulls the role two ways.`,
            });
        }
    },
});
