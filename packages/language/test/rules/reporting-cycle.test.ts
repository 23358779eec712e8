import { runRuleTests } from '../rule-tester.js';

runRuleTests('reporting-cycle', {
    valid: [
        {
            name: 'a reporting tree that ends at one top role',
            code: `
role CRO { kind: cro }
role VPSales { kind: vp-sales reportsTo: CRO }
role VPMarketing { kind: vp-marketing reportsTo: CRO }
role AE { kind: ae reportsTo: VPSales }
role SDR { kind: sdr reportsTo: VPSales }`,
        },
        {
            name: 'a chain that ends at a name that does not resolve is not a cycle',
            code: `
role VPSales { kind: vp-sales reportsTo: Chief }
role AE { kind: ae reportsTo: VPSales }`,
        },
        {
            name: 'a long chain across files',
            code: {
                'a.revorg': 'role CEO { kind: ceo }\nrole CRO { kind: cro reportsTo: CEO }',
                'b.revorg': 'role VPSales { kind: vp-sales reportsTo: CRO }\nrole Manager { kind: sales-manager reportsTo: VPSales }\nrole AE { kind: ae reportsTo: Manager }',
            },
        },
    ],
    invalid: [
        {
            name: 'a role that reports to itself, reported on its reportsTo',
            code: 'role Founder {\n    kind: ceo\n    reportsTo: Founder\n}',
            errors: [{ line: 3, column: 5, message: 'Reporting cycle: Founder -> Founder.' }],
        },
        {
            name: 'two roles that report to each other: both reportsTo properties are reported',
            code: `
role VPSales { kind: vp-sales reportsTo: CRO }
role CRO { kind: cro reportsTo: VPSales }`,
            errors: [
                { line: 2, column: 31, message: 'VPSales -> CRO -> VPSales' },
                { line: 3, column: 22, message: 'CRO -> VPSales -> CRO' },
            ],
        },
        {
            name: 'only the roles on the cycle, not the roles that report into it',
            code: `
role VPSales { kind: vp-sales reportsTo: CRO }
role CRO { kind: cro reportsTo: VPSales }
role AE { kind: ae reportsTo: VPSales }
role SDR { kind: sdr reportsTo: AE }`,
            errors: [{ line: 2 }, { line: 3 }],
        },
        {
            name: 'a three-role cycle across files, each message following the chain from its own role',
            code: {
                'a.revorg': 'role AE { kind: ae reportsTo: Manager }',
                'b.revorg': 'role Manager { kind: sales-manager reportsTo: VPSales }\nrole VPSales { kind: vp-sales reportsTo: AE }',
            },
            errors: [
                { line: 1, column: 20, file: 'a.revorg', message: 'AE -> Manager -> VPSales -> AE' },
                { line: 1, file: 'b.revorg', message: 'Manager -> VPSales -> AE -> Manager' },
                { line: 2, file: 'b.revorg', message: 'VPSales -> AE -> Manager -> VPSales' },
            ],
        },
        {
            name: 'still reported when lowered to a warning',
            severity: 'warning',
            code: 'role A { kind: ae reportsTo: B }\nrole B { kind: ae reportsTo: A }',
            errors: [{ line: 1 }, { line: 2 }],
        },
    ],
});
