import { runRuleTests } from '../rule-tester.js';

runRuleTests('multiple-top-roles', {
    valid: [
        {
            name: 'one role at the top, everyone else reporting up to it',
            code: `
role CRO { kind: cro }
role VPMarketing { kind: vp-marketing reportsTo: CRO }
role VPSales { kind: vp-sales reportsTo: CRO }
role AE { kind: ae reportsTo: VPSales }`,
        },
        {
            name: 'a model with a single role, or none',
            code: { 'a.revorg': 'role Founder { kind: ceo }', 'b.revorg': 'team Sales { function: sales }' },
        },
        {
            name: 'a role whose reportsTo does not resolve still has a reportsTo',
            code: `
role CRO { kind: cro }
role VPSales { kind: vp-sales reportsTo: Chief }`,
        },
        {
            name: 'roles on a reporting cycle all have a reportsTo (the cycle is its own error)',
            code: 'role A { kind: ae reportsTo: B }\nrole B { kind: ae reportsTo: A }',
        },
    ],
    invalid: [
        {
            name: 'separate sales and marketing leaders with no one above them: both reported on their names',
            code: `
team Marketing { function: marketing lead: VPMarketing }
team Sales { function: sales lead: VPSales }
role VPMarketing { kind: vp-marketing team: Marketing }
role VPSales { kind: vp-sales team: Sales }
role AE { kind: ae team: Sales reportsTo: VPSales }`,
            errors: [
                { line: 4, column: 6, message: "Role 'VPMarketing' is one of 2 roles with no manager ('VPMarketing', 'VPSales')" },
                { line: 5, column: 6, message: "Role 'VPSales' is one of 2 roles with no manager ('VPMarketing', 'VPSales')" },
            ],
        },
        {
            name: 'tops in different files are counted together',
            code: {
                'a.revorg': 'role CEO { kind: ceo }',
                'b.revorg': 'role CRO { kind: cro }\nrole AE { kind: ae reportsTo: CRO }',
            },
            errors: [
                { line: 1, file: 'a.revorg', message: "'CEO', 'CRO'" },
                { line: 1, file: 'b.revorg', message: "'CEO', 'CRO'" },
            ],
        },
        {
            name: 'five top roles: each message names all five',
            code: `
role CEO { kind: ceo }
role VPSales { kind: vp-sales }
role VPMarketing { kind: vp-marketing }
role VPSuccess { kind: vp-success }
role RevOpsLead { kind: revops }`,
            errors: [2, 3, 4, 5, 6].map(line => ({ line, column: 6, message: /one of 5 roles .*'CEO'.*'VPSales'.*'VPMarketing'.*'VPSuccess'.*'RevOpsLead'/ })),
        },
        {
            // RULES.md: "the message names all of them".
            name: 'the message names every top role, even when there are many',
            code: `
role CEO { kind: ceo }
role VPSales { kind: vp-sales }
role VPMarketing { kind: vp-marketing }
role VPSuccess { kind: vp-success }
role RevOpsLead { kind: revops }
role Enablement { kind: enablement }`,
            errors: [2, 3, 4, 5, 6, 7].map(line => ({ line, message: /'CEO'.*'VPSales'.*'VPMarketing'.*'VPSuccess'.*'RevOpsLead'.*'Enablement'/ })),
        },
    ],
});
