import { runRuleTests } from '../rule-tester.js';

const ORG = 'organization "Acme Analytics" { arr: 12M employees: 140 }';

runRuleTests('sal-definition-required', {
    valid: [
        {
            name: 'handoffs and both sides, with a SAL definition',
            code: `${ORG}
team Marketing { function: marketing }
team Sales { function: sales }
definition SAL "Sales Accepted Lead" {
    stage: sal
    title: "Director or above in Sales, Marketing or RevOps"
    fit: "B2B SaaS, 50-1000 employees"
    engagement: "Engagement score >= 60 within 30 days"
}
handoff MarketingToSales { from: Marketing to: Sales trigger: SAL }`,
        },
        {
            name: 'a SAL definition without its criteria still counts (sal-criteria-complete asks for them)',
            code: `${ORG}
team Marketing { function: marketing }
team Sales { function: sales }
definition SAL { stage: sal }`,
        },
        {
            name: 'the SAL definition may live in another file',
            code: {
                'org.revorg': `${ORG}\nrole SDR { kind: sdr }\nrole AE { kind: ae }\nhandoff SdrToAe { from: SDR to: AE }`,
                'pipeline.revorg': 'definition SAL { stage: sal }',
            },
        },
        {
            name: 'no handoff and only one side: nothing to define yet',
            code: `${ORG}
team Sales { function: sales }
team Success { function: success }
role AE { kind: ae team: Sales }`,
        },
        {
            name: 'both sides present, no handoff and no organization: nowhere to report, so silent',
            code: 'team Marketing { function: marketing }\nteam Sales { function: sales }',
        },
    ],
    invalid: [
        {
            name: 'a handoff and no definition: reported on the organization title',
            code: `${ORG}
role SDR { kind: sdr }
role AE { kind: ae }
handoff SdrToAe { from: SDR to: AE }`,
            errors: [{ line: 1, column: 14, message: 'No Sales Accepted Lead definition' }],
        },
        {
            name: 'both sides present without any handoff',
            code: `${ORG}
team Marketing { function: marketing }
team Sales { function: sales }`,
            errors: [{ line: 1, column: 14, message: '`stage: sal`' }],
        },
        {
            name: 'definitions of other stages do not count',
            code: `${ORG}
team Marketing { function: marketing }
team Sales { function: sales }
definition MQL { stage: mql title: "Any" fit: "B2B" engagement: "Score >= 40" }
definition SQL { stage: sql }
definition SAL { stage: opportunity }`,
            errors: [{ line: 1, column: 14 }],
        },
        {
            name: 'without an organization: on the first handoff in model order',
            code: {
                'b.revorg': 'role SDR { kind: sdr }\nrole AE { kind: ae }\nhandoff Second { from: SDR to: AE }',
                'a.revorg': '\nhandoff First { from: SDR to: AE }',
            },
            errors: [{ line: 2, column: 9, file: 'a.revorg', message: 'title, company fit and engagement threshold' }],
        },
        {
            name: 'the organization in another file than the handoff',
            code: {
                'a.revorg': 'role SDR { kind: sdr }\nrole AE { kind: ae }\nhandoff SdrToAe { from: SDR to: AE }',
                'b.revorg': `\n${ORG}`,
            },
            errors: [{ line: 2, column: 14, file: 'b.revorg' }],
        },
    ],
});
