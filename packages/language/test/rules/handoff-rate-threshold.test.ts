import { runRuleTests } from '../rule-tester.js';

const TEAMS = `
team Marketing { function: marketing }
team Sales { function: sales }`;

runRuleTests('handoff-rate-threshold', {
    valid: [
        {
            name: 'a target of exactly 35%',
            code: `${TEAMS}
kpi HandoffRate { measures: handoff-rate owners: [Marketing, Sales] target: 35% period: monthly }`,
        },
        {
            name: 'a target above the threshold',
            code: `${TEAMS}
kpi HandoffRate { measures: handoff-rate owners: [Marketing, Sales] target: 45% }`,
        },
        {
            name: 'a handoff-rate KPI with no target is not checked',
            code: `${TEAMS}
kpi HandoffRate { measures: handoff-rate owners: [Marketing, Sales] period: monthly }`,
        },
        {
            name: 'low targets of other measures are not handoff rates',
            code: `${TEAMS}
kpi WinRate { measures: win-rate owners: [Sales] target: 22% }
kpi Conversion { measures: conversion owners: [Marketing] target: 8% }`,
        },
        {
            name: 'a lower min accepts a 30% target',
            options: { min: 30 },
            code: `${TEAMS}
kpi HandoffRate { measures: handoff-rate owners: [Marketing, Sales] target: 30% }`,
        },
    ],
    invalid: [
        {
            name: 'a target of 34.9%, reported on the target property',
            code: `${TEAMS}
kpi HandoffRate "Handoff rate" {
    measures: handoff-rate
    owners: [Marketing, Sales]
    target: 34.9%
    period: monthly
}`,
            errors: [{ line: 7, column: 5, message: "KPI 'HandoffRate' targets a 34.9% handoff rate, below the 35%" }],
        },
        {
            name: 'a target of 0%, with or without an organization',
            code: `
organization "Acme" { arr: 12M }${TEAMS}
kpi HandoffRate { measures: handoff-rate owners: [Marketing, Sales] target: 0% }`,
            errors: [{ line: 5, column: 69, message: 'targets a 0% handoff rate' }],
        },
        {
            name: 'a higher min flags a 40% target and names the min',
            options: { min: 45 },
            code: `${TEAMS}
kpi HandoffRate { measures: handoff-rate owners: [Marketing, Sales] target: 40% }`,
            errors: [{ line: 4, message: 'below the 45% that marks an effective handoff' }],
        },
        {
            name: 'each low handoff-rate KPI is reported',
            code: `${TEAMS}
kpi SmbHandoffRate { measures: handoff-rate owners: [Marketing] target: 20% }
kpi EntHandoffRate { measures: handoff-rate owners: [Sales] target: 50% }
kpi MidHandoffRate { measures: handoff-rate owners: [Sales] target: 30% }`,
            errors: [{ line: 4, message: "'SmbHandoffRate'" }, { line: 6, message: "'MidHandoffRate'" }],
        },
    ],
});
