import { runRuleTests } from '../rule-tester.js';

const TEAMS = `
team Marketing { function: marketing }
team Sales { function: sales }`;

runRuleTests('marketing-sales-handoff-required', {
    valid: [
        {
            name: 'roles without a team take their side from their kind',
            code: `
organization "Acme" { arr: 12M }
role Demand { kind: marketing }
role AE { kind: ae }
handoff Inbound { from: Demand to: AE }`,
        },
        {
            name: 'a revenue generalist without a team counts for both sides',
            code: `
organization "Acme" { arr: 1M }
role Generalist { kind: generalist }
role AE { kind: ae }
handoff ToClose { from: Generalist to: AE }`,
        },
        {
            name: 'a handoff from the marketing team to the sales team',
            code: `
organization "Acme" { arr: 12M employees: 140 }${TEAMS}
handoff MarketingToSales { from: Marketing to: Sales }`,
        },
        {
            name: 'a handoff between roles on each side counts',
            code: `
organization "Acme" { arr: 12M }${TEAMS}
role DemandGen { kind: marketing team: Marketing }
role SDR { kind: sdr team: Sales }
handoff Inbound { from: DemandGen to: SDR }`,
        },
        {
            name: 'a marketing team to a sales role counts',
            code: `
organization "Acme" { arr: 12M }${TEAMS}
role AE { kind: ae team: Sales }
handoff Inbound { from: Marketing to: AE }`,
        },
        {
            name: 'no sales-function team: not both sides, silent',
            code: `
organization "Acme" { arr: 2M }
team Marketing { function: marketing }
team Success { function: success }`,
        },
        {
            name: 'no organization: silent',
            code: TEAMS,
        },
    ],
    invalid: [
        {
            name: 'both sides and no handoff, reported on the organization title',
            code: `
organization "Acme Analytics" {
    arr: 12M
}${TEAMS}`,
            errors: [{ line: 2, column: 14, message: 'No handoff goes from marketing to sales' }],
        },
        {
            name: 'a handoff from sales back to marketing does not count',
            code: `
organization "Acme" { arr: 12M }${TEAMS}
handoff Nurture { from: Sales to: Marketing }`,
            errors: [{ line: 2, column: 14 }],
        },
        {
            name: 'handoffs inside sales, or from marketing to success, do not count',
            code: `
organization "Acme" { arr: 12M }${TEAMS}
team Success { function: success }
role SDR { kind: sdr team: Sales }
role AE { kind: ae team: Sales }
handoff SdrToAe { from: SDR to: AE }
handoff Advocacy { from: Marketing to: Success }`,
            errors: [{ line: 2, column: 14 }],
        },
        {
            name: 'a role without a team and of a kind with no side is on neither side',
            code: `
organization "Acme" { arr: 12M }${TEAMS}
role Analyst { kind: analyst }
handoff Inbound { from: Analyst to: Sales }`,
            errors: [{ line: 2, column: 14 }],
        },
        {
            name: 'a marketer handing to a marketer is not a handoff to sales',
            code: `
organization "Acme" { arr: 12M }
role Demand { kind: marketing }
role MDR { kind: mdr }
role AE { kind: ae }
handoff Inbound { from: Demand to: MDR }`,
            errors: [{ line: 2, column: 14 }],
        },
        {
            name: 'reported where the organization is, in a multi-file model',
            code: {
                'org.revorg': '// Acme\norganization "Acme" { arr: 12M }',
                'teams.revorg': TEAMS,
            },
            errors: [{ line: 2, column: 14, file: 'org.revorg' }],
        },
    ],
});
