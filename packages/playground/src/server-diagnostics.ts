/**
 * The server's diagnostics in the editors, with its quick fixes as the diagnostics' actions.
 * Replaces the client's own `serverDiagnostics()` for two reasons: that one knows nothing of code
 * actions (lsp-client 6.3 has no quick fixes), and it sends an edit to the server only after half
 * a second of quiet, which alone would spend three times the keystroke -> diagnostics budget.
 *
 * The diagnostics are shown as soon as they arrive; the fixes follow from one `textDocument/
 * codeAction` request for the whole file, and each fix lands on the diagnostic it names.
 */
import { LSPPlugin, type LSPClient, type LSPClientExtension } from '@codemirror/lsp-client';
import { setDiagnostics, type Action, type Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit } from './workspace-edits.js';

/** The edit goes to the server in the next task: keys of one task (a paste, an autocompletion) go as one change. */
const SYNC_DELAY_MS = 0;

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

export interface DiagnosticsOptions {
    viewOf(uri: string): EditorView | undefined;
    /** Diagnostics of a file no editor shows (revorg.config.json). */
    onOtherFile(uri: string, diagnostics: lsp.Diagnostic[]): void;
    /** After diagnostics of a file were shown (the page measures and counts with this). */
    onShown?(uri: string, diagnostics: lsp.Diagnostic[]): void;
}

const syncSoon = ViewPlugin.fromClass(class {
    private pending: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly view: EditorView) {}

    update(update: ViewUpdate): void {
        if (!update.docChanged) return;
        clearTimeout(this.pending);
        this.pending = setTimeout(() => LSPPlugin.get(this.view)?.client.sync(), SYNC_DELAY_MS);
    }

    destroy(): void {
        clearTimeout(this.pending);
    }
});

/**
 * A position of the server's as an offset in `doc`, kept inside it. Langium publishes without a
 * document version, so diagnostics computed for an older text can arrive after a newer one was
 * sent; they are replaced as soon as the newer text's arrive, but must not point past its end
 * meanwhile (CodeMirror throws on a position outside the document).
 */
function offsetIn(doc: Text, position: lsp.Position): number {
    const line = doc.line(Math.min(Math.max(position.line + 1, 1), doc.lines));
    return Math.min(line.from + Math.max(position.character, 0), line.to);
}

function sameDiagnostic(a: lsp.Diagnostic, b: lsp.Diagnostic): boolean {
    return a.message === b.message && a.code === b.code
        && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character
        && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

export function serverDiagnosticsWithFixes(options: DiagnosticsOptions): LSPClientExtension {
    const show = (view: EditorView, params: lsp.PublishDiagnosticsParams, fixes: Array<lsp.CodeAction | lsp.Command>): void => {
        const plugin = LSPPlugin.get(view);
        if (!plugin) return;
        const diagnostics: Diagnostic[] = params.diagnostics.map(item => {
            const actions: Action[] = fixes
                .filter((fix): fix is lsp.CodeAction => 'edit' in fix && fix.edit !== undefined && (fix.diagnostics ?? []).some(fixed => sameDiagnostic(fixed, item)))
                .map(fix => ({
                    name: fix.title,
                    apply: () => { if (fix.edit) applyWorkspaceEdit(fix.edit, uri => options.viewOf(uri)); },
                }));
            return {
                from: plugin.unsyncedChanges.mapPos(offsetIn(plugin.syncedDoc, item.range.start)),
                to: plugin.unsyncedChanges.mapPos(offsetIn(plugin.syncedDoc, item.range.end)),
                severity: SEVERITIES[item.severity ?? 1],
                message: typeof item.message === 'string' ? item.message : item.message.value,
                source: typeof item.code === 'string' ? item.code : undefined,
                actions,
            };
        });
        view.dispatch(setDiagnostics(view.state, diagnostics));
    };

    const requestFixes = async (client: LSPClient, view: EditorView, params: lsp.PublishDiagnosticsParams, version: number): Promise<void> => {
        const fixes = await client.request<lsp.CodeActionParams, Array<lsp.CodeAction | lsp.Command> | null>('textDocument/codeAction', {
            textDocument: { uri: params.uri },
            range: { start: { line: 0, character: 0 }, end: { line: view.state.doc.lines, character: 0 } },
            context: { diagnostics: params.diagnostics, only: ['quickfix'] },
        });
        // Typed on meanwhile: newer diagnostics (and their fixes) are on their way.
        if (!fixes?.length || client.workspace.getFile(params.uri)?.version !== version) return;
        show(view, params, fixes);
    };

    return {
        clientCapabilities: {
            textDocument: {
                publishDiagnostics: { versionSupport: true },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
            },
        },
        notificationHandlers: {
            'textDocument/publishDiagnostics': (client, params: lsp.PublishDiagnosticsParams) => {
                const file = client.workspace.getFile(params.uri);
                const view = file?.getView();
                if (!file || !view) {
                    options.onOtherFile(params.uri, params.diagnostics);
                    return true;
                }
                if (params.version != null && params.version !== file.version) return true;
                show(view, params, []);
                options.onShown?.(params.uri, params.diagnostics);
                if (params.diagnostics.length > 0) {
                    requestFixes(client, view, params, file.version).catch((error: unknown) => console.warn('revorg playground: quick fixes unavailable', error));
                }
                return true;
            },
        },
        editorExtension: syncSoon,
    };
}
