import { runRuleTests } from '../rule-tester.js';

runRuleTests('revops-placement', {
    valid: [
        {
            name: 'RevOps reporting to the CRO, the COO or the CEO',
            code: `
team RevOps { function: revops }
role CEO { kind: ceo }
role COO { kind: coo reportsTo: CEO }
role CRO { kind: cro reportsTo: CEO }
role A { kind: revops team: RevOps reportsTo: CRO }
role B { kind: revops team: RevOps reportsTo: COO }
role C { kind: revops reportsTo: CEO }`,
        },
        {
            name: 'a CRO on the sales team is still the line 003 recommends',
            code: `
team Sales { function: sales }
role CRO { kind: cro team: Sales }
role HeadOfRevOps { kind: revops reportsTo: CRO }`,
        },
        {
            name: 'partners under the head of RevOps are placed by the head, wherever they are embedded',
            code: `
team SalesEMEA { function: sales }
role COO { kind: coo }
role HeadOfRevOps { kind: revops reportsTo: COO }
role Partner { kind: revops team: SalesEMEA reportsTo: HeadOfRevOps dottedTo: [RVP] }
role RVP { kind: vp-sales team: SalesEMEA }`,
        },
        {
            name: 'a RevOps role with no manager and no team',
            code: 'role HeadOfRevOps { kind: revops }',
        },
    ],
    invalid: [
        {
            name: 'the head of RevOps reporting to the VP Sales, reported on the role',
            code: `
role VPSales { kind: vp-sales }
role HeadOfRevOps "Head of RevOps" {
    kind: revops
    reportsTo: VPSales
}`,
            errors: [{ line: 3, column: 6, message: "RevOps role 'HeadOfRevOps' reports to 'VPSales' (vp-sales)" }],
        },
        {
            name: 'a RevOps role on the marketing team',
            code: `
team Marketing { function: marketing }
role CEO { kind: ceo }
role MOps { kind: revops team: Marketing reportsTo: CEO }`,
            errors: [{ line: 4, message: "sits on the marketing team 'Marketing'" }],
        },
        {
            name: 'reporting to a marketer of any marketing kind',
            code: `
role Demand { kind: marketing }
role Ops { kind: revops reportsTo: Demand }`,
            errors: [{ line: 3, message: "reports to 'Demand' (marketing)" }],
        },
    ],
});
