/** The small clean model the language-server tests start from: every rule satisfied, so each test's diagnostics are its own. */
export const SERVER_ORG = `organization "Server Co" {
    arr: 12M
    employees: 30
}
team Sales { function: sales lead: VP }
role VP { kind: vp-sales team: Sales }
role AE { kind: ae team: Sales reportsTo: VP }
definition SAL { stage: sal title: "VP" fit: "SaaS" engagement: "Demo" }
cadence Review { purpose: structure-review every: yearly attendees: [VP] }
kpi NewArr { measures: net-new-arr owners: [AE] }
`;
