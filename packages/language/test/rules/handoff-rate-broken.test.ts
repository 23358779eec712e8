import { runRuleTests } from '../rule-tester.js';

const SIDES = `
team Marketing { function: marketing }
team Sales { function: sales }`;

runRuleTests('handoff-rate-broken', {
    valid: [
        {
            name: 'a measured handoff rate of exactly 35%',
            code: `${SIDES}
kpi HandoffRate { measures: handoff-rate owners: [Marketing, Sales] target: 40% actual: 35% }`,
        },
        {
            name: 'no actual yet: nothing measured, nothing to judge (the target is handoff-rate-threshold\'s)',
            code: `${SIDES}
kpi HandoffRate { measures: handoff-rate owners: [Marketing, Sales] target: 20% }`,
        },
        {
            name: 'a low actual on another measure',
            code: `${SIDES}
kpi WinRate { measures: win-rate owners: [Sales] target: 25% actual: 18% }`,
        },
        {
            name: 'a lower min from the options',
            options: { min: 25 },
            code: `${SIDES}
kpi HandoffRate { measures: handoff-rate owners: [Marketing, Sales] actual: 28% }`,
        },
    ],
    invalid: [
        {
            name: 'a measured 28%, reported on the actual property',
            code: `${SIDES}
kpi HandoffRate {
    measures: handoff-rate
    owners: [Marketing, Sales]
    target: 40%
    actual: 28%
    period: monthly
}`,
            errors: [{ line: 8, column: 5, message: "KPI 'HandoffRate' measures a 28% handoff rate, under the 35% below which a handoff is broken" }],
        },
        {
            name: 'one diagnostic per broken KPI',
            code: `${SIDES}
kpi Inbound { measures: handoff-rate owners: [Marketing, Sales] actual: 12.5% }
kpi Outbound { measures: handoff-rate owners: [Marketing, Sales] actual: 34% }`,
            errors: [{ line: 4, message: '12.5%' }, { line: 5, message: '34%' }],
        },
        {
            name: 'a higher min from the options',
            options: { min: 50 },
            code: `${SIDES}
kpi HandoffRate { measures: handoff-rate owners: [Marketing, Sales] actual: 45% }`,
            errors: [{ line: 4, message: 'under the 50%' }],
        },
    ],
});
