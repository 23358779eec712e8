/** Where a diagnostic about a node is shown (LANGUAGE.md section 4). */
import { AstUtils, GrammarUtils, type AstNode, type CstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isDeclaration } from '../generated/ast.js';

const START_OF_FILE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Declarations are reported on their name (the organization on its title); anything else on itself. */
export function reportRange(node: AstNode): Range {
    return reportedNode(node)?.range ?? START_OF_FILE;
}

/**
 * The 0-based line `reportRange` starts on, found from one offset: an output that names only a
 * line (a report, an export) locates thousands of declarations, and a CST node's range costs two
 * offset-to-position lookups.
 */
export function reportLine(node: AstNode): number {
    const reported = reportedNode(node);
    return reported ? AstUtils.getDocument(node).textDocument.positionAt(reported.offset).line : 0;
}

function reportedNode(node: AstNode): CstNode | undefined {
    if (isDeclaration(node)) {
        const named = GrammarUtils.findNodeForProperty(node.$cstNode, node.$type === 'Organization' ? 'title' : 'name');
        if (named) return named;
    }
    return node.$cstNode;
}

export function documentUriOf(node: AstNode): string {
    return AstUtils.getDocument(node).uri.toString();
}
