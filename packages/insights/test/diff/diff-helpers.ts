/** Two versions of a model built from texts, diffed the way `revorg diff` does: export and findings of each, then `diffModels`. */
import { diffModels, exportModel, modelFindings, type DiffVersion, type ModelDiff } from '../../src/index.js';
import { buildTestModel } from '../helpers.js';

export async function versionOf(code: string | Record<string, string>, label: string): Promise<DiffVersion> {
    const { facts, locator, outcome } = await buildTestModel(code);
    return {
        input: { label, files: outcome.documents.length, skipped: [], syntaxErrors: [] },
        model: exportModel(facts, locator),
        findings: modelFindings(outcome.documents, locator),
    };
}

export async function diffOf(before: string | Record<string, string>, after: string | Record<string, string>): Promise<ModelDiff> {
    return diffModels(await versionOf(before, 'old'), await versionOf(after, 'new'));
}

/** A small org with every kind the tests change: two teams, a reporting tree, a handoff with its SLA, a KPI. */
export const BASE = `organization "Acme" { arr: 5M employees: 30 }
team Sales "Sales" { function: sales lead: VPS }
team Marketing "Marketing" { function: marketing lead: VPM }
role CEO "Chief Executive" { kind: ceo }
role VPS "VP Sales" { kind: vp-sales team: Sales reportsTo: CEO }
role VPM "VP Marketing" { kind: vp-marketing team: Marketing reportsTo: CEO }
role SDR "Sales Development Rep" { kind: sdr team: Sales reportsTo: VPS headcount: 4 }
role AE "Account Executive" { kind: ae team: Sales reportsTo: VPS headcount: 3 }
role Demand "Demand Generation" { kind: marketing team: Marketing reportsTo: VPM headcount: 2 }
handoff MqlToSdr "MQL to SDR" { from: Marketing to: SDR owner: VPM }
sla SpeedToLead { handoff: MqlToSdr within: 4h touches: 3 }
kpi Pipeline { measures: pipeline owners: [Marketing, Sales] target: 2M period: monthly }
`;

/** The text with each `[from, to]` replaced once; fails loudly when a replacement does not apply, so a test never diffs what it did not mean to. */
export function edit(text: string, ...replacements: Array<[string, string]>): string {
    let result = text;
    for (const [from, to] of replacements) {
        if (!result.includes(from)) throw new Error(`not in the model: ${from}`);
        result = result.replace(from, to);
    }
    return result;
}
