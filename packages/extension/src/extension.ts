/**
 * The VS Code client: starts the bundled revorg language server for the workspace and adds the
 * palette commands. Every language feature (diagnostics, quick fixes, completion, hover,
 * formatting, ...) comes from the server, so the same behaviour is available in any LSP editor.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const outputChannel = vscode.window.createOutputChannel('revorg', { log: true });
    context.subscriptions.push(outputChannel);
    client = createClient(context, outputChannel);
    registerCommands(context, () => client, outputChannel);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

function createClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
    const serverModule = context.asAbsolutePath('dist/server.mjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'revorg' }],
        // The server reads every .revorg file and revorg.config.json of the workspace; tell it when they change on disk.
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.revorg,revorg.config.json}') },
        outputChannel,
    };
    return new LanguageClient('revorg', 'revorg', serverOptions, clientOptions);
}
