import { runRuleTests } from '../rule-tester.js';

runRuleTests('cro-scope', {
    valid: [
        {
            name: 'everyone on both sides reports up to the CRO, directly or through their VPs',
            code: `
role CRO "Chief Revenue Officer" { kind: cro }
role VPSales { kind: vp-sales reportsTo: CRO }
role VPMarketing { kind: vp-marketing reportsTo: CRO }
role SDR { kind: sdr reportsTo: VPSales }
role Demand { kind: marketing reportsTo: VPMarketing }`,
        },
        {
            name: 'a marketing team whose lead reports to the CRO, whatever its kind',
            code: `
team Growth "Growth Marketing" { function: marketing lead: HeadOfGrowth }
role CRO { kind: cro }
role HeadOfGrowth "Head of Growth" { kind: other team: Growth reportsTo: CRO }
role Writer { kind: other team: Growth reportsTo: HeadOfGrowth }`,
        },
        {
            name: 'roles on neither side (success, finance, the CEO above the CRO) may sit outside its line',
            code: `
team Success { function: success }
role CEO { kind: ceo }
role CRO { kind: cro reportsTo: CEO }
role VPSales { kind: vp-sales reportsTo: CRO }
role CSM { kind: csm team: Success reportsTo: CEO }
role Controller { kind: analyst reportsTo: CEO }`,
        },
        {
            name: 'no CRO, nothing to check',
            code: 'role VPSales { kind: vp-sales }\nrole SDR { kind: sdr reportsTo: VPSales }',
        },
        {
            name: 'a reporting cycle through the CRO ends the chain without looping',
            code: `
role CRO { kind: cro reportsTo: VPSales }
role VPSales { kind: vp-sales reportsTo: CRO }`,
        },
    ],
    invalid: [
        {
            name: 'a VP Marketing reporting to the CEO leaves marketing outside the CRO, reported on the CRO with the role named',
            code: `
role CEO { kind: ceo }
role CRO "Chief Revenue Officer" {
    kind: cro
    reportsTo: CEO
}
role VPSales { kind: vp-sales reportsTo: CRO }
role VPMarketing { kind: vp-marketing reportsTo: CEO }`,
            errors: [{ line: 3, column: 6, message: "CRO 'CRO' does not lead all of sales and marketing: 'VPMarketing' does not report up to them" }],
        },
        {
            name: 'a sales role without a team is on the sales side by its kind',
            code: `
role CRO { kind: cro }
role VPMarketing { kind: vp-marketing reportsTo: CRO }
role AE { kind: ae }`,
            errors: [{ line: 2, column: 6, message: "'AE' does not report up to them" }],
        },
        {
            name: 'a role on a sales team counts, whatever its kind',
            code: `
team Sales { function: sales }
role CRO { kind: cro }
role Ops { kind: other team: Sales }`,
            errors: [{ line: 3, message: "'Ops'" }],
        },
        {
            name: 'leaders are named first, five at most, then how many more',
            code: `
team Sales { function: sales lead: Lead }
role CRO { kind: cro }
role R1 { kind: sdr }
role R2 { kind: sdr }
role R3 { kind: sdr }
role R4 { kind: sdr }
role R5 { kind: sdr }
role VPMarketing { kind: vp-marketing }
role Lead { kind: other team: Sales }`,
            errors: [{ line: 3, message: "'VPMarketing', 'Lead', 'R1', 'R2', 'R3' and 2 more do not report up to them" }],
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
