import { runRuleTests } from '../rule-tester.js';

runRuleTests('cro-scope', {
    valid: [
        {
            name: 'a VP Marketing reports directly to the CRO',
            code: `
role CRO "Chief Revenue Officer" { kind: cro }
role VPSales { kind: vp-sales reportsTo: CRO }
role VPMarketing { kind: vp-marketing reportsTo: CRO }`,
        },
        {
            name: 'the lead of a marketing-function team reports to the CRO, whatever its kind',
            code: `
team Growth "Growth Marketing" { function: marketing lead: HeadOfGrowth }
role CRO { kind: cro }
role HeadOfGrowth "Head of Growth" { kind: marketing team: Growth reportsTo: CRO }`,
        },
        {
            name: 'a VP Marketing with no team still counts',
            code: 'role CRO { kind: cro }\nrole CMO { kind: vp-marketing reportsTo: CRO }',
        },
        {
            name: 'no CRO, nothing to check',
            code: 'role VPSales { kind: vp-sales }\nrole SDR { kind: sdr reportsTo: VPSales }',
        },
    ],
    invalid: [
        {
            name: 'a CRO with no direct reports, reported on its name',
            code: `
organization "Acme" { arr: 30M }
role CRO "Chief Revenue Officer" {
    kind: cro
}`,
            errors: [{ line: 3, column: 6, message: "CRO 'CRO' has no marketing leader reporting to them" }],
        },
        {
            name: 'a VP Marketing two levels down does not count',
            code: `
role CRO { kind: cro }
role VPSales { kind: vp-sales reportsTo: CRO }
role VPMarketing { kind: vp-marketing reportsTo: VPSales }`,
            errors: [{ line: 2, column: 6 }],
        },
        {
            name: 'the lead of a sales team, or a marketer who does not lead the marketing team, does not count',
            code: `
team Marketing { function: marketing lead: VPMarketing }
team Sales { function: sales lead: VPSales }
role CRO { kind: cro }
role VPSales { kind: vp-sales team: Sales reportsTo: CRO }
role ContentLead { kind: marketing team: Marketing reportsTo: CRO }
role VPMarketing { kind: other team: Marketing }`,
            errors: [{ line: 4, column: 6 }],
        },
        {
            name: 'a VP Marketing reporting to the CEO leaves the CRO over sales alone',
            code: `
role CEO { kind: ceo }
role CRO { kind: cro reportsTo: CEO }
role VPMarketing { kind: vp-marketing reportsTo: CEO }`,
            errors: [{ line: 3, column: 6 }],
        },
        {
            name: 'each CRO is checked on its own',
            code: `
role NorthCRO { kind: cro }
role SouthCRO { kind: cro }
role VPMarketing { kind: vp-marketing reportsTo: NorthCRO }`,
            errors: [{ line: 3, column: 6, message: "CRO 'SouthCRO'" }],
        },
    ],
});
