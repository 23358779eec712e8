/**
 * Code lenses: above each role, its span of control ("2 direct reports · 8 people beneath");
 * above each handoff, its SLA ("SLA 4h · 3 touches") or "no SLA", the gap the
 * `handoff-sla-required` rule warns about, visible while reading.
 *
 * Lenses only show facts, so they carry an empty command: VS Code then draws them as plain text.
 * Each document's lenses cost O(its declarations): the reporting totals come from the model's indexes
 * built once per build.
 */
import type { LangiumDocument, NameProvider } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, Range } from 'vscode-languageserver';
import type { Declaration, Model } from '../generated/ast.js';
import type { RevorgFacts } from '../model/facts/index.js';
import type { RevorgFactsProvider } from '../model/facts-provider.js';
import type { RevorgServices } from '../revorg-module.js';
import { reportingSummary, slaSummary } from '../model/phrases.js';

export class RevorgCodeLensProvider implements CodeLensProvider {
    private readonly facts: RevorgFactsProvider;
    private readonly nameProvider: NameProvider;

    constructor(services: RevorgServices) {
        this.facts = services.revorg.Facts;
        this.nameProvider = services.references.NameProvider;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const model = document.parseResult.value as Model;
        const facts = this.facts.get();
        const lenses: CodeLens[] = [];
        for (const declaration of model.declarations) {
            const range = this.nameRange(declaration);
            if (!range) continue;
            for (const title of lensTitles(declaration, facts)) {
                lenses.push({ range, command: { title, command: '' } });
            }
        }
        return lenses;
    }

    /** Lenses sit on the name, like the reference counts of other languages. */
    private nameRange(declaration: Declaration): Range | undefined {
        return (this.nameProvider.getNameNode(declaration) ?? declaration.$cstNode)?.range;
    }
}

function lensTitles(declaration: Declaration, facts: RevorgFacts): string[] {
    switch (declaration.$type) {
        case 'Role': {
            const role = facts.role(declaration);
            return role ? [reportingSummary(role.directReports.length, facts.headcountBeneath(declaration))] : [];
        }
        case 'Handoff': {
            const handoff = facts.handoff(declaration);
            if (!handoff) return [];
            if (handoff.slas.length === 0) return ['no SLA'];
            // One lens per SLA: a handoff with two SLAs shows both commitments side by side.
            return handoff.slas.map(sla => slaSummary(sla, true));
        }
        default:
            return [];
    }
}
