import { runRuleTests } from '../rule-tester.js';

runRuleTests('revops-leader-required', {
    valid: [
        {
            name: '50 employees (the end of the growth stage) without RevOps',
            code: `
organization "Acme" { arr: 6M employees: 50 }
role CEO { kind: ceo }`,
        },
        {
            name: '51 employees with a RevOps role',
            code: `
organization "Acme" { arr: 8M employees: 51 }
role RevOpsLead { kind: revops }`,
        },
        {
            name: 'an enterprise with a RevOps role in any team',
            code: `
organization "Acme" { arr: 80M employees: 900 }
team Sales { function: sales }
role SalesOpsDirector { kind: revops team: Sales }`,
        },
        {
            name: 'employees absent: silent',
            code: `
organization "Acme" { arr: 40M }
role CEO { kind: ceo }`,
        },
        {
            name: 'no organization: silent',
            code: 'role CEO { kind: ceo }',
        },
    ],
    invalid: [
        {
            name: '51 employees without a RevOps role, reported on the organization title with the headcount',
            code: `
organization "Acme Analytics" { arr: 8M employees: 51 }
role CEO { kind: ceo }`,
            errors: [{ line: 2, column: 14, message: 'At 51 employees there is no RevOps role' }],
        },
        {
            name: 'a RevOps-function team without a role of kind revops is not enough',
            code: `
organization "Acme" { arr: 30M employees: 250 }
team RevOps { function: revops lead: Analyst }
role Analyst { kind: analyst team: RevOps }`,
            errors: [{ line: 2, column: 14, message: '250 employees' }],
        },
        {
            name: 'the organization may come after other declarations',
            code: `role CEO { kind: ceo }
organization "Acme" {
    arr: 20M
    employees: 140
}`,
            errors: [{ line: 2, column: 14 }],
        },
    ],
});
