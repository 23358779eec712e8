/** The report of a model written in the test, built as the CLI builds it. */
import { resolveConfig, type RuleOverrides } from '@revorg/language';
import { buildReport, modelFindings, type Report } from '../../src/index.js';
import { buildTestModel } from '../helpers.js';

export async function reportOf(code: string | Record<string, string>, ...config: RuleOverrides[]): Promise<Report> {
    const { outcome, facts, locator } = await buildTestModel(code, ...config);
    return buildReport({ facts, locator, findings: modelFindings(outcome.documents, locator), config: resolveConfig(...config) });
}

/** A small, healthy growth-stage org: both sides, a shared ICP, a complete SAL, owned handoffs with SLAs, shared KPIs, a weekly review. */
export const HEALTHY = `organization "Acme" { arr: 8M employees: 40 acv: 20K }
team Marketing "Marketing" { function: marketing lead: VPM }
team Sales "Sales" { function: sales lead: VPS }
team RevOps { function: revops lead: Ops }
role CEO { kind: ceo }
role VPM "VP Marketing" { kind: vp-marketing team: Marketing reportsTo: CEO }
role VPS "VP Sales" { kind: vp-sales team: Sales reportsTo: CEO }
role Ops { kind: revops team: RevOps reportsTo: CEO }
role Marketer { kind: marketing team: Marketing reportsTo: VPM headcount: 2 }
role SDR { kind: sdr team: Sales reportsTo: VPS headcount: 3 }
role AE { kind: ae team: Sales reportsTo: VPS headcount: 4 }
definition MQL { stage: mql engagement: "Score 50+" }
definition SAL { stage: sal title: "Director+" fit: "SaaS, 50-500 people" engagement: "Demo request" }
icp Core { owners: [Marketing, Sales] criteria: ["B2B SaaS"] }
handoff MarketingToSdr { from: Marketing to: SDR trigger: MQL owner: Ops }
handoff SdrToAe { from: SDR to: AE trigger: SAL owner: VPS }
sla SpeedToLead { handoff: MarketingToSdr within: 1h touches: 4 volume: 200 audit: weekly }
sla Acceptance { handoff: SdrToAe within: 1d touches: 2 volume: 40 audit: weekly }
kpi Pipeline { measures: pipeline-contribution owners: [Marketing, Sales] target: 2M period: quarterly }
kpi HandoffRate { measures: handoff-rate owners: [Marketing, Sales] target: 45% actual: 41% period: monthly }
cadence Review { purpose: pipeline-review every: weekly duration: 30m attendees: [Marketing, Sales] }
cadence Structure { purpose: structure-review every: quarterly attendees: [CEO] }
`;

/** HEALTHY with `from` replaced by `to` (each replacement must match once). */
export function edited(base: string, ...replacements: Array<[string | RegExp, string]>): string {
    let text = base;
    for (const [from, to] of replacements) {
        const next = text.replace(from, to);
        if (next === text) throw new Error(`the test model has no ${String(from)}`);
        text = next;
    }
    return text;
}

export function layer(report: Report, id: Report['alignmentStack']['layers'][number]['id']) {
    return report.alignmentStack.layers.find(each => each.id === id)!;
}

export function condition(report: Report, id: string) {
    return report.maturity.stages.flatMap(stage => stage.conditions).find(each => each.id === id)!;
}

export function need(report: Report, id: string) {
    return report.company.needs.find(each => each.id === id)!;
}
