import { runRuleTests } from '../rule-tester.js';

const BASE = `
organization "Acme Analytics" { arr: 12M employees: 140 }
team Marketing { function: marketing }
team Sales { function: sales }`;

runRuleTests('shared-icp-required', {
    valid: [
        {
            name: 'an ICP owned by marketing and sales',
            code: `${BASE}
icp Core { owners: [Marketing, Sales] criteria: ["B2B SaaS", "50-1000 employees"] }`,
        },
        {
            name: 'any marketing team and any sales team will do',
            code: `${BASE}
team FieldMarketing { function: marketing }
team EnterpriseSales { function: sales }
icp MarketingOnly { owners: [Marketing] }
icp Enterprise { owners: [FieldMarketing, EnterpriseSales] criteria: ["1000+ employees"] }`,
        },
        {
            name: 'only a marketing team: not both sides, silent',
            code: `
organization "Acme" { arr: 2M }
team Marketing { function: marketing }
icp Core { owners: [Marketing] }`,
        },
        {
            name: 'no organization: silent',
            code: `
team Marketing { function: marketing }
team Sales { function: sales }`,
        },
    ],
    invalid: [
        {
            name: 'no ICP, reported on the organization title',
            code: BASE,
            errors: [{ line: 2, column: 14, message: 'No ICP is owned by both marketing and sales' }],
        },
        {
            name: 'one ICP per side is not a shared ICP',
            code: `${BASE}
icp MarketingIcp { owners: [Marketing] criteria: ["B2B SaaS"] }
icp SalesIcp { owners: [Sales] criteria: ["Uses Salesforce"] }`,
            errors: [{ line: 2, column: 14 }],
        },
        {
            name: 'marketing with success or RevOps is not sales',
            code: `${BASE}
team Success { function: success }
team RevOps { function: revops }
icp Core { owners: [Marketing, Success, RevOps] }`,
            errors: [{ line: 2, column: 14 }],
        },
        {
            name: 'an ICP with no owners',
            code: `${BASE}
icp Core { owners: [] criteria: ["B2B SaaS"] }`,
            errors: [{ line: 2, column: 14 }],
        },
    ],
});
