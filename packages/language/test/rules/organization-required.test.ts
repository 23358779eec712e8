import { runRuleTests } from '../rule-tester.js';

runRuleTests('organization-required', {
    valid: [
        {
            name: 'a model with an organization',
            code: `
organization "Acme Analytics" { arr: 12M employees: 140 }
team Sales { function: sales }`,
        },
        {
            name: 'the organization may sit in another file than the other declarations',
            code: {
                'a.revorg': 'team Sales { function: sales }\nrole VPSales { kind: vp-sales team: Sales }',
                'z.revorg': 'organization "Acme Analytics" { arr: 12M employees: 140 }',
            },
        },
        {
            name: 'an organization without ARR or headcount is still an organization',
            code: 'organization "Acme Analytics" { }\nteam Sales { function: sales }',
        },
        {
            name: 'an empty model (no declarations, only comments) needs no organization',
            code: { 'a.revorg': '// to be written\n', 'b.revorg': '' },
        },
    ],
    invalid: [
        {
            name: 'no organization: one diagnostic, on the first declaration',
            code: `
// The sales team
team Sales { function: sales }
role VPSales { kind: vp-sales team: Sales }
role AE { kind: ae team: Sales reportsTo: VPSales }`,
            errors: [{ line: 3, column: 6, message: 'The model has no `organization`' }],
        },
        {
            name: 'the first declaration in model order: files sorted by path',
            code: {
                'teams.revorg': 'team Sales { function: sales }',
                'roles.revorg': '\n\nrole VPSales { kind: vp-sales team: Sales }',
            },
            errors: [{ line: 3, column: 6, file: 'roles.revorg' }],
        },
        {
            name: 'the message says what to add',
            code: 'kpi Pipeline { measures: pipeline owners: [] }',
            errors: [{ line: 1, column: 5, message: 'add `organization "Name" { arr: ..., employees: ... }`' }],
        },
    ],
});
