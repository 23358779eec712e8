import { runRuleTests } from '../rule-tester.js';

runRuleTests('missing-property', {
    valid: [
        {
            name: 'every required property present',
            code: `
team Sales { function: sales }
role AE { kind: ae }
definition SAL { stage: sal }
handoff H { from: Sales to: AE }
sla S { handoff: H within: 24h }
kpi K { measures: pipeline owners: [Sales] }
cadence C { every: weekly attendees: [Sales] }`,
        },
        {
            name: 'declarations with no required property may be empty',
            code: `
organization "Acme Analytics" { }
icp Core { }
pod Enterprise1 { }
segment SMB { }`,
        },
        {
            name: 'an empty list is present, not missing',
            code: `
kpi K { measures: pipeline owners: [] }
cadence C { every: weekly attendees: [] }`,
        },
    ],
    invalid: [
        {
            name: 'a team without function and a role without kind, reported on their names',
            code: `
team Sales "Sales" {
    lead: VPSales
}
role VPSales { team: Sales }`,
            errors: [
                { line: 2, column: 6, message: "Team 'Sales' has no `function`" },
                { line: 5, column: 6, message: "Role 'VPSales' has no `kind`" },
            ],
        },
        {
            name: 'a definition without stage',
            code: 'definition SAL { title: "Director+" }',
            errors: [{ line: 1, column: 12, message: '`stage: sal`' }],
        },
        {
            name: 'a handoff without either end: one diagnostic naming both',
            code: 'role RevOpsLead { kind: revops }\nhandoff H { owner: RevOpsLead }',
            errors: [{ line: 2, column: 9, message: 'no `from` and `to`' }],
        },
        {
            name: 'a handoff without its `to` only',
            code: 'role SDR { kind: sdr }\nhandoff H { from: SDR }',
            errors: [{ line: 2, column: 9, message: /has no `to`, .*`to: AE`/ }],
        },
        {
            name: 'an sla without `within`, and one without `handoff`',
            code: `
role SDR { kind: sdr }
handoff H { from: SDR to: SDR }
sla Fast { handoff: H touches: 3 }
sla Slow { within: 2d }`,
            errors: [
                { line: 4, column: 5, message: 'no `within`' },
                { line: 5, column: 5, message: 'no `handoff`' },
            ],
        },
        {
            name: 'a kpi without owners and a cadence without attendees',
            code: `
kpi Pipeline { measures: pipeline target: 9M }
cadence Review { purpose: pipeline-review every: weekly }`,
            errors: [
                { line: 2, column: 5, message: 'no `owners`' },
                { line: 3, column: 9, message: 'no `attendees`' },
            ],
        },
        {
            name: 'a kpi without measures and a cadence without every',
            code: `
team Sales { function: sales }
kpi Pipeline { owners: [Sales] }
cadence Review { attendees: [Sales] }`,
            errors: [
                { line: 3, column: 5, message: 'no `measures`' },
                { line: 4, column: 9, message: 'no `every`' },
            ],
        },
    ],
});
