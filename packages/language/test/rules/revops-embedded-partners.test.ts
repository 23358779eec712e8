import { runRuleTests } from '../rule-tester.js';

runRuleTests('revops-embedded-partners', {
    valid: [
        {
            name: 'hybrid RevOps with a partner embedded in a region',
            code: `
organization "Acme" { employees: 400 revops: hybrid }
team SalesEMEA { function: sales }
role HeadOfRevOps { kind: revops }
role Partner { kind: revops reportsTo: HeadOfRevOps embeddedIn: [SalesEMEA] }`,
        },
        {
            name: 'centralized RevOps needs no embedded partners',
            code: `
organization "Acme" { employees: 400 revops: centralized }
role HeadOfRevOps { kind: revops }`,
        },
        {
            name: 'no RevOps model stated',
            code: 'organization "Acme" { employees: 400 }\nrole HeadOfRevOps { kind: revops }',
        },
        {
            name: 'embedded in a segment or a pod counts too',
            code: `
organization "Acme" { revops: decentralized }
segment Enterprise { acv: 120K }
role Partner { kind: revops embeddedIn: [Enterprise] }`,
        },
    ],
    invalid: [
        {
            name: 'hybrid RevOps with every RevOps role central, reported on the revops property',
            code: `
organization "Acme" {
    employees: 400
    revops: hybrid
}
role HeadOfRevOps { kind: revops }`,
            errors: [{ line: 4, column: 5, message: 'RevOps is hybrid but no RevOps role is embedded anywhere' }],
        },
        {
            name: 'decentralized, and an embedded role that is not RevOps does not count',
            code: `
organization "Acme" { revops: decentralized }
team Sales { function: sales }
role Analyst { kind: analyst embeddedIn: [Sales] }`,
            errors: [{ line: 2, message: 'RevOps is decentralized' }],
        },
    ],
});
