/**
 * What a quick fix is: a function from one diagnostic (with the document it is in and the model
 * facts) to the code actions that fix it. Each rule's fix lives in its own file next to this one;
 * `../code-actions.ts` picks the fix by the diagnostic's `data.code`.
 */
import { AstUtils, CstUtils, type AstNode, type AstReflection, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { RevorgFacts } from '../../model/facts/index.js';

export interface QuickFixContext {
    /** The document the diagnostic is in; fixes edit it (and at most the one document a declaration they change lives in). */
    document: LangiumDocument;
    diagnostic: Diagnostic;
    /** The facts of the whole model (all files), for names and roles declared elsewhere. */
    facts: RevorgFacts;
    reflection: AstReflection;
}

export type QuickFix = (context: QuickFixContext) => CodeAction[];

/**
 * The innermost node of the given type at the start of the diagnostic's range. Rules report on a
 * declaration's name or on a property, so the node found there is the one the rule reported.
 */
export function nodeAtDiagnostic<T extends AstNode>(context: QuickFixContext, isType: (node: AstNode) => node is T): T | undefined {
    const root = context.document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const offset = context.document.textDocument.offsetAt(context.diagnostic.range.start);
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
    return AstUtils.getContainerOfType(leaf?.astNode, isType);
}

export interface QuickFixAction {
    title: string;
    /** Edits of the diagnostic's document. */
    edits: TextEdit[];
    /** Edits of another document of the model, for a fix that belongs where a declaration lives (a role's headcount). */
    elsewhere?: { document: LangiumDocument; edits: TextEdit[] };
    /** Whether this is the one obvious fix, which editors apply with "Auto Fix". */
    isPreferred?: boolean;
}

/** A quick-fix code action for the context's diagnostic that applies `edits` to its document (and `elsewhere`). */
export function quickFixAction(context: QuickFixContext, action: QuickFixAction): CodeAction {
    const changes: Record<string, TextEdit[]> = {};
    if (action.edits.length > 0) changes[context.document.textDocument.uri] = action.edits;
    if (action.elsewhere) {
        const uri = action.elsewhere.document.textDocument.uri;
        changes[uri] = [...(changes[uri] ?? []), ...action.elsewhere.edits];
    }
    return {
        title: action.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [context.diagnostic],
        isPreferred: action.isPreferred ? true : undefined,
        edit: { changes },
    };
}

/** Data that a rule attached to its diagnostic (`data.missing`, `data.refText`, ...). */
export function diagnosticData(diagnostic: Diagnostic): Record<string, unknown> {
    const data: unknown = diagnostic.data;
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}
