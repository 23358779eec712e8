/**
 * Completion for .revorg files. Langium's default already computes, from the grammar and the text
 * before the cursor, which keywords and references may come next; this provider decides what to
 * offer for each of them:
 *
 * - at the top level, a snippet per declaration kind instead of the bare keyword (no second
 *   `organization` when the model has one: there is exactly one per model);
 * - inside a block, the property keys the declaration kind takes, minus those already used in the
 *   block (a repeated key is a `duplicate-property` error), required ones first, documented;
 * - after `key:`, the enumeration values of that property, in the order LANGUAGE.md lists them;
 * - for a reference, the declarations of the kinds the property accepts, from every file (the
 *   global scope, precomputed per build and filtered by type), minus the declaration being edited
 *   and the names already in the same list.
 *
 * Nothing here scans the workspace: candidates come from the index's per-type scope cache and the
 * model facts, both computed once per build.
 */
import { AstUtils, GrammarAST, type AstNode, type Grammar, type AstNodeDescription, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem,
    type NextFeature,
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type Command } from 'vscode-languageserver';
import { isDeclaration, type Declaration } from '../../generated/ast.js';
import type { RevorgFactsProvider } from '../../model/facts-provider.js';
import { declarationLabel } from '../../model/properties.js';
import { DECLARATIONS, declarationSchema, enumerationValues, propertySchema, type DeclarationSchema, type EnumerationSchema, type ValueShape } from '../../model/schema.js';
import type { RevorgServices } from '../../revorg-module.js';
import { completionKindOf, typeLabel } from '../declaration-kinds.js';
import { declarationSummary } from '../declaration-summary.js';
import { declarationOf, enumerationOf, isPropertyKey } from '../grammar-keywords.js';
import { snippetPreview, snippetText } from './declaration-snippets.js';

/** How many references one completion list offers at most (the editor asks again as the user types). */
export const MAX_REFERENCE_ITEMS = 500;

/** Opens the suggestion list again after a key is inserted, so its values show at once (VS Code's command). */
const SUGGEST_AGAIN: Command = { title: 'Suggest values', command: 'editor.action.triggerSuggest' };

/** Sort groups: required keys before optional ones; within a group, the order LANGUAGE.md lists them. */
function sortKey(group: number, index: number): string {
    return `${group}${String(index).padStart(3, '0')}`;
}

export class RevorgCompletionProvider extends DefaultCompletionProvider {
    private readonly facts: RevorgFactsProvider;
    /** List property rule -> the reference its items are (`KpisProperty` -> `[Kpi:Name]`). */
    private readonly listItems: ReadonlyMap<string, NextFeature>;

