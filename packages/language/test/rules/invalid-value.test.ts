import { runRuleTests } from '../rule-tester.js';

runRuleTests('invalid-value', {
    valid: [
        {
            name: 'every way of writing money, counts, percentages and durations',
            code: `
organization "Acme Analytics" { arr: $12,000,000 employees: 140 acv: 45K products: 2 }
segment Enterprise { acv: $1.5B }
segment SMB { acv: 8000 }
role AE { kind: ae headcount: 0 }
handoff H { from: AE to: AE owner: AE }
sla S { handoff: H within: 30m touches: 3 volume: 400 }
sla T { handoff: H within: 1w }
cadence C { every: weekly attendees: [AE] duration: 1h }
kpi Pipeline { measures: pipeline owners: [AE] target: 9M }
kpi Speed { measures: speed-to-lead owners: [AE] target: 4h }
kpi Logos { measures: new-logos owners: [AE] target: 40 }
kpi Conversion { measures: conversion owners: [AE] target: 12.5% }
pod P { members: [AE x3, AE] }`,
        },
        {
            name: 'a percentage of 0% and of exactly 100% is in range',
            code: `
role AE { kind: ae }
kpi Win { measures: win-rate owners: [AE] target: 100% }
kpi Churn { measures: churn owners: [AE] target: 0% }`,
        },
        {
            name: 'net revenue retention and expansion may exceed 100%',
            code: `
role CSM { kind: csm }
kpi NRR { measures: nrr owners: [CSM] target: 140% }
kpi Expansion { measures: expansion owners: [CSM] target: 130% }`,
        },
    ],
    invalid: [
        {
            name: 'a negative count, reported on the property',
            code: 'role AE {\n    kind: ae\n    headcount: -1\n}',
            errors: [{ line: 3, column: 5, message: "Invalid `headcount`: '-1' is negative" }],
        },
        {
            name: 'a percentage just over 100% on a KPI that is not retention or expansion',
            code: `
role AE { kind: ae }
kpi Win { measures: win-rate owners: [AE] target: 100.1% }
kpi Churn { measures: churn owners: [AE] target: 140% }`,
            errors: [
                { line: 3, column: 43, message: 'between 0% and 100% for a KPI that measures win-rate' },
                { line: 4, column: 42, message: 'for a KPI that measures churn' },
            ],
        },
        {
            name: 'a duration of zero',
            code: `
role SDR { kind: sdr }
handoff H { from: SDR to: SDR owner: SDR }
sla SpeedToLead { handoff: H within: 0h }
cadence Review { every: weekly attendees: [SDR] duration: 0m }`,
            errors: [
                { line: 4, column: 30, message: "'0h' is not a positive duration" },
                { line: 5, column: 49, message: "'0m' is not a positive duration" },
            ],
        },
        {
            name: 'a value of the wrong kind names what was expected',
            code: `
organization "Acme Analytics" { arr: 12M employees: 140.5 products: 2M }
role AE { kind: ae }
handoff H { from: AE to: AE owner: AE }
sla S { handoff: H within: 12M }
kpi NetNew { measures: net-new-arr owners: [AE] target: 35% }`,
            errors: [
                { line: 2, column: 42, message: "'140.5' is a number, not a whole number" },
                { line: 2, column: 59, message: "'2M' is an amount of money, not a whole number" },
                { line: 5, column: 20, message: "'12M' is an amount of money, not a duration" },
                { line: 6, column: 49, message: 'expected an amount of money for a KPI that measures net-new-arr' },
            ],
        },
        {
            name: 'a lower-case money suffix says to write it in capitals',
            code: 'segment SMB { acv: 8k }',
            errors: [{ line: 1, column: 15, message: 'write K, in capitals' }],
        },
        {
            name: 'a pod member multiplier that is not x1, x2, ...',
            code: `
role AE { kind: ae }
pod Enterprise1 { members: [AE x0, AE y2] }`,
            errors: [
                { line: 3, column: 29, message: "Invalid pod member multiplier 'x0'" },
                { line: 3, column: 36, message: "Invalid pod member multiplier 'y2'" },
            ],
        },
    ],
});
