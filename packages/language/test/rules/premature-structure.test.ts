import { runRuleTests } from '../rule-tester.js';

const structure = `
team Ops { function: revops }
role RevOpsLead { kind: revops team: Ops }
role AE { kind: ae }
pod Alpha { members: [AE x2] }`;

runRuleTests('premature-structure', {
    valid: [
        {
            name: 'from 51 employees RevOps is what revops-leader-required asks for: only pods are premature then',
            code: `organization "Acme" { arr: 3M employees: 51 }
team RevOps { function: revops }
role Ops { kind: revops team: RevOps }`,
        },
        {
            name: 'exactly $5M ARR is no longer premature',
            code: `organization "Acme" { arr: 5M }${structure}`,
        },
        {
            name: 'well past $5M ARR',
            code: `organization "Acme" { arr: 40M employees: 300 }${structure}`,
        },
        {
            name: 'under $5M ARR without pods or RevOps structure',
            code: `
organization "Acme" { arr: 2M employees: 18 }
team Sales { function: sales }
role Founder { kind: ceo team: Sales }
role AE { kind: ae team: Sales reportsTo: Founder }`,
        },
        {
            name: 'ARR absent: silent',
            code: `organization "Acme" { employees: 20 }${structure}`,
        },
        {
            name: 'no organization: silent',
            code: structure,
        },
        {
            name: 'a lower maxArr option lets $3M ARR have its RevOps hire',
            options: { maxArr: 3_000_000 },
            code: `organization "Acme" { arr: 3M }${structure}`,
        },
    ],
    invalid: [
        {
            name: 'at 51 employees under $5M ARR a pod is still premature, the RevOps team and role are not',
            code: `organization "Acme" { arr: 3M employees: 60 }${structure}`,
            errors: [{ line: 5, message: "Pod 'Alpha'" }],
        },
        {
            name: 'just under $5M ARR: the team, the role and the pod each reported on its name, in model order',
            code: `organization "Acme" { arr: 4999999 }${structure}`,
            errors: [
                { line: 2, column: 6, message: "RevOps team 'Ops'" },
                { line: 3, column: 6, message: "RevOps role 'RevOpsLead'" },
                { line: 5, column: 5, message: "Pod 'Alpha'" },
            ],
        },
        {
            name: 'the message names the ARR and the threshold',
            code: `
organization "Seedling" { arr: 3M }
pod Core { members: [] }`,
            errors: [{ line: 3, column: 5, message: "Pod 'Core' at $3M ARR is premature structure: under $5M ARR" }],
        },
        {
            name: 'a RevOps role in a non-RevOps team is reported alone',
            code: `
organization "Acme" { arr: 1.5M }
team Sales { function: sales }
role SalesOps { kind: revops team: Sales }`,
            errors: [{ line: 4, column: 6, message: "RevOps role 'SalesOps'" }],
        },
        {
            name: 'a higher maxArr option flags $8M ARR, and the message uses it',
            options: { maxArr: 10_000_000 },
            code: `
organization "Acme" { arr: 8M }
pod Alpha { members: [] }`,
            errors: [{ line: 3, message: 'under $10M ARR' }],
        },
        {
            name: 'declarations across files, each in its own file',
            code: {
                'a.revorg': 'pod Alpha { members: [] }',
                'b.revorg': 'organization "Acme" { arr: 3M }\nteam Ops { function: revops }',
            },
            errors: [{ line: 1, column: 5, file: 'a.revorg' }, { line: 2, column: 6, file: 'b.revorg' }],
        },
    ],
});