    // `:` and `[` open the values of the key just typed (`kind:`, `kpis: [`).
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [':', '['] };

    constructor(services: RevorgServices) {
        super(services);
        this.facts = services.revorg.Facts;
        this.listItems = listItemReferences(services.Grammar);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        if (GrammarAST.isKeyword(feature)) {
            const declaration = declarationOf(feature);
            if (declaration) return this.completeDeclaration(context, declaration, acceptor);
            if (isPropertyKey(feature)) return this.completePropertyKey(context, feature, acceptor);
            const enumeration = enumerationOf(feature);
            if (enumeration) return this.completeEnumValue(context, feature, enumeration, acceptor);
            const item = feature.value === ']' && this.followsComma(context) ? this.listItemOf(feature) : undefined;
            if (item) return this.completionFor(context, item, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    /**
     * Lists accept a trailing comma (`[A, B,]`), so for the text `[A, ` the parser takes the comma
     * as the trailing one and expects only `]` next. After a comma, the next item is what the user
     * is about to type: offer it too.
     */
    private followsComma(context: CompletionContext): boolean {
        const before = context.textDocument.getText().slice(Math.max(0, context.tokenOffset - 256), context.tokenOffset);
        return /,\s*$/.test(before);
    }

    private listItemOf(closingBracket: GrammarAST.Keyword): NextFeature | undefined {
        const rule = AstUtils.getContainerOfType(closingBracket, GrammarAST.isParserRule);
        return rule && this.listItems.get(rule.name);
    }

    private completeDeclaration(context: CompletionContext, declaration: DeclarationSchema, acceptor: CompletionAcceptor): void {
        // Exactly one organization per model; a second one is a `duplicate-name` error.
        if (declaration.type === 'Organization' && this.facts.get().organizations.length > 0) return;
        const label = typeLabel(declaration.type);
        acceptor(context, {
            label: declaration.keyword,
            kind: CompletionItemKind.Snippet,
            detail: `${label} declaration`,
            documentation: { kind: 'markdown', value: `${declaration.doc}\n\n\`\`\`revorg\n${snippetPreview(declaration.type)}\n\`\`\`` },
            insertText: snippetText(declaration.type),
            insertTextFormat: InsertTextFormat.Snippet,
            sortText: sortKey(2, DECLARATIONS.indexOf(declaration)),
        });
    }

    private completePropertyKey(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        const key = keyword.value;
        const declaration = context.node && AstUtils.getContainerOfType(context.node, isDeclaration);
        if (declaration && this.usedKeys(declaration, context).has(key)) return;
        const property = declaration ? propertySchema(declaration.$type, key) : undefined;
        const order = declaration ? declarationSchema(declaration.$type).properties.findIndex(candidate => candidate.key === key) : 0;
        // When the key is retyped in front of an existing `: value`, insert the key alone.
        const valueFollows = /^[ \t]*:/.test(context.textDocument.getText().slice(context.tokenEndOffset, context.tokenEndOffset + 64));
        const insertion = valueFollows ? { insertText: key } : this.keyInsertion(key, property?.value.shape ?? 'quantity');
        const documentation = property && [
            property.doc,
            property.value.shape === 'enum' ? `Values: ${enumerationValues(property.value.enumeration).map(value => `\`${value}\``).join(', ')}.` : undefined,
        ].filter(line => line).join('\n\n');
        acceptor(context, {
            label: key,
            kind: CompletionItemKind.Property,
            detail: declaration ? `${property?.required ? 'required' : 'optional'} ${declarationLabel(declaration)} property` : 'property',
            documentation: documentation ? { kind: 'markdown', value: documentation } : undefined,
            sortText: sortKey(property?.required ? 0 : 1, order),
            ...insertion,
        });
    }

    /** The text inserted with a key: the `: `, and the brackets or quotes its value needs. */
    private keyInsertion(key: string, shape: ValueShape): Pick<CompletionValueItem, 'insertText' | 'insertTextFormat' | 'command'> {
        switch (shape) {
            case 'enum':
            case 'reference':
                return { insertText: `${key}: `, command: SUGGEST_AGAIN };
            case 'reference-list':
            case 'member-list':
                return { insertText: `${key}: [$0]`, insertTextFormat: InsertTextFormat.Snippet, command: SUGGEST_AGAIN };
            case 'string':
                return { insertText: `${key}: "$0"`, insertTextFormat: InsertTextFormat.Snippet };
            case 'string-list':
                return { insertText: `${key}: ["$0"]`, insertTextFormat: InsertTextFormat.Snippet };
            case 'quantity':
                return { insertText: `${key}: ` };
        }
    }

    /** Keys already set in the block, except the one being typed at the cursor. */
    private usedKeys(declaration: Declaration, context: CompletionContext): Set<string> {
        const used = new Set<string>();
        for (const property of declaration.properties) {
            const cst = property.$cstNode;
            if (cst && cst.offset <= context.tokenOffset && context.tokenOffset < cst.end) continue;
            if (property.key) used.add(property.key);
        }
        return used;
    }

    private completeEnumValue(context: CompletionContext, keyword: GrammarAST.Keyword, enumeration: EnumerationSchema, acceptor: CompletionAcceptor): void {
        const meaning = Object.hasOwn(enumeration.values, keyword.value) ? enumeration.values[keyword.value] : undefined;
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.EnumMember,
            detail: enumeration.label,
            documentation: meaning ? { kind: 'markdown', value: meaning } : undefined,
            sortText: sortKey(0, Object.keys(enumeration.values).indexOf(keyword.value)),
        });
    }

    /**
     * The scope already holds only the kinds the property accepts, from every file; this leaves out
     * the declaration being edited (a role does not report to itself) and the names the same list
     * already holds (`kpis: [Pipeline, |]` does not offer `Pipeline` again).
     */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const excluded = this.namesToExclude(context);
        // Langium marks every completion list incomplete, so the editor asks again as the user
        // types: the first MAX_REFERENCE_ITEMS matches of the word typed so far are enough, and a
        // 10k-role workspace does not send 10k items per keystroke.
        const word = context.textDocument.getText().slice(context.tokenOffset, context.offset);
        return super.getReferenceCandidates(refInfo, context)
            .filter(candidate => !excluded.has(candidate.name) && (word === '' || this.fuzzyMatcher.match(word, candidate.name)))
            .limit(MAX_REFERENCE_ITEMS);
    }

    private namesToExclude(context: CompletionContext): Set<string> {
        const excluded = new Set<string>();
        const declaration = context.node && AstUtils.getContainerOfType(context.node, isDeclaration);
        if (!declaration) return excluded;
        if (declaration.$type !== 'Organization' && declaration.name) excluded.add(declaration.name);
        const property = context.node && this.propertyOf(context.node, declaration);
        if (property && 'values' in property) {
            for (const node of AstUtils.streamAst(property)) {
                for (const { reference } of AstUtils.streamReferences(node)) {
                    const at = reference.$refNode;
                    const underCursor = at && at.offset <= context.tokenOffset && context.tokenOffset <= at.end;
                    if (!underCursor && reference.$refText) excluded.add(reference.$refText);
                }
            }
        }
        return excluded;
    }

    /** The property of the declaration that contains the node (the node itself, or an ancestor). */
    private propertyOf(node: AstNode, declaration: Declaration): AstNode | undefined {
        let current: AstNode | undefined = node;
        while (current && current.$container !== declaration) current = current.$container;
        return current;
    }

    /**
     * Kind and summary (`role · sdr · Sales Development Representative`), and no documentation
     * comment: looking one up for each of 10k candidates doubled the time of a request, and the
     * summary already tells similar names apart (hover shows the rest).
     */
    protected override createReferenceCompletionItem(description: AstNodeDescription): CompletionValueItem {
        const node = description.node;
        return {
            nodeDescription: description,
            kind: completionKindOf(description.type),
            detail: isDeclaration(node) ? declarationSummary(node) : typeLabel(description.type),
            sortText: '0',
        };
    }
}

/** For each rule with a list of references (`values+=[Kpi:Name]`, `values+=PodMember`), the reference an item starts with. */
function listItemReferences(grammar: Grammar): Map<string, NextFeature> {
    const items = new Map<string, NextFeature>();
    for (const rule of grammar.rules.filter(GrammarAST.isParserRule)) {
        const list = AstUtils.streamAllContents(rule.definition).filter(GrammarAST.isAssignment).find(assignment => assignment.operator === '+=');
        if (!list) continue;
        if (GrammarAST.isCrossReference(list.terminal)) {
            items.set(rule.name, { feature: list.terminal });
        } else if (GrammarAST.isRuleCall(list.terminal) && GrammarAST.isParserRule(list.terminal.rule.ref)) {
            // An item that is a node of its own (`SDR x2` is a PodMember): a new node of that type holds the reference.
            const itemRule = list.terminal.rule.ref;
            const reference = AstUtils.streamAllContents(itemRule.definition).find(GrammarAST.isCrossReference);
            if (reference) items.set(rule.name, { feature: reference, type: itemRule.name, property: list.feature });
        }
    }
    return items;
}
