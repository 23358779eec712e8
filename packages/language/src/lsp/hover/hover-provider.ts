/**
 * The hover: on a declaration's name (or title) or on a reference to it, a summary of what the
 * model knows about it; on a property key or an enumeration value, what it means (from the
 * language schema); and on any position a
 * revorg diagnostic covers, the rule's one-line description with a link to its docs page, so the
 * reader learns why the rule exists, not only what it found.
 *
 * Everything is read from the facts computed once per build and the document's own diagnostics:
 * a hover costs the same in a 10k-role workspace as in a small one.
 */
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type CstNode, type LangiumDocument, type References } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import { MarkupKind, type Hover, type HoverParams, type Position, type Range } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isDeclaration, type Declaration } from '../../generated/ast.js';
import type { RevorgFactsProvider } from '../../model/facts-provider.js';
import type { RevorgServices } from '../../revorg-module.js';
import { ruleById } from '../../rules/index.js';
import { docsUrl } from '../../rules/rule-docs.js';
import { enumerationOf } from '../grammar-keywords.js';
import { describeEnumValue, describePropertyKey } from './keyword-docs.js';
import { summarizeDeclaration } from './declaration-hover.js';

/** Between the parts of one hover (summary, rule explanations). */
const SECTION_BREAK = '\n\n---\n\n';

export class RevorgHoverProvider implements HoverProvider {
    private readonly references: References;
    private readonly facts: RevorgFactsProvider;

    constructor(services: RevorgServices) {
        this.references = services.references.References;
        this.facts = services.revorg.Facts;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const sections: string[] = [];
        let range: Range | undefined;
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        if (leaf) {
            const summary = this.summaryAt(leaf) ?? keywordDocAt(leaf);
            if (summary) {
                sections.push(summary);
                range = leaf.range;
            }
        }
        sections.push(...ruleExplanations(document.diagnostics ?? [], params.position));
        if (sections.length === 0) return undefined;
        return { contents: { kind: MarkupKind.Markdown, value: sections.join(SECTION_BREAK) }, range };
    }

    /** The summary of the declaration named, referenced or titled at this leaf. */
    private summaryAt(leaf: CstNode): string | undefined {
        const declaration = this.declarationAt(leaf);
        if (!declaration) return undefined;
        return summarizeDeclaration(declaration, this.facts.get());
    }

    private declarationAt(leaf: CstNode): Declaration | undefined {
        // A name or a reference; Langium's References resolves both.
        const target = this.references.findDeclarations(leaf).find(isDeclaration);
        if (target) return target;
        // The title also identifies a declaration, and is all the organization has.
        const owner = leaf.astNode;
        return isDeclaration(owner) && GrammarUtils.findAssignment(leaf)?.feature === 'title' ? owner : undefined;
    }
}

/**
 * What a word of the language means, when the leaf is one: a property key (`within`) or an
 * enumeration value (`assembly-line`, `sdr`).
 */
function keywordDocAt(leaf: CstNode): string | undefined {
    const keyword = leaf.grammarSource;
    if (!GrammarAST.isKeyword(keyword)) return undefined;
    const feature = GrammarUtils.findAssignment(leaf)?.feature;
    if (feature === 'key') {
        const declaration = AstUtils.getContainerOfType(leaf.astNode, isDeclaration);
        return declaration && describePropertyKey(declaration.$type, keyword.value);
    }
    if (feature !== 'value') return undefined;
    const enumeration = enumerationOf(keyword);
    return enumeration && describeEnumValue(enumeration.name, keyword.value);
}

/**
 * `**rule-id** — description [docs](url)` for each revorg rule with a diagnostic at the position,
 * once per rule even when it reports twice there.
 */
function ruleExplanations(diagnostics: readonly Diagnostic[], position: Position): string[] {
    const explained = new Set<string>();
    const sections: string[] = [];
    for (const diagnostic of diagnostics) {
        const id = diagnostic.code;
        if (typeof id !== 'string' || explained.has(id) || !covers(diagnostic.range, position)) continue;
        const rule = ruleById(id);
        if (!rule) continue;
        explained.add(id);
        const href = diagnostic.codeDescription?.href ?? docsUrl(id);
        sections.push(`**${id}** — ${rule.meta.description} [docs](${href})`);
    }
    return sections;
}

/** The range holds the position: start inclusive, end exclusive, an empty range its own start. */
function covers(range: Range, position: Position): boolean {
    const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
    const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character < range.end.character);
    const isEmptyAtPosition = range.start.line === range.end.line && range.start.character === range.end.character
        && position.line === range.start.line && position.character === range.start.character;
    return (afterStart && beforeEnd) || isEmptyAtPosition;
}
