/**
 * The outline of a .revorg file: its declarations in text order, each with its properties.
 *
 * Why text order and not the org chart (teams with their roles, handoffs with their SLAs): the
 * outline is per file and drives breadcrumbs, "follow cursor" and sticky scroll, all of which need
 * each child's range inside its parent's. A role's team or an SLA's handoff is often declared in
 * another file, and even in the same file it is rarely around it, so nesting by meaning would break
 * them. The structure across files is what the org and flow diagrams show; the outline instead
 * says what each entry is in its detail (`role · sdr · Sales Development Representative`, the
 * icon per kind), and lists the properties under it (`reportsTo: SalesDevManager`), so the
 * reporting line or a handoff's sides are visible without opening the block.
 */
import { GrammarUtils, type CstNode, type LangiumDocument, type NameProvider } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Declaration, Model } from '../generated/ast.js';
import type { AnyProperty } from '../model/properties.js';
import type { RevorgServices } from '../revorg-module.js';
import { symbolKindOf } from './declaration-kinds.js';
import { declarationSummary } from './declaration-summary.js';

export class RevorgDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly nameProvider: NameProvider;

    constructor(services: RevorgServices) {
        this.nameProvider = services.references.NameProvider;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const model = document.parseResult.value as Model;
        return model.declarations.flatMap(declaration => this.declarationSymbol(declaration) ?? []);
    }

    private declarationSymbol(declaration: Declaration): DocumentSymbol | undefined {
        const cst = declaration.$cstNode;
        // The organization is known by its title; every other declaration by its name.
        const nameNode = declaration.$type === 'Organization' ? GrammarUtils.findNodeForProperty(cst, 'title') : this.nameProvider.getNameNode(declaration);
        const name = declaration.$type === 'Organization' ? declaration.title : declaration.name;
        // A declaration the parser could not give a name (mid-edit) has nothing to show or select.
        if (!cst || !nameNode || !name) return undefined;
        return {
            name,
            detail: declarationSummary(declaration),
            kind: symbolKindOf(declaration.$type),
            range: cst.range,
            selectionRange: nameNode.range,
            children: declaration.properties.flatMap(property => this.propertySymbol(property) ?? []),
        };
    }

    private propertySymbol(property: AnyProperty): DocumentSymbol | undefined {
        const cst = property.$cstNode;
        const keyNode = GrammarUtils.findNodeForProperty(cst, 'key');
        if (!cst || !keyNode || !property.key) return undefined;
        return {
            name: property.key,
            detail: valueText(cst),
            kind: SymbolKind.Property,
            range: cst.range,
            selectionRange: keyNode.range,
        };
    }
}

/** The value as written, on one line: `sdr`, `[Pipeline, Meetings]`, `"B2B SaaS"`. */
function valueText(cst: CstNode): string {
    const text = cst.text;
    const colon = text.indexOf(':');
    return text.slice(colon + 1).trim().replace(/[,;]$/, '').replace(/\s+/g, ' ').trim();
}
