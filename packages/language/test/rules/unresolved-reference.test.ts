import { runRuleTests } from '../rule-tester.js';

runRuleTests('unresolved-reference', {
    valid: [
        {
            name: 'every reference names a declaration of an accepted kind',
            code: `
organization "Acme Analytics" { arr: 12M employees: 140 }
team Marketing { function: marketing lead: VPMarketing }
team Sales { function: sales lead: VPSales }
role VPMarketing { kind: vp-marketing team: Marketing }
role VPSales { kind: vp-sales team: Sales reportsTo: VPMarketing }
role AE { kind: ae team: Sales reportsTo: VPSales kpis: [NetNewArr] }
definition SAL { stage: sal owner: Sales }
handoff MarketingToAe { from: Marketing to: AE trigger: SAL owner: VPSales }
sla SpeedToLead { handoff: MarketingToAe within: 4h auditor: VPSales }
kpi NetNewArr { measures: net-new-arr owners: [AE, Sales] }
icp Core { owners: [Marketing, Sales] }
segment Enterprise { acv: 120K }
pod Ent1 { segment: Enterprise lead: AE members: [AE x2] }`,
        },
        {
            name: 'a team or a role is accepted where the property takes either (from, to, owners, attendees)',
            code: `
team Sales { function: sales }
role AE { kind: ae team: Sales }
handoff H { from: Sales to: AE owner: AE }
cadence Review { every: weekly attendees: [Sales, AE] }`,
        },
        {
            name: 'names resolve across the files of the model, in any order',
            code: {
                'roles.revorg': 'role AE { kind: ae team: Sales }',
                'teams.revorg': 'team Sales { function: sales lead: AE }',
            },
        },
    ],
    invalid: [
        {
            name: 'a misspelled name, reported on the reference',
            code: `
role VPSales { kind: vp-sales }
role AE { kind: ae reportsTo: VPSale }`,
            errors: [{ line: 3, column: 31, message: "Unknown role 'VPSale': no declaration in the model has this name" }],
        },
        {
            name: 'names are case-sensitive',
            code: 'team Sales { function: sales }\nrole AE { kind: ae team: sales }',
            errors: [{ line: 2, column: 26, message: "Unknown team 'sales'" }],
        },
        {
            name: 'a role where the property takes a team',
            code: `
team Sales { function: sales }
role VPSales { kind: vp-sales team: Sales }
role AE { kind: ae team: VPSales }`,
            errors: [{ line: 4, column: 26, message: "`team:` expects a team, but 'VPSales' is a role" }],
        },
        {
            name: 'a team where the property takes a role (a handoff owner, a team lead)',
            code: `
team Sales { function: sales lead: Sales }
role AE { kind: ae team: Sales }
handoff H { from: AE to: AE owner: Sales }`,
            errors: [
                { line: 2, column: 36, message: "`lead:` expects a role, but 'Sales' is a team" },
                { line: 4, column: 36, message: "`owner:` expects a role, but 'Sales' is a team" },
            ],
        },
        {
            name: 'a declaration of another kind where a definition, a handoff, a KPI or a segment is expected',
            code: `
role AE { kind: ae kpis: [AE] }
handoff H { from: AE to: AE trigger: AE owner: AE }
sla S { handoff: AE within: 24h }
pod P { segment: AE members: [AE] }`,
            errors: [
                { line: 2, column: 27, message: "`kpis:` expects a KPI, but 'AE' is a role" },
                { line: 3, column: 38, message: "`trigger:` expects a definition, but 'AE' is a role" },
                { line: 4, column: 18, message: "`handoff:` expects a handoff, but 'AE' is a role" },
                { line: 5, column: 18, message: "`segment:` expects a segment, but 'AE' is a role" },
            ],
        },
        {
            name: 'one diagnostic per unknown name in a list, each on its element',
            code: `
role AE { kind: ae }
kpi Win { measures: win-rate owners: [Ghost, AE, Phantom] }
pod P { members: [AE x2, Nobody] }`,
            errors: [
                { line: 3, column: 39, message: "Unknown team, role or pod 'Ghost'" },
                { line: 3, column: 50, message: "Unknown team, role or pod 'Phantom'" },
                { line: 4, column: 26, message: "Unknown role 'Nobody'" },
            ],
        },
        {
            name: 'reported in the file that holds the reference',
            code: {
                'a.revorg': 'team Sales { function: sales }',
                'b.revorg': 'role AE { kind: ae team: Sales reportsTo: Chief }',
            },
            errors: [{ line: 1, column: 43, file: 'b.revorg', message: "Unknown role 'Chief'" }],
        },
    ],
});
