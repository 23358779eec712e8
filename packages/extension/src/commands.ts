/** The palette commands, all in the "Revorg" category (see package.json). */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DiagramPreview } from './preview.js';
import { registerRuleDocs } from './rule-docs.js';
import { openStarterModel } from './starter-model.js';

export function registerCommands(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined, output: vscode.OutputChannel): void {
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
            // Both clients (Node and browser) can be stopped and started again; only the Node one has restart().
            const current = client();
            if (!current) return;
            if (current.isRunning()) await current.stop();
            await current.start();
        }),
        vscode.commands.registerCommand('revorg.showOutput', () => {
            output.show(true);
        }),
        vscode.commands.registerCommand('revorg.newModel', () => openStarterModel(context)),
    );
    registerRuleDocs(context);
}

function viewArgument(value: unknown): 'org' | 'flow' | undefined {
    return value === 'org' || value === 'flow' ? value : undefined;
}

/** A URI, or a file path as a keybinding's or task's JSON arguments would give it. */
function uriArgument(value: unknown): vscode.Uri | undefined {
    if (value instanceof vscode.Uri) return value;
    return typeof value === 'string' && value.length > 0 ? vscode.Uri.file(value) : undefined;
}
