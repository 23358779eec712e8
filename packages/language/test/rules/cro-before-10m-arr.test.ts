import { runRuleTests } from '../rule-tester.js';

runRuleTests('cro-before-10m-arr', {
    valid: [
        {
            name: 'a CRO at exactly $10M ARR',
            code: `
organization "Acme" { arr: 10M employees: 90 }
role CRO "Chief Revenue Officer" { kind: cro }`,
        },
        {
            name: 'a CRO at $10,000,000 written in full',
            code: 'organization "Acme" { arr: $10,000,000 }\nrole CRO { kind: cro }',
        },
        {
            name: 'below $10M ARR without a CRO',
            code: `
organization "Acme" { arr: 4M employees: 30 }
role VPSales "VP Sales" { kind: vp-sales }`,
        },
        {
            name: 'no organization: ARR unknown, silent',
            code: 'role CRO { kind: cro }',
        },
        {
            name: 'an organization without arr: silent',
            code: 'organization "Acme" { employees: 300 }\nrole CRO { kind: cro }',
        },
        {
            name: 'a lower minArr accepts a CRO at $6M ARR',
            options: { minArr: 5_000_000 },
            code: 'organization "Acme" { arr: 6M }\nrole CRO { kind: cro }',
        },
        {
            name: 'minArr is inclusive',
            options: { minArr: 6_000_000 },
            code: 'organization "Acme" { arr: 6M }\nrole CRO { kind: cro }',
        },
    ],
    invalid: [
        {
            name: 'a CRO one dollar under $10M ARR, reported on the role name',
            code: `
organization "Acme" { arr: 9999999 employees: 80 }
role CEO { kind: ceo }
role CRO "Chief Revenue Officer" {
    kind: cro
    reportsTo: CEO
}`,
            errors: [{ line: 4, column: 6, message: "Role 'CRO' is a CRO at" }],
        },
        {
            name: 'the message gives the ARR and the threshold',
            code: 'organization "Acme" { arr: 6M }\nrole RevenueChief { kind: cro }',
            errors: [{ line: 2, column: 6, message: /'RevenueChief' is a CRO at \$6M ARR: .* from about \$10M ARR/ }],
        },
        {
            name: 'one diagnostic per CRO role, the organization in another file',
            code: {
                'a.revorg': 'role CRO { kind: cro }\nrole VPSales { kind: vp-sales }',
                'b.revorg': 'organization "Acme" { arr: 3M }\nrole InterimCRO { kind: cro }',
            },
            errors: [{ line: 1, file: 'a.revorg' }, { line: 2, file: 'b.revorg' }],
        },
        {
            name: 'a higher minArr flags a CRO at $15M ARR',
            options: { minArr: 20_000_000 },
            code: 'organization "Acme" { arr: 15M }\nrole CRO { kind: cro }',
            errors: [{ line: 2, message: 'from about $20M ARR' }],
        },
    ],
});
