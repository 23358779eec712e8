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
            name: 'one matching KPI among others is enough',
            code: `
role AE { kind: ae motion: hunter kpis: [WinRate, Meetings, NewArr] }
kpi WinRate { measures: win-rate owners: [AE] }
kpi Meetings { measures: meetings owners: [AE] }
kpi NewArr { measures: net-new-arr owners: [AE] }`,
        },
        {
            name: 'a role without a motion is not checked',
            code: `
role AE { kind: ae kpis: [WinRate] }
kpi WinRate { measures: win-rate owners: [AE] }`,
        },
    ],
    invalid: [
        {
            name: 'a hunter measured only on pipeline, reported on the role with the hunter measures named',
            code: `
role AE { kind: ae motion: hunter kpis: [Pipe] }
kpi Pipe { measures: pipeline owners: [AE] }`,
            errors: [{ line: 2, column: 6, message: "Role 'AE' is a hunter but none of its KPIs measures net-new-arr, new-logos" }],
        },
        {
            name: 'a farmer measured on new business (hunter KPIs) still mismatches',
            code: `
role AM { kind: am motion: farmer kpis: [NewArr, Logos] }
kpi NewArr { measures: net-new-arr owners: [AM] }
kpi Logos { measures: new-logos owners: [AM] }`,
            errors: [{ line: 2, column: 6, message: 'is a farmer but none of its KPIs measures nrr, expansion, churn' }],
        },
        {
            name: 'a hunter measured on retention (farmer KPIs) mismatches',
            code: `
role AE { kind: ae motion: hunter kpis: [Nrr] }
kpi Nrr { measures: nrr owners: [AE] }`,
            errors: [{ line: 2, message: 'hunter' }],
        },
        {
            name: 'a role with a motion and no KPIs at all',
            code: `
role AE { kind: ae motion: hunter }
role CSM { kind: csm motion: farmer }`,
            errors: [{ line: 2, column: 6 }, { line: 3, column: 6 }],
        },
        {
            name: "a KPI owned by the role's team is not one of the role's KPIs",
            code: `
team Sales { function: sales }
role AE { kind: ae team: Sales motion: hunter }
kpi NewArr { measures: net-new-arr owners: [Sales] }`,
            errors: [{ line: 3, column: 6 }],
        },
    ],
});
