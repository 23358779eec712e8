/** Where a diagnostic about a node is shown (LANGUAGE.md section 4). */
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isDeclaration } from '../generated/ast.js';

const START_OF_FILE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Declarations are reported on their name (the organization on its title); anything else on itself. */
export function reportRange(node: AstNode): Range {
    if (isDeclaration(node)) {
        const feature = node.$type === 'Organization' ? 'title' : 'name';
        const named = GrammarUtils.findNodeForProperty(node.$cstNode, feature);
        if (named) return named.range;
    }
    return node.$cstNode?.range ?? START_OF_FILE;
}

export function documentUriOf(node: AstNode): string {
    return AstUtils.getDocument(node).uri.toString();
}
