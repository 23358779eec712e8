/**
 * `source.fixAll.revorg`: what `revorg lint --fix` does, for one document, as a code action that
 * editors run on save when the user opts in (VS Code: `"editor.codeActionsOnSave":
 * { "source.fixAll.revorg": "explicit" }`). It applies the same preferred fixes with the same
 * engine, in passes, never one that adds an error, and edits only the document asked about, on a
 * copy of the model, so the open documents are not touched until the editor applies the edit.
 */
import type { LangiumDocument, LangiumDocuments } from 'langium';
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver';
import type { RevorgConfigProvider } from '../config/config-provider.js';
import { fixModel } from '../fix/fix-model.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.revorg`;

/** Whether the client asked for this kind: `source`, `source.fixAll` and `source.fixAll.revorg` all contain it. */
export function wantsFixAll(only: readonly string[] | undefined): boolean {
    return only?.some(kind => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`)) ?? false;
}

/** The one edit that turns `before` into `after`: the span between their common start and common end. */
export function replacingEdit(before: LangiumDocument['textDocument'], after: string): TextEdit {
    const text = before.getText();
    let start = 0;
    while (start < text.length && start < after.length && text[start] === after[start]) start++;
    let end = 0;
    while (end < text.length - start && end < after.length - start && text[text.length - 1 - end] === after[after.length - 1 - end]) end++;
    return {
        range: { start: before.positionAt(start), end: before.positionAt(text.length - end) },
        newText: after.slice(start, after.length - end),
    };
}

export async function fixAllAction(document: LangiumDocument, documents: LangiumDocuments, config: RevorgConfigProvider): Promise<CodeAction | undefined> {
    // The engine builds a copy of the model from file paths; a document that is not a file (untitled) is fixed once saved.
    if (document.uri.scheme !== 'file') return undefined;
    const sources = documents.all.filter(candidate => candidate.uri.scheme === 'file')
        .map(candidate => ({ path: candidate.uri.fsPath, text: candidate.textDocument.getText() }))
        .toArray();
    const path = document.uri.fsPath;
    const fixing = await fixModel(sources, { config: config.current, files: new Set([path]) });
    const fixed = fixing.fixed.get(path);
    if (fixed === undefined) return undefined;
    return {
        title: `Fix all revorg problems that have an obvious fix (${fixing.applied.length})`,
        kind: FIX_ALL_KIND,
        edit: { changes: { [document.textDocument.uri]: [replacingEdit(document.textDocument, fixed)] } },
    };
}
