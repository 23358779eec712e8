/**
 * The extension in VS Code's desktop (Node) extension host: the bundled language server runs as
 * a Node process (dist/server.mjs). It reads files on disk itself and asks this client for any
 * other (a virtual workspace's), through client-files.ts.
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, deactivateClient } from './activation.js';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    await activateWith(context, (extension, options) => {
        const serverModule = extension.asAbsolutePath('dist/server.mjs');
        const serverOptions: ServerOptions = {
            run: { module: serverModule, transport: TransportKind.ipc },
            debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
        };
        return new LanguageClient('revorg', 'revorg', serverOptions, options);
    });
}

export function deactivate(): Promise<void> {
    return deactivateClient();
}
