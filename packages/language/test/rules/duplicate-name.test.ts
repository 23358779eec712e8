import { runRuleTests } from '../rule-tester.js';

runRuleTests('duplicate-name', {
    valid: [
        {
            name: 'distinct names across kinds and files, and a single organization',
            code: {
                'org.revorg': 'organization "Acme Analytics" { arr: 12M employees: 140 }\nteam Sales { function: sales }',
                'roles.revorg': 'role VPSales { kind: vp-sales team: Sales }\nrole AE { kind: ae team: Sales reportsTo: VPSales }',
            },
        },
        {
            name: 'display titles may repeat: only names must be unique',
            code: `
role AEMidMarket "Account Executive" { kind: ae }
role AEEnterprise "Account Executive" { kind: ae reportsTo: AEMidMarket }`,
        },
        {
            name: 'names that differ only in case are different names',
            code: 'team Sales { function: sales }\nrole sales { kind: vp-sales team: Sales }',
        },
    ],
    invalid: [
        {
            name: 'a team and a role share a name: reported on the later one, naming the earlier',
            code: `
team Sales { function: sales }
role Sales { kind: vp-sales }`,
            errors: [{ line: 3, column: 6, message: "The name 'Sales' is already used by team 'Sales' on line 2" }],
        },
        {
            name: 'three declarations with one name: each after the first is reported',
            code: `
role AE { kind: ae }
kpi AE { measures: net-new-arr owners: [Sales] }
team Sales { function: sales }
handoff AE { from: Sales to: Sales }`,
            errors: [
                { line: 3, column: 5, message: 'rename this kpi' },
                { line: 5, column: 9, message: 'rename this handoff' },
            ],
        },
        {
            name: 'across files the first in model order (by path) wins, whatever order the files come in',
            code: {
                'b.revorg': 'role SDR { kind: sdr }',
                'a.revorg': 'team Marketing { function: marketing }\nrole SDR { kind: bdr team: Marketing }',
            },
            errors: [{ line: 1, column: 6, file: 'b.revorg', message: "already used by role 'SDR' in a.revorg, line 2" }],
        },
        {
            name: 'a second organization is reported on its title, naming both',
            code: `
organization "Acme Analytics" { arr: 12M employees: 140 }
team Sales { function: sales }
organization "Acme EMEA" { arr: 4M employees: 30 }`,
            errors: [{ line: 4, column: 14, message: 'A second organization ("Acme EMEA")' }],
        },
        {
            name: 'a second organization in another file; the first by path is the one the rules read',
            code: {
                'b.revorg': 'organization "Acme EMEA" { arr: 4M employees: 30 }',
                'a.revorg': 'organization "Acme Analytics" { arr: 12M employees: 140 }',
            },
            errors: [{ line: 1, column: 14, file: 'b.revorg', message: 'the rules read the first one ("Acme Analytics")' }],
        },
    ],
});
