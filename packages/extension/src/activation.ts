/**
 * What the extension does once it has a language client, the same in VS Code's two extension
 * hosts: the desktop's Node host (extension.ts: the server is a Node process) and the browser's
 * web worker host of vscode.dev and github.dev (extension-web.ts: the server is a web worker).
 * Every language feature comes from the server, so the same behaviour is available in any LSP editor.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { serveFilesTo } from './client-files.js';
import { registerCommands } from './commands.js';

export type ClientFactory = (context: vscode.ExtensionContext, options: LanguageClientOptions) => BaseLanguageClient | Promise<BaseLanguageClient>;

let client: BaseLanguageClient | undefined;

export async function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory): Promise<void> {
    const outputChannel = vscode.window.createOutputChannel('revorg', { log: true });
    context.subscriptions.push(outputChannel);
    client = await createClient(context, {
        documentSelector: [{ language: 'revorg' }],
        // The server reads every .revorg file and revorg.config.json of the workspace; tell it when they change.
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.revorg,revorg.config.json}') },
        outputChannel,
    });
    // Before start: the server reads the workspace as soon as it is initialized.
    context.subscriptions.push(...serveFilesTo(client));
    registerCommands(context, () => client, outputChannel);
    await client.start();
}

export async function deactivateClient(): Promise<void> {
    await client?.stop();
    client = undefined;
}
