/**
 * The extension in the browser's web worker extension host (vscode.dev, github.dev, code-server's
 * web host): the language server runs in a web worker of its own (dist/server-browser.js, from
 * packages/server/src/browser.ts), and reads the workspace through this client, with
 * `vscode.workspace.fs` (client-files.ts), so GitHub's virtual file system works.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient } from './activation.js';

/** The web worker host's `Worker`: the extension compiles without the DOM library, so it is named by what the client takes. */
declare const Worker: new (scriptUrl: string) => ConstructorParameters<typeof LanguageClient>[3];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    await activateWith(context, (extension, options) => {
        const serverMain = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'server-browser.js');
        return new LanguageClient('revorg', 'revorg', options, new Worker(serverMain.toString(true)));
    });
}

export function deactivate(): Promise<void> {
    return deactivateClient();
}
