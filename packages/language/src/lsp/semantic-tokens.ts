/**
 * Semantic tokens: what the TextMate grammar cannot know. A name is coloured by the kind of
 * declaration it names, at the declaration and at every reference to it, so `SDR` in
 * `from: SDR` reads as a role and `Sales` in `owners: [Sales]` as a team. Also: enumeration
 * values, property keys, values with units and strings.
 *
 * Langium's provider walks the AST of the requested range once; each node is highlighted from its
 * own CST, and references are already linked when the request is served, so nothing here looks
 * beyond the document.
 */
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { CstUtils, GrammarUtils, isReference, type AstNode, type CstNode } from 'langium';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isDeclaration, isPodMember, type Declaration } from '../generated/ast.js';
import { declarationKeyword } from '../model/properties.js';

/**
 * The standard LSP token type for each declaration kind, chosen by what the kind is in the
 * organization, so themes colour the model sensibly without revorg-specific rules:
 */
export const DECLARATION_TOKEN_TYPES: Readonly<Record<Declaration['$type'], SemanticTokenTypes>> = {
    // The organization has no name, only a title (a string).
    Organization: SemanticTokenTypes.string,
    // A team groups roles the way a class groups its members.
    Team: SemanticTokenTypes.class,
    // A role is a kind of position that people fill (its headcount): a type with instances.
    Role: SemanticTokenTypes.type,
    // A definition is the written contract between the two sides of a handoff on what qualifies.
    Definition: SemanticTokenTypes.interface,
    // An ICP is likewise a shared written contract: which customers qualify.
    Icp: SemanticTokenTypes.interface,
    // A handoff moves a lead from one party to another: an operation, like a function call.
    Handoff: SemanticTokenTypes.function,
    // An SLA adds terms to a handoff without being one: it decorates it.
    Sla: SemanticTokenTypes.decorator,
    // A KPI is a value that is measured and changes over time.
    Kpi: SemanticTokenTypes.variable,
    // A cadence is a recurring meeting: an event on the calendar.
    Cadence: SemanticTokenTypes.event,
    // A pod is a small composite of roles by count, beside the team structure.
    Pod: SemanticTokenTypes.struct,
    // A segment scopes which model and pods apply to a slice of the market.
    Segment: SemanticTokenTypes.namespace,
};

/** The terminals whose values get their own token type; every other value leaf is a keyword. */
const VALUE_TERMINAL_TYPES: Readonly<Record<string, SemanticTokenTypes>> = {
    QUANTITY: SemanticTokenTypes.number,
    STRING: SemanticTokenTypes.string,
};

export class RevorgSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isDeclaration(node)) {
            highlightDeclaration(node, acceptor);
        } else if (isPodMember(node)) {
            highlightReference(node.role, acceptor);
            // `x3`: a count, read as an identifier by the grammar.
            if (node.multiplier !== undefined) acceptor({ node, property: 'multiplier', type: SemanticTokenTypes.number });
        } else if (isDeclaration(node.$container) && node.$containerProperty === 'properties') {
            highlightProperty(node, acceptor);
        }
    }
}

function highlightDeclaration(declaration: Declaration, acceptor: SemanticTokenAcceptor): void {
    acceptor({ node: declaration, keyword: declarationKeyword(declaration), type: SemanticTokenTypes.keyword });
    if (declaration.$type !== 'Organization' && declaration.name !== undefined) {
        acceptor({ node: declaration, property: 'name', type: DECLARATION_TOKEN_TYPES[declaration.$type], modifier: SemanticTokenModifiers.declaration });
    }
    if (declaration.title !== undefined) {
        const modifier = declaration.$type === 'Organization' ? SemanticTokenModifiers.declaration : undefined;
        acceptor({ node: declaration, property: 'title', type: SemanticTokenTypes.string, modifier });
    }
}

/** `key: value` or `key: [values]`: the key, then each value by what it is. */
function highlightProperty(property: AstNode, acceptor: SemanticTokenAcceptor): void {
    const key = GrammarUtils.findNodeForProperty(property.$cstNode, 'key');
    if (key) acceptor({ cst: key, type: SemanticTokenTypes.property });
    const fields = property as { value?: unknown; values?: unknown[] };
    const valueNodes = GrammarUtils.findNodesForProperty(property.$cstNode, 'value');
    highlightValue(fields.value, valueNodes[0], acceptor);
    if (fields.values) {
        const listNodes = GrammarUtils.findNodesForProperty(property.$cstNode, 'values');
        fields.values.forEach((value, i) => highlightValue(value, listNodes[i], acceptor));
    }
}

function highlightValue(value: unknown, cst: CstNode | undefined, acceptor: SemanticTokenAcceptor): void {
    if (isReference(value)) {
        highlightReference(value, acceptor);
    } else if (typeof value === 'string' && cst) {
        // Quantities and strings are terminals; enumeration values are keywords of the grammar.
        const leaf = CstUtils.flattenCst(cst).head();
        const type = leaf ? VALUE_TERMINAL_TYPES[leaf.tokenType.name] ?? SemanticTokenTypes.enumMember : undefined;
        if (type) acceptor({ cst, type });
    }
    // Pod members are nodes of their own, highlighted when the walk reaches them.
}

/** A reference is coloured as what it names; an unresolved one is left to its diagnostic. */
function highlightReference(reference: unknown, acceptor: SemanticTokenAcceptor): void {
    if (!isReference(reference) || !reference.$refNode) return;
    const target = reference.ref;
    if (!isDeclaration(target)) return;
    acceptor({ cst: reference.$refNode, type: DECLARATION_TOKEN_TYPES[target.$type] });
}
