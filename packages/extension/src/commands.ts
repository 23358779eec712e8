/** The palette commands, all in the "Revorg" category (see package.json). */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DiagramPreview } from './preview.js';

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, output: vscode.OutputChannel): void {
    const preview = new DiagramPreview(context, client);
    const current = client();
    if (current) preview.listen(current);
    context.subscriptions.push(
        preview,
        vscode.commands.registerCommand('revorg.openPreview', () => preview.open(false)),
        vscode.commands.registerCommand('revorg.openPreviewToSide', () => preview.open(true)),
        // Optional arguments for automation: the view ('org' or 'flow') and where to write.
        vscode.commands.registerCommand('revorg.exportDiagram', (view?: unknown, target?: unknown) => preview.export(viewArgument(view), uriArgument(target))),
        vscode.commands.registerCommand('revorg.restartServer', async () => {
            await client()?.restart();
        }),
        vscode.commands.registerCommand('revorg.showOutput', () => {
            output.show(true);
        }),
        vscode.commands.registerCommand('revorg.openRuleDocs', async () => {
            const uri = ruleDocsAtCursor() ?? await pickRuleDocs();
            if (uri) await vscode.env.openExternal(uri);
        }),
    );
}

/** The docs link of the revorg diagnostic under the cursor, if any. */
function ruleDocsAtCursor(): vscode.Uri | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const position = editor.selection.active;
    for (const diagnostic of vscode.languages.getDiagnostics(editor.document.uri)) {
        if (diagnostic.range.contains(position) && typeof diagnostic.code === 'object' && diagnostic.code.target) {
            return diagnostic.code.target;
        }
    }
    return undefined;
}

/** Otherwise, a pick list of the rules reported in the workspace. */
async function pickRuleDocs(): Promise<vscode.Uri | undefined> {
    const rules = new Map<string, vscode.Uri>();
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
        for (const diagnostic of diagnostics) {
            if (diagnostic.source === 'revorg' && typeof diagnostic.code === 'object') rules.set(String(diagnostic.code.value), diagnostic.code.target);
        }
    }
    if (rules.size === 0) {
        void vscode.window.showInformationMessage('No revorg diagnostics in the workspace: put the cursor on one, or see docs/rules in the revorg repository.');
        return undefined;
    }
    const picked = await vscode.window.showQuickPick([...rules.keys()].sort(), { placeHolder: 'Open the documentation of a rule reported in this workspace' });
    return picked ? rules.get(picked) : undefined;
}

function viewArgument(value: unknown): 'org' | 'flow' | undefined {
    return value === 'org' || value === 'flow' ? value : undefined;
}

/** A URI, or a file path as a keybinding's or task's JSON arguments would give it. */
function uriArgument(value: unknown): vscode.Uri | undefined {
    if (value instanceof vscode.Uri) return value;
    return typeof value === 'string' && value.length > 0 ? vscode.Uri.file(value) : undefined;
}
