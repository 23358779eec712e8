import { runRuleTests } from '../rule-tester.js';

runRuleTests('role-kpi-required', {
    valid: [
        {
            name: 'a KPI in the role\'s own list, or naming it as owner',
            code: `
role AE { kind: ae kpis: [NewArr] }
role SDR { kind: sdr }
kpi NewArr { measures: net-new-arr owners: [AE] }
kpi Meetings { measures: meetings owners: [SDR] }`,
        },
        {
            name: 'a KPI of the role\'s team counts',
            code: `
team Marketing { function: marketing }
role Demand { kind: marketing team: Marketing }
kpi Pipeline { measures: pipeline-contribution owners: [Marketing] }`,
        },
        {
            name: 'a KPI of a pod whose members list the role counts (001: the pod\'s collective output)',
            code: `
role SDR { kind: sdr }
role AE { kind: ae headcount: 2 }
role CSM { kind: csm }
pod East { members: [SDR, AE x2, CSM] }
kpi PodArr { measures: net-new-arr owners: [East] }`,
        },
        {
            name: 'leaders and specialists outside the measured kinds are not checked',
            code: `
role CEO { kind: ceo }
role VPSales { kind: vp-sales }
role SE { kind: se }
role Ops { kind: revops }`,
        },
    ],
    invalid: [
        {
            name: 'an SDR measured on nothing, reported on the role',
            code: `
role SDR "Sales Development Rep" {
    kind: sdr
}`,
            errors: [{ line: 2, column: 6, message: "Role 'SDR' (sdr) is measured on nothing" }],
        },
        {
            name: 'leading a pod is not being a member of it',
            code: `
role AE { kind: ae }
role SDR { kind: sdr kpis: [Meetings] }
pod East { lead: AE members: [SDR] }
kpi PodArr { measures: net-new-arr owners: [East] }
kpi Meetings { measures: meetings owners: [SDR] }`,
            errors: [{ line: 2, message: "'AE'" }],
        },
        {
            name: 'each measured kind: MDR, BDR, ISR, SAR, AM, CSM, marketer',
            code: `
role A { kind: mdr }
role B { kind: bdr }
role C { kind: isr }
role D { kind: sar }
role E { kind: am }
role F { kind: csm }
role G { kind: marketing }`,
            errors: [{ line: 2 }, { line: 3 }, { line: 4 }, { line: 5 }, { line: 6 }, { line: 7 }, { line: 8 }],
        },
    ],
});
