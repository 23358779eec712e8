/** Model facts for test models, through the real language services (one shared instance). */
import type { LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import { diagnosticsByDeclaration, locate, type RevorgFacts } from '@revorg/language';
import { lintModel, testServices } from '../../language/test/rule-tester.js';
import type { BuildOptions } from '../src/common.js';

export { EXAMPLES, exampleFiles, REPO_ROOT } from '../../../test/examples.js';

export interface BuiltModel {
    facts: RevorgFacts;
    documents: LangiumDocument[];
    /** The real `locate` and `diagnosticsByDeclaration`, as `drawDiagram` passes them (marks are a test's own). */
    options: Required<Pick<BuildOptions, 'locate' | 'diagnosticsOf'>>;
}

/** Builds and validates a model of one text or several files (one rule may be set); documents of earlier models are dropped. */
export async function buildModel(code: string | Record<string, string>, settings: Parameters<typeof lintModel>[1] = {}): Promise<BuiltModel> {
    await clearDocuments(testServices.shared);
    // The rule tests' own helper: the same services, default rule settings unless `settings` say otherwise.
    const { documents } = await lintModel(code, settings);
    const facts = testServices.Revorg.revorg.Facts.get();
    return { facts, documents, options: { locate, diagnosticsOf: diagnosticsByDeclaration(documents) } };
}

/** A typical small model: a CEO, two teams with leads, a one-role team, and a loose role. */
export const SMALL_ORG = `organization "Acme" { arr: 5M employees: 30 }
team Marketing "Marketing" { function: marketing lead: VPM }
team Sales "Sales" { function: sales lead: VPS }
team RevOps { function: revops }
role CEO "Chief Executive" { kind: ceo }
role VPM "VP Marketing" { kind: vp-marketing team: Marketing reportsTo: CEO }
role Demand { kind: marketing team: Marketing reportsTo: VPM headcount: 2 }
role VPS "VP Sales" { kind: vp-sales team: Sales reportsTo: CEO }
role SDR "Sales Development Rep" { kind: sdr team: Sales reportsTo: VPS headcount: 6 }
role AE "Account Executive" { kind: ae team: Sales reportsTo: VPS headcount: 4 }
role Ops "RevOps Manager" { kind: revops team: RevOps reportsTo: CEO }
role Advisor { kind: other }
`;
