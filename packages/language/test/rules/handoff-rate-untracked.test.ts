import { runRuleTests } from '../rule-tester.js';

const BASE = `
organization "Acme Analytics" { arr: 12M employees: 140 }
team Marketing { function: marketing }
team Sales { function: sales }`;

runRuleTests('handoff-rate-untracked', {
    valid: [
        {
            name: 'one monthly handoff-rate KPI among slower ones is enough, and a KPI with no period is taken as frequent enough',
            code: `${BASE}
kpi Quarterly { measures: handoff-rate owners: [Marketing, Sales] period: quarterly }
kpi Rate { measures: handoff-rate owners: [Marketing, Sales] }`,
        },
        {
            name: 'a sales side of roles without a team still makes both sides present; tracked weekly',
            code: `
organization "Acme" { arr: 12M }
team Marketing { function: marketing }
role AE { kind: ae }
kpi Rate { measures: handoff-rate owners: [Marketing, AE] period: weekly }`,
        },
        {
            name: 'a handoff-rate KPI owned by both sides',
            code: `${BASE}
kpi HandoffRate { measures: handoff-rate owners: [Marketing, Sales] target: 40% period: monthly }`,
        },
        {
            name: 'any handoff-rate KPI counts, whoever owns it and whatever its target',
            code: `${BASE}
kpi HandoffRate { measures: handoff-rate owners: [Sales] }`,
        },
        {
            name: 'only a marketing team: not both sides, silent',
            code: `
organization "Acme" { arr: 2M }
team Marketing { function: marketing }`,
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
            name: 'every handoff-rate KPI measured less often than monthly: the message says which',
            code: `${BASE}
kpi Rate { measures: handoff-rate owners: [Marketing, Sales] period: quarterly }`,
            errors: [{ line: 2, column: 14, message: "The handoff rate is measured too rarely: 'Rate' is quarterly" }],
        },
        {
            name: 'both sides present through roles without a team',
            code: `
organization "Acme" { arr: 12M }
role Demand { kind: marketing }
role AE { kind: ae }`,
            errors: [{ line: 2, column: 14, message: 'The handoff rate is not tracked' }],
        },
        {
            name: 'both sides and no KPI, reported on the organization title',
            code: BASE,
            errors: [{ line: 2, column: 14, message: 'The handoff rate is not tracked' }],
        },
        {
            name: 'KPIs that measure something else do not count',
            code: `${BASE}
kpi PipelineContribution { measures: pipeline-contribution owners: [Marketing, Sales] target: 9M }
kpi SpeedToLead { measures: speed-to-lead owners: [Marketing, Sales] target: 4h }
kpi Conversion { measures: conversion owners: [Marketing, Sales] target: 35% }`,
            errors: [{ line: 2, column: 14 }],
        },
        {
            name: 'reported in the file of the organization',
            code: {
                'a.revorg': 'team Marketing { function: marketing }\nteam Sales { function: sales }',
                'b.revorg': '\n\norganization "Acme" { arr: 12M }',
            },
            errors: [{ line: 3, column: 14, file: 'b.revorg' }],
        },
    ],
});
