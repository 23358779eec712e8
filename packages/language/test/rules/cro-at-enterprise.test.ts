import { runRuleTests } from '../rule-tester.js';

runRuleTests('cro-at-enterprise', {
    valid: [
        {
            name: 'an enterprise with a CRO',
            code: `
organization "Acme" { arr: 40M employees: 600 }
role CRO { kind: cro }`,
        },
        {
            name: 'exactly 200 employees is still mid-market',
            code: 'organization "Acme" { arr: 40M employees: 200 }\nrole VPSales { kind: vp-sales }',
        },
        {
            name: 'an enterprise headcount under $10M ARR (a CRO would be premature)',
            code: 'organization "Acme" { arr: 8M employees: 300 }\nrole VPSales { kind: vp-sales }',
        },
        {
            name: 'ARR or employees unknown: silent',
            code: 'organization "Acme" { employees: 900 }\nrole VPSales { kind: vp-sales }',
        },
        {
            name: 'a higher minArr from the options',
            options: { minArr: 50_000_000 },
            code: 'organization "Acme" { arr: 40M employees: 600 }',
        },
    ],
    invalid: [
        {
            name: '201 employees and $10M ARR without a CRO, reported on the organization',
            code: `
organization "Acme Analytics" {
    arr: 10M
    employees: 201
}
role VPSales { kind: vp-sales }
role VPMarketing { kind: vp-marketing }`,
            errors: [{ line: 2, column: 14, message: 'At 201 employees and $10M ARR there is no CRO' }],
        },
        {
            name: 'a lower minArr from the options',
            options: { minArr: 5_000_000 },
            code: 'organization "Acme" { arr: 8M employees: 300 }',
            errors: [{ line: 1, message: '$8M ARR' }],
        },
    ],
});
