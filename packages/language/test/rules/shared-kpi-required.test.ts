import { runRuleTests } from '../rule-tester.js';

const BASE = `
organization "Acme Analytics" { arr: 12M employees: 140 }
team Marketing { function: marketing }
team Sales { function: sales }`;

runRuleTests('shared-kpi-required', {
    valid: [
        {
            name: 'a KPI owned by the marketing and the sales team',
            code: `${BASE}
kpi PipelineContribution { measures: pipeline-contribution owners: [Marketing, Sales] target: 9M }`,
        },
        {
            name: 'owners may be roles, one on each side',
            code: `${BASE}
role DemandGen { kind: marketing team: Marketing }
role AE { kind: ae team: Sales }
kpi SpeedToLead { measures: speed-to-lead owners: [DemandGen, AE] target: 4h }`,
        },
        {
            name: 'a team on one side and a role on the other',
            code: `${BASE}
role VPSales { kind: vp-sales team: Sales }
kpi NetNewArr { measures: net-new-arr owners: [Marketing, VPSales] }`,
        },
        {
            name: 'a role without a team takes its side from its kind',
            code: `${BASE}
role AE { kind: ae }
kpi Conversion { measures: conversion owners: [Marketing, AE] }`,
        },
        {
            name: 'one outcome KPI among shared activity ones is enough',
            code: `${BASE}
kpi MQLs { measures: mqls owners: [Marketing, Sales] }
kpi Attribution { measures: attribution owners: [Marketing, Sales] target: 90% }`,
        },
        {
            name: 'only a sales team: not both sides, silent',
            code: `
organization "Acme" { arr: 3M }
team Sales { function: sales }
kpi NetNewArr { measures: net-new-arr owners: [Sales] }`,
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
            name: 'separate scorecards, reported on the organization title',
            code: `${BASE}
kpi MQLs { measures: mqls owners: [Marketing] target: 600 }
kpi NetNewArr { measures: net-new-arr owners: [Sales] target: 6M }`,
            errors: [{ line: 2, column: 14, message: 'No outcome KPI is shared by marketing and sales: Add' }],
        },
        {
            name: 'sharing only activity counts (MQLs, meetings) does not count, and the message says so',
            code: `${BASE}
kpi MQLs { measures: mqls owners: [Marketing, Sales] target: 600 }
kpi Meetings { measures: meetings owners: [Marketing, Sales] }`,
            errors: [{ line: 2, column: 14, message: "The shared ones ('MQLs', 'Meetings') count activity (mqls, meetings)" }],
        },
        {
            name: 'no KPI at all',
            code: BASE,
            errors: [{ line: 2, column: 14 }],
        },
        {
            name: 'marketing with RevOps or success is not sales',
            code: `${BASE}
team RevOps { function: revops }
team Success { function: success }
kpi Attribution { measures: pipeline owners: [Marketing, RevOps] }
kpi Retention { measures: nrr owners: [Sales, Success] target: 115% }`,
            errors: [{ line: 2, column: 14 }],
        },
        {
            name: 'a role without a team and of a kind with no side counts for neither side',
            code: `${BASE}
role Founder { kind: ceo }
kpi Pipeline { measures: pipeline owners: [Marketing, Founder] }`,
            errors: [{ line: 2, column: 14 }],
        },
    ],
});
