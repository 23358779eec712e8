import { runRuleTests } from '../rule-tester.js';

runRuleTests('duplicate-property', {
    valid: [
        {
            name: 'each key once per block, the same keys in different blocks',
            code: `
organization "Acme Analytics" { arr: 12M employees: 140 }
team Sales { function: sales }
role VPSales { kind: vp-sales team: Sales headcount: 1 }
role AE { kind: ae team: Sales reportsTo: VPSales headcount: 8 }`,
        },
        {
            name: 'a display title next to a `title:` criterion is not a repeated key',
            code: `
definition SAL "Sales Accepted Lead" {
    stage: sal
    title: "Director or above in Sales, Marketing or RevOps"
    fit: "B2B SaaS, 50-1000 employees"
    engagement: "Score >= 60 within 30 days"
}`,
        },
        {
            name: 'the three criteria are different keys',
            code: 'definition SAL { stage: sal title: "VP+" fit: "SaaS" engagement: "Score >= 60" }',
        },
    ],
    invalid: [
        {
            name: 'a repeated key, reported on the second occurrence, naming the line of the first',
            code: `
role AE {
    kind: ae
    headcount: 8
    headcount: 10
}`,
            errors: [{ line: 5, column: 5, message: "`headcount` is set twice in role 'AE'; the first value (line 4) is the one used" }],
        },
        {
            name: 'three occurrences: both repeats are reported',
            code: 'team Sales { function: sales function: marketing function: other }',
            errors: [
                { line: 1, column: 30, message: "`function` is set twice in team 'Sales'" },
                { line: 1, column: 50, message: "`function` is set twice in team 'Sales'" },
            ],
        },
        {
            name: 'on the organization, named by its title; trailing separators do not hide it',
            code: 'organization "Acme Analytics" {\n    arr: 12M,\n    employees: 140;\n    arr: 14M;\n}',
            errors: [{ line: 4, column: 5, message: '`arr` is set twice in organization "Acme Analytics"' }],
        },
        {
            name: 'a repeated criterion in a definition and a repeated list in a kpi',
            code: `
team Sales { function: sales }
definition SAL { stage: sal title: "VP+" title: "Director+" }
kpi Pipeline { measures: pipeline owners: [Sales] owners: [Sales] }`,
            errors: [
                { line: 3, column: 42, message: "`title` is set twice in definition 'SAL'" },
                { line: 4, column: 51, message: "`owners` is set twice in KPI 'Pipeline'" },
            ],
        },
    ],
});
