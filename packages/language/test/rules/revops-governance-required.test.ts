import { runRuleTests } from '../rule-tester.js';

runRuleTests('revops-governance-required', {
    valid: [
        {
            name: 'hybrid RevOps with a led RevOps team',
            code: `
organization "Acme" { arr: 90M revops: hybrid }
team RevOps { function: revops lead: HeadOfRevOps }
role HeadOfRevOps { kind: revops team: RevOps }`,
        },
        {
            name: 'decentralized RevOps: one led RevOps team among unled ones is enough',
            code: `
organization "Acme" { arr: 90M revops: decentralized }
team RevOpsEmea { function: revops }
team RevOpsCore { function: revops lead: HeadOfRevOps }
role HeadOfRevOps { kind: revops team: RevOpsCore }`,
        },
        {
            name: 'centralized RevOps is not checked',
            code: 'organization "Acme" { arr: 90M revops: centralized }',
        },
        {
            name: 'no revops property: silent',
            code: 'organization "Acme" { arr: 90M }\nteam RevOps { function: revops }',
        },
        {
            name: 'no organization: silent',
            code: 'team RevOps { function: revops }',
        },
    ],
    invalid: [
        {
            name: 'hybrid RevOps without any RevOps team, reported on the revops property',
            code: `
organization "Acme" {
    arr: 90M
    revops: hybrid
}`,
            errors: [{ line: 4, column: 5, message: 'RevOps is hybrid but no RevOps team has a lead' }],
        },
        {
            name: 'decentralized RevOps with a RevOps team that has no lead',
            code: `
organization "Acme" { arr: 90M revops: decentralized }
team RevOps { function: revops }
role Architect { kind: revops team: RevOps }`,
            errors: [{ line: 2, column: 32, message: 'RevOps is decentralized' }],
        },
        {
            name: 'a led team of another function does not count, even when its lead is a RevOps role',
            code: `
organization "Acme" { arr: 90M revops: hybrid }
team SalesOps { function: sales lead: SalesOpsLead }
role SalesOpsLead { kind: revops team: SalesOps }`,
            errors: [{ line: 2, column: 32 }],
        },
        {
            name: 'the RevOps team may be in another file; it still needs a lead',
            code: {
                'a.revorg': 'organization "Acme" { arr: 90M revops: hybrid }',
                'b.revorg': 'team RevOps { function: revops }',
            },
            errors: [{ line: 1, column: 32, file: 'a.revorg' }],
        },
    ],
});
