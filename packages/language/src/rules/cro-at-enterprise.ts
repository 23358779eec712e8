import { formatMoney } from '../model/values.js';
import { defineRule } from './rule.js';

/** At enterprise stage with the revenue to unify, 003's org chart has a CRO over pods or a matrix. */
export default defineRule<{ minArr: number }>({
    meta: {
        id: 'cro-at-enterprise',
        defaultSeverity: 'info',
        theme: 'structure',
        description: 'From 201 employees and $10M ARR, a CRO leads the revenue org.',
        source: '003 Org Charts by Company Stage, Enterprise (200+): "CRO plus pods or matrix structure"; the CRO\'s best fit "$10M+ ARR"',
        fixable: false,
        options: { minArr: { type: 'money', default: 10_000_000, description: 'ARR from which an enterprise-stage company is expected to have a CRO.' } },
    },
    check({ facts, options, report }) {
        const organization = facts.organization;
        const { employees, arr } = organization ?? {};
        if (!organization || employees === undefined || arr === undefined) return;
        if (employees < 201 || arr < options.minArr) return;
        if (facts.roles.some(role => role.kind === 'cro')) return;
        report({
            node: organization.node,
            message: `At ${employees} employees and ${formatMoney(arr)} ARR there is no CRO: at enterprise stage one revenue leader over sales, marketing and success (a \`role\` with \`kind: cro\`), with pods or a matrix beneath, keeps the revenue teams on one number.`,
        });
    },
});
