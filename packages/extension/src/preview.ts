/**
 * The diagram preview: a webview beside the editor that shows the org chart or the revenue flow
 * of the workspace's model. The language server lays the diagram out (`revorg/diagram`) and says
 * when the model was rebuilt (`revorg/modelChanged`); the page only draws. The preview redraws
 * after every rebuild while it is visible (one request at a time: rebuilds that arrive meanwhile
 * are folded into one more request), follows the cursor of the active `.revorg` editor by
 * highlighting the declaration under it, reveals a box's source on click and exports SVG.
 */
import * as vscode from 'vscode';
import { DiagramRequest, ModelChangedNotification, type DiagramResult, type DiagramTheme, type ViewName } from '@revorg/server/protocol';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { previewHtml } from './preview-html.js';
import type { ExtensionMessage, PageMessage, PageState } from './webview/messages.js';

export const PREVIEW_VIEW_TYPE = 'revorg.preview';
/** The cursor moves often; the page only needs to hear where it settled. */
const SELECTION_DELAY_MS = 80;

export class DiagramPreview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private view: ViewName = 'org';
    /** A request is on its way; `stale` says the model changed again since it was sent. */
    private drawing = false;
    private stale = false;
    /** What the page shows now, so an unchanged diagram is not sent again. */
    private shown: string | undefined;
    private selectionTimer: ReturnType<typeof setTimeout> | undefined;
    private readonly subscriptions: vscode.Disposable[] = [];
    private readonly panelSubscriptions: vscode.Disposable[] = [];

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: () => BaseLanguageClient | undefined) {
        this.subscriptions.push(
            vscode.window.onDidChangeTextEditorSelection(event => {
                if (event.textEditor.document.languageId === 'revorg') this.scheduleSelection(event.textEditor);
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (editor?.document.languageId === 'revorg') this.scheduleSelection(editor);
            }),
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
                deserializeWebviewPanel: (panel: vscode.WebviewPanel, state: unknown) => {
                    const saved = state as Partial<PageState> | undefined;
                    this.adopt(panel, saved?.view === 'flow' ? 'flow' : 'org');
                    return Promise.resolve();
                },
            }),
        );
    }

    /** Listens to the server's rebuild notifications (the client keeps them across restarts). */
    listen(client: BaseLanguageClient): void {
        this.subscriptions.push(client.onNotification(ModelChangedNotification, () => this.modelChanged()));
    }

    /** Opens (or shows) the preview, in the active column or beside it. */
    open(toSide: boolean): void {
        const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
        if (this.panel) {
            this.panel.reveal(column, toSide);
            return;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'revorg diagram', { viewColumn: column, preserveFocus: toSide }, this.webviewOptions());
        this.adopt(panel, this.view);
    }

    /**
     * Saves a view as a standalone SVG (fixed light colors, no theme variables): where the user
     * says, or to `target` when a caller (a task, a keybinding with arguments) gives one.
     */
    async export(view: ViewName = this.view, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
        const result = await this.request(view, 'light');
        if (!result?.svg) {
            void vscode.window.showWarningMessage(result?.empty ?? 'revorg: the language server is not running.');
            return undefined;
        }
        // A caller that names the file gets it back and no message; the user gets told where it went.
        const announce = !target;
        if (!target) {
            const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
            target = await vscode.window.showSaveDialog({
                defaultUri: folder && vscode.Uri.joinPath(folder, `revorg-${view}.svg`),
                filters: { SVG: ['svg'] },
                title: `Export the ${viewTitle(view)} as SVG`,
            });
        }
        if (!target) return undefined;
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.svg));
        if (announce) void vscode.window.showInformationMessage(`revorg: saved the ${viewTitle(view)} to ${vscode.workspace.asRelativePath(target)}.`);
        return target;
    }

    dispose(): void {
        clearTimeout(this.selectionTimer);
        this.panel?.dispose();
        for (const subscription of [...this.subscriptions, ...this.panelSubscriptions]) subscription.dispose();
    }

    private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
        return {
            enableScripts: true,
            // The page loads its script and stylesheet from media/ and nothing else.
            localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
            retainContextWhenHidden: false,
        };
    }

    /** Takes charge of a panel: a new one, or one VS Code restored after a reload. */
    private adopt(panel: vscode.WebviewPanel, view: ViewName): void {
        this.view = view;
        const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
        panel.webview.options = this.webviewOptions();
        panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'icons', 'revorg.png');
        panel.webview.html = previewHtml({
            cspSource: panel.webview.cspSource,
            scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
            styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
        });
        this.panelSubscriptions.push(
            panel.webview.onDidReceiveMessage((message: PageMessage) => void this.onMessage(message)),
            // A hidden webview drops its page; it reloads and says `ready` when shown again.
            panel.onDidDispose(() => {
                this.panel = undefined;
                for (const subscription of this.panelSubscriptions.splice(0)) subscription.dispose();
            }),
        );
        this.panel = panel;
    }

    private async onMessage(message: PageMessage): Promise<void> {
        switch (message.type) {
            case 'ready':
            case 'switchView':
                // A new page shows nothing yet.
                if (message.type === 'ready') this.shown = undefined;
                this.view = message.view === 'flow' ? 'flow' : 'org';
                this.panel!.title = `revorg: ${viewTitle(this.view)}`;
                await this.redraw();
                if (vscode.window.activeTextEditor?.document.languageId === 'revorg') this.scheduleSelection(vscode.window.activeTextEditor);
                break;
            case 'reveal': {
                const position = new vscode.Position(message.line, message.character);
                const document = vscode.Uri.parse(message.uri);
                // Into the editor column the preview sits beside, not into the preview's own column.
                const column = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === message.uri)?.viewColumn
                    ?? vscode.window.visibleTextEditors.find(editor => editor.document.languageId === 'revorg')?.viewColumn
                    ?? vscode.ViewColumn.One;
                const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection: new vscode.Range(position, position) });
                editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
                break;
            }
            case 'export':
                await this.export(message.view);
                break;
        }
    }

    private modelChanged(): void {
        // A hidden preview's page is gone (it is not retained); shown again, it reloads and asks.
        if (!this.panel?.visible) return;
        void this.redraw();
    }

    /** Asks for the current view and hands it to the page; rebuilds meanwhile get one more round. */
    private async redraw(): Promise<void> {
        if (this.drawing) {
            this.stale = true;
            return;
        }
        this.drawing = true;
        try {
            do {
                this.stale = false;
                const result = await this.request(this.view, 'vscode');
                if (!result || result.view !== this.view) continue;
                const shown = `${result.view}\u0000${result.svg ?? result.empty}`;
                if (shown === this.shown) continue;
                if (await this.post({ type: 'diagram', ...result })) this.shown = shown;
            } while (this.stale && this.panel);
        } catch (error) {
            // The server restarting or a cancelled request: the next rebuild redraws.
            console.warn(`revorg preview: ${(error as Error).message}`);
        } finally {
            this.drawing = false;
        }
    }

    private request(view: ViewName, theme: DiagramTheme): Promise<DiagramResult | undefined> {
        const client = this.client();
        if (!client?.isRunning()) return Promise.resolve(undefined);
        return client.sendRequest(DiagramRequest, { view, theme });
    }

    /** Sends the page a message; false when there is no page or it was not delivered. */
    private async post(message: ExtensionMessage): Promise<boolean> {
        return (await this.panel?.webview.postMessage(message)) ?? false;
    }

    private scheduleSelection(editor: vscode.TextEditor): void {
        if (!this.panel) return;
        clearTimeout(this.selectionTimer);
        this.selectionTimer = setTimeout(() => {
            void this.post({ type: 'select', uri: editor.document.uri.toString(), line: editor.selection.active.line });
        }, SELECTION_DELAY_MS);
    }
}

function viewTitle(view: ViewName): string {
    return view === 'org' ? 'org chart' : 'revenue flow';
}
