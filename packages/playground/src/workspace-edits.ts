/**
 * Applies a server's WorkspaceEdit (a quick fix, which may touch several files) to the editors
 * of the tabs. Positions are in the text the server last saw; edits typed since are mapped over,
 * as the client does for its own requests.
 */
import { LSPPlugin } from '@codemirror/lsp-client';
import type { EditorView } from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';

/** The edits of a WorkspaceEdit by document URI, whichever of its two forms the server used. */
export function editsByUri(edit: lsp.WorkspaceEdit): Map<string, lsp.TextEdit[]> {
    const byUri = new Map<string, lsp.TextEdit[]>();
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, [...edits]);
    for (const change of edit.documentChanges ?? []) {
        if (!('textDocument' in change)) continue;
        const edits = change.edits.filter((item): item is lsp.TextEdit => 'range' in item && 'newText' in item);
        byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...edits]);
    }
    return byUri;
}

/** Applies the edit; false when a file it changes has no editor (nothing is then changed). */
export function applyWorkspaceEdit(edit: lsp.WorkspaceEdit, viewOf: (uri: string) => EditorView | undefined): boolean {
    const byUri = editsByUri(edit);
    const targets = [...byUri.keys()].map(uri => ({ uri, view: viewOf(uri) }));
    if (targets.some(target => !target.view)) return false;
    for (const { uri, view } of targets) {
        const plugin = view && LSPPlugin.get(view);
        if (!view || !plugin) continue;
        const changes = (byUri.get(uri) ?? []).map(item => ({
            from: plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.start, plugin.syncedDoc)),
            to: plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.end, plugin.syncedDoc)),
            insert: item.newText,
        }));
        view.dispatch({ changes, userEvent: 'input.quickfix' });
    }
    return true;
}
