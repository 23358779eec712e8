/**
 * Where declarations are in the source, and which problems each carries: what a diagram needs to
 * reveal a node's source on click and to mark nodes with diagnostics. Shared by the CLI's render
 * and the language server's diagram request.
 */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Declaration, Model } from '../generated/ast.js';
import { reportRange } from '../validation/report-range.js';

export interface NodeLocation {
    uri: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface NodeProblems {
    errors: number;
    warnings: number;
}

/** A declaration's name (or the organization's title), in its document. */
export function locate(node: AstNode): NodeLocation {
    return { uri: AstUtils.getDocument(node).uri.toString(), range: reportRange(node) };
}

/**
 * The errors and warnings inside each declaration of the documents, from their current
 * diagnostics: one pass per document, each diagnostic assigned to the declaration whose text holds it.
 */
export function problemsByDeclaration(documents: readonly LangiumDocument[]): (node: AstNode) => NodeProblems {
    const problems = new Map<Declaration, NodeProblems>();
    for (const document of documents) {
        const declarations = (document.parseResult.value as Model).declarations ?? [];
        for (const diagnostic of document.diagnostics ?? []) {
            if (diagnostic.severity !== DiagnosticSeverity.Error && diagnostic.severity !== DiagnosticSeverity.Warning) continue;
            const offset = document.textDocument.offsetAt(diagnostic.range.start);
            const holder = declarations.find(declaration => declaration.$cstNode && declaration.$cstNode.offset <= offset && offset < declaration.$cstNode.end);
            if (!holder) continue;
            const counts = problems.get(holder) ?? { errors: 0, warnings: 0 };
            if (diagnostic.severity === DiagnosticSeverity.Error) counts.errors++;
            else counts.warnings++;
            problems.set(holder, counts);
        }
    }
    return node => problems.get(node as Declaration) ?? { errors: 0, warnings: 0 };
}
