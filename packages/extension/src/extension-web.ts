/**
 * The extension in the browser's web worker extension host (vscode.dev, github.dev, code-server's
 * web host): the language server runs in a web worker of its own (dist/server-browser.js, from
 * packages/server/src/browser.ts), and reads the workspace through this client, with
 * `vscode.workspace.fs` (client-files.ts), so GitHub's virtual file system works.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient } from './activation.js';

/** The web worker host's globals: the extension compiles without the DOM library, so they are named by what is used of them. */
type ServerWorker = Extract<ConstructorParameters<typeof LanguageClient>[2], { postMessage: unknown }>;
declare const Worker: new (scriptUrl: string) => ServerWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

/**
 * The server's worker. Where the extension is served over http(s) (vscode.dev) the script's URL
 * starts it; where VS Code's own server serves it (`vscode-remote:`, as in code-server and VS Code
 * Server), VS Code refuses to start a worker from that URL (microsoft/vscode#168942), so the
 * worker starts from the script's text instead.
 */
async function serverWorker(extension: vscode.ExtensionContext): Promise<ServerWorker> {
    const script = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'server-browser.js');
    if (script.scheme === 'http' || script.scheme === 'https') return withEventListeners(new Worker(script.toString(true)));
    const text = await vscode.workspace.fs.readFile(script);
    return withEventListeners(new Worker(URL.createObjectURL(new Blob([text], { type: 'text/javascript' }))));
}

type Listener = (event: unknown) => void;

interface HandlerWorker {
    postMessage(message: unknown): void;
    terminate(): void;
    onmessage: Listener | null;
    onerror: Listener | null;
    addEventListener?: (type: string, listener: Listener) => void;
}

/**
 * The worker as the language client uses it (`addEventListener('error')`, `onmessage`,
 * `postMessage`). VS Code's web worker extension host hands extensions a Worker of its own that
 * has only the `on...` handlers (it relays nested workers through the page); a native Worker is
 * returned as it is.
 */
function withEventListeners(created: ServerWorker): ServerWorker {
    const worker = created as unknown as HandlerWorker;
    if (typeof worker.addEventListener === 'function') return created;
    const listeners = new Map<string, Listener[]>([['message', []], ['error', []]]);
    const dispatch = (type: string) => (event: unknown) => { for (const listener of listeners.get(type) ?? []) listener(event); };
    worker.onerror = dispatch('error');
    let onmessage: Listener | null = null;
    worker.onmessage = event => {
        onmessage?.(event);
        dispatch('message')(event);
    };
    const adapted = {
        postMessage: (message: unknown) => worker.postMessage(message),
        terminate: () => worker.terminate(),
        addEventListener: (type: string, listener: Listener) => listeners.get(type)?.push(listener),
        removeEventListener: (type: string, listener: Listener) => listeners.set(type, (listeners.get(type) ?? []).filter(known => known !== listener)),
        get onmessage() { return onmessage; },
        set onmessage(listener: Listener | null) { onmessage = listener; },
    };
    return adapted;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    await activateWith(context, async (extension, options) => new LanguageClient('revorg', 'revorg', await serverWorker(extension), options));
}

export function deactivate(): Promise<void> {
    return deactivateClient();
}
