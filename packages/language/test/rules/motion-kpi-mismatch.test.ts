import { runRuleTests } from '../rule-tester.js';

runRuleTests('motion-kpi-mismatch', {
    valid: [
        {
            name: 'a hunter with a net-new ARR KPI in its kpis list',
            code: `
role AE { kind: ae motion: hunter kpis: [NewArr] }
kpi NewArr { measures: net-new-arr owners: [AE] }`,
        },
        {
            name: 'a hunter measured on new logos through a KPI that names it as owner',
            code: `
team Sales { function: sales }
role AE { kind: ae team: Sales motion: hunter }
kpi Logos { measures: new-logos owners: [AE] target: 40 }`,
        },
        {
            name: 'farmers measured on nrr, expansion or churn',
            code: `
role AM { kind: am motion: farmer kpis: [Nrr] }
role CSM { kind: csm motion: farmer kpis: [Expansion] }
role Renewals { kind: csm motion: farmer }
kpi Nrr { measures: nrr owners: [AM] target: 115% }
kpi Expansion { measures: expansion owners: [CSM] }
kpi Churn { measures: churn owners: [Renewals] target: 8% }`,
        },
        {
            name: 'one matching KPI among neutral ones is enough',
            code: `
role AE { kind: ae motion: hunter kpis: [WinRate, Meetings, NewArr] }
kpi WinRate { measures: win-rate owners: [AE] }
kpi Meetings { measures: meetings owners: [AE] }
kpi NewArr { measures: net-new-arr owners: [AE] }`,
        },
        {
            name: 'a kind with no implied motion and no motion of its own is not checked',
            code: `
role SDR { kind: sdr kpis: [WinRate] }
kpi WinRate { measures: win-rate owners: [SDR] }`,
        },
        {
            name: 'an AE measured on new business is a hunter by its kind, an AM and a CSM on retention farmers',
            code: `
role AE { kind: ae kpis: [NewArr] }
role AM { kind: am kpis: [Nrr] }
role CSM { kind: csm kpis: [Churn] }
kpi NewArr { measures: net-new-arr owners: [AE] }
kpi Nrr { measures: nrr owners: [AM] }
kpi Churn { measures: churn owners: [CSM] }`,
        },
        {
            name: 'an AE whose motion says farmer is judged as a farmer',
            code: `
role AE { kind: ae motion: farmer kpis: [Nrr] }
kpi Nrr { measures: nrr owners: [AE] }`,
        },
        {
            name: 'a role measured on nothing is left to role-kpi-required',
            code: `
role AE { kind: ae motion: hunter }
role CSM { kind: csm }`,
        },
        {
            name: "a KPI owned by the role's team is not one of the role's own KPIs (and alone leaves it to role-kpi-required)",
            code: `
team Sales { function: sales }
role AE { kind: ae team: Sales motion: hunter }
kpi NewArr { measures: net-new-arr owners: [Sales] }`,
        },
    ],
    invalid: [
        {
            name: 'a hunter measured only on pipeline, reported on the role with the hunter measures named',
            code: `
role AE { kind: ae motion: hunter kpis: [Pipe] }
kpi Pipe { measures: pipeline owners: [AE] }`,
            errors: [{ line: 2, column: 6, message: "Role 'AE' is a hunter but none of its KPIs measures net-new-arr or new-logos" }],
        },
        {
            name: 'an AE is a hunter by its kind',
            code: `
role AE { kind: ae kpis: [Pipe] }
kpi Pipe { measures: pipeline owners: [AE] }`,
            errors: [{ line: 2, column: 6, message: 'is a hunter by its kind (ae)' }],
        },
        {
            name: 'a farmer measured on new business only',
            code: `
role AM { kind: am motion: farmer kpis: [NewArr, Logos] }
kpi NewArr { measures: net-new-arr owners: [AM] }
kpi Logos { measures: new-logos owners: [AM] }`,
            errors: [{ line: 2, column: 6, message: 'is a farmer but none of its KPIs measures nrr, expansion or churn' }],
        },
        {
            name: 'a hunter measured on retention only',
            code: `
role AE { kind: ae motion: hunter kpis: [Nrr] }
kpi Nrr { measures: nrr owners: [AE] }`,
            errors: [{ line: 2, message: 'hunter' }],
        },
        {
            name: "a hunter whose dashboard also carries the farmer's numbers (mixed dashboards)",
            code: `
role AE { kind: ae kpis: [NewArr, Expansion] }
kpi NewArr { measures: net-new-arr owners: [AE] }
kpi Expansion { measures: expansion owners: [AE] }`,
            errors: [{ line: 2, message: "its dashboard mixes in expansion, the farmer's numbers" }],
        },
        {
            name: "a CSM (a farmer by its kind) also measured on new logos",
            code: `
role CSM { kind: csm kpis: [Nrr, Logos] }
kpi Nrr { measures: nrr owners: [CSM] }
kpi Logos { measures: new-logos owners: [CSM] }`,
            errors: [{ line: 2, message: "mixes in new-logos, the hunter's numbers" }],
        },
    ],
});
