/**
 * Where declarations are in the source, and which diagnostics each carries: what a diagram needs
 * to reveal a node's source on click and to mark nodes with their problems.
 */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Declaration, Model } from '../generated/ast.js';
import { reportLine, reportRange } from '../validation/report-range.js';

export interface NodeLocation {
    uri: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    /** The last line of the declaration's whole text (the range above is its name). */
    lastLine?: number;
}

/** What the model's diagnostics say about one declaration. */
export interface DeclarationDiagnostics {
    errors: number;
    warnings: number;
    /** The ids of the rules reported inside the declaration, at any severity. */
    rules: ReadonlySet<string>;
}

const NONE: DeclarationDiagnostics = Object.freeze({ errors: 0, warnings: 0, rules: new Set<string>() });

/** The document and the 0-based line of a declaration's name (the organization's title): `locate` for an output that names only a line. */
export function locateLine(node: AstNode): { uri: string; line: number } {
    return { uri: AstUtils.getDocument(node).uri.toString(), line: reportLine(node) };
}

/** A declaration's name (or the organization's title), in its document. */
export function locate(node: AstNode): NodeLocation {
    const location: NodeLocation = { uri: AstUtils.getDocument(node).uri.toString(), range: reportRange(node) };
    const lastLine = node.$cstNode?.range.end.line;
    if (lastLine !== undefined) location.lastLine = lastLine;
    return location;
}

/**
 * The diagnostics inside each declaration of the documents, from their current diagnostics: one
 * pass per document, each diagnostic assigned to the declaration whose text holds it. A diagram
 * marks boxes with the counts, and draws a handoff as a warning when its rules say so.
 */
export function diagnosticsByDeclaration(documents: readonly LangiumDocument[]): (node: AstNode) => DeclarationDiagnostics {
    const found = new Map<Declaration, { errors: number; warnings: number; rules: Set<string> }>();
    for (const document of documents) {
        const declarations = (document.parseResult.value as Model).declarations ?? [];
        for (const diagnostic of document.diagnostics ?? []) {
            const offset = document.textDocument.offsetAt(diagnostic.range.start);
            const holder = declarationAt(declarations, offset);
            if (!holder) continue;
            let entry = found.get(holder);
            if (!entry) {
                entry = { errors: 0, warnings: 0, rules: new Set() };
                found.set(holder, entry);
            }
            if (diagnostic.severity === DiagnosticSeverity.Error) entry.errors++;
            else if (diagnostic.severity === DiagnosticSeverity.Warning) entry.warnings++;
            if (typeof diagnostic.code === 'string') entry.rules.add(diagnostic.code);
        }
    }
    return node => found.get(node as Declaration) ?? NONE;
}

/** The declaration a diagnostic of the document is reported in, if any (a syntax error may fall between declarations). */
export function declarationHolding(document: LangiumDocument, diagnostic: Diagnostic): Declaration | undefined {
    const declarations = (document.parseResult.value as Model).declarations ?? [];
    return declarationAt(declarations, document.textDocument.offsetAt(diagnostic.range.start));
}

/** The declaration whose text holds `offset`: a binary search, declarations being in text order. */
function declarationAt(declarations: readonly Declaration[], offset: number): Declaration | undefined {
    let low = 0;
    let high = declarations.length - 1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const cst = declarations[middle].$cstNode;
        if (!cst) {
            // A declaration without text (a broken parse) cannot hold anything: fall back to a scan.
            return declarations.find(declaration => declaration.$cstNode && declaration.$cstNode.offset <= offset && offset < declaration.$cstNode.end);
        }
        if (offset < cst.offset) high = middle - 1;
        else if (offset >= cst.end) low = middle + 1;
        else return declarations[middle];
    }
    return undefined;
}
