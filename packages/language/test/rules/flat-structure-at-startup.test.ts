import { runRuleTests } from '../rule-tester.js';

runRuleTests('flat-structure-at-startup', {
    valid: [
        {
            name: 'two layers at a startup: everyone reports to the founder',
            code: `
organization "Acme" { employees: 8 }
role Founder { kind: ceo }
role Generalist { kind: generalist reportsTo: Founder }
role AE { kind: ae reportsTo: Founder }`,
        },
        {
            name: 'three layers at 11 employees (growth stage)',
            code: `
organization "Acme" { employees: 11 }
role Founder { kind: ceo }
role VPSales { kind: vp-sales reportsTo: Founder }
role AE { kind: ae reportsTo: VPSales }`,
        },
        {
            name: 'no employees stated',
            code: `
organization "Acme" { arr: 1M }
role Founder { kind: ceo }
role VPSales { kind: vp-sales reportsTo: Founder }
role AE { kind: ae reportsTo: VPSales }`,
        },
        {
            name: 'a dotted line is not a reporting line',
            code: `
organization "Acme" { employees: 9 }
role Founder { kind: ceo }
role HeadOfSales { kind: sales-manager reportsTo: Founder }
role AE { kind: ae reportsTo: Founder dottedTo: [HeadOfSales] }`,
        },
    ],
    invalid: [
        {
            name: 'a chain two long (three layers) at nine employees, reported on the deepest role',
            code: `
organization "Tiny Seed" { employees: 9 }
role Founder { kind: ceo }
role HeadOfSales { kind: sales-manager reportsTo: Founder }
role AE "Account Executive" {
    kind: ae
    reportsTo: HeadOfSales
}`,
            errors: [{ line: 5, column: 6, message: "Role 'AE' is 3 layers down at 9 employees" }],
        },
        {
            name: 'only the deepest role, the first in model order on a tie',
            code: `
organization "Acme" { employees: 10 }
role Founder { kind: ceo }
role Head { kind: sales-manager reportsTo: Founder }
role Lead { kind: sales-manager reportsTo: Head }
role AE { kind: ae reportsTo: Lead }
role SDR { kind: sdr reportsTo: Lead }`,
            errors: [{ line: 6, message: "Role 'AE' is 4 layers down" }],
        },
    ],
});
