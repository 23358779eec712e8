import { runRuleTests } from '../rule-tester.js';

const BASE = `
organization "Acme Analytics" { arr: 12M employees: 140 }
team Marketing { function: marketing }
team Sales { function: sales }`;

runRuleTests('pipeline-review-required', {
    valid: [
        {
            name: 'a weekly pipeline review with both teams',
            code: `${BASE}
cadence PipelineReview { purpose: pipeline-review every: weekly duration: 30m attendees: [Marketing, Sales] }`,
        },
        {
            name: 'a biweekly alignment meeting of leaders on each side',
            code: `${BASE}
role VPMarketing { kind: vp-marketing team: Marketing }
role VPSales { kind: vp-sales team: Sales }
cadence AlignmentCheck { purpose: alignment every: biweekly duration: 1h attendees: [VPMarketing, VPSales] }`,
        },
        {
            name: 'a daily pipeline review counts, next to a quarterly QBR',
            code: `${BASE}
cadence Qbr { purpose: qbr every: quarterly attendees: [Marketing, Sales] }
cadence Standup { purpose: pipeline-review every: daily attendees: [Sales, Marketing] }`,
        },
        {
            name: 'only a sales team: not both sides, silent',
            code: `
organization "Acme" { arr: 3M }
team Sales { function: sales }`,
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
            name: 'no cadence at all, reported on the organization title',
            code: BASE,
            errors: [{ line: 2, column: 14, message: /No pipeline review brings marketing and sales together at least every two weeks: add/ }],
        },
        {
            name: 'a monthly pipeline review is too slow, and the message says so',
            code: `${BASE}
cadence PipelineSync { purpose: pipeline-review every: monthly attendees: [Marketing, Sales] }`,
            errors: [{ line: 2, column: 14, message: "'PipelineSync' runs monthly, which is a post-mortem, not alignment" }],
        },
        {
            name: 'a weekly review with sales alone does not count',
            code: `${BASE}
role AE { kind: ae team: Sales }
cadence Forecast { purpose: pipeline-review every: weekly attendees: [Sales, AE] }`,
            errors: [{ line: 2, column: 14, message: /every two weeks: add/ }],
        },
        {
            name: 'weekly meetings with another purpose do not count',
            code: `${BASE}
cadence Qbr { purpose: qbr every: weekly attendees: [Marketing, Sales] }
cadence Structure { purpose: structure-review every: weekly attendees: [Marketing, Sales] }
cadence Other { purpose: other every: weekly attendees: [Marketing, Sales] }`,
            errors: [{ line: 2, column: 14 }],
        },
        {
            name: 'a quarterly alignment meeting is named as too slow too',
            code: `${BASE}
cadence Offsite { purpose: alignment every: quarterly attendees: [Marketing, Sales] }
cadence Review { purpose: pipeline-review every: monthly attendees: [Marketing, Sales] }`,
            errors: [{ line: 2, column: 14, message: /'Offsite' runs quarterly.*'Review' runs monthly/ }],
        },
    ],
});
