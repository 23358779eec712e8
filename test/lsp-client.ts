/**
 * A real LSP client (vscode-languageserver-protocol over the server's stdio) for end-to-end tests
 * of `revorg-language-server --stdio`: it starts the built server as a process, records what the
 * server publishes, and waits for diagnostics that satisfy a condition.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    ConfigurationRequest, createMessageConnection, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification,
    DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
    ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest,
    ShowMessageNotification, ShowMessageRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type Diagnostic, type FileEvent, type MessageConnection, type NotificationType, type RequestParam, type RequestType, type RequestType0, type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from './run-cli.js';

export const SERVER = path.join(REPO_ROOT, 'packages', 'server', 'bin', 'revorg-language-server.js');
/** The same server bundled into the VS Code extension by esbuild. */
export const BUNDLED_SERVER = path.join(REPO_ROOT, 'packages', 'extension', 'dist', 'server.mjs');

export function fileUri(file: string): string {
    return pathToFileURL(file).toString();
}

export class LspClient {
    readonly diagnostics = new Map<string, Diagnostic[]>();
    readonly messages: ShowMessageParams[] = [];
    readonly registrations: string[] = [];
    /** Notifications of methods outside the protocol (`revorg/...`), in arrival order. */
    readonly custom: Array<{ method: string; params: unknown }> = [];
    private readonly process: ChildProcess;
    /** JSON-RPC's own connection type (what createProtocolConnection returns), which also types the catch-all handler. */
    private readonly connection: MessageConnection;
    private readonly waiters: Array<() => void> = [];
    stderr = '';

    /** Starts `server` (the bin by default; the extension's bundle is tested too) with `--stdio`. */
    constructor(server = SERVER) {
        this.process = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.process.stderr!.on('data', chunk => { this.stderr += String(chunk); });
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.notify();
        });
        this.connection.onNotification(ShowMessageNotification.type, params => {
            this.messages.push(params);
            this.notify();
        });
        this.connection.onRequest(ShowMessageRequest.type, params => {
            this.messages.push(params);
            this.notify();
            return null;
        });
        this.connection.onRequest(RegistrationRequest.type, params => {
            this.registrations.push(...params.registrations.map(registration => registration.method));
        });
        this.connection.onNotification((method: string, params: unknown) => {
            this.custom.push({ method, params });
            this.notify();
        });
        this.connection.listen();
    }

    /** A request outside LSP, such as revorg's `DiagramRequest` (packages/server/src/protocol.ts). */
    request<P, R>(type: RequestType<P, R, void>, params: RequestParam<P>): Promise<R> {
        return this.connection.sendRequest(type, params);
    }

    /** A request outside LSP that takes no parameters, such as revorg's `RuleSettingsRequest`. */
    requestWithoutParams<R>(type: RequestType0<R, void>): Promise<R> {
        return this.connection.sendRequest(type);
    }

    /** How many notifications of a type outside LSP (revorg's `ModelChangedNotification`) arrived so far. */
    received(type: NotificationType<unknown>): number {
        return this.custom.filter(entry => entry.method === type.method).length;
    }

    /**
     * `settings`, when given, are the client's `revorg` section (as VS Code's `revorg.*` settings):
     * the client then says it answers `workspace/configuration`, and answers with them.
     */
    async initialize(root: string, settings?: Record<string, unknown>): Promise<void> {
        if (settings) {
            this.connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => (item.section === 'revorg' ? settings : null)));
        }
        await this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: fileUri(root),
            workspaceFolders: [{ uri: fileUri(root), name: path.basename(root) }],
            capabilities: {
                workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, configuration: settings !== undefined },
                textDocument: { publishDiagnostics: { codeDescriptionSupport: true, dataSupport: true } },
            },
        });
        await this.connection.sendNotification(InitializedNotification.type, {});
    }

    async open(file: string, text: string, version = 1): Promise<void> {
        await this.openUri(fileUri(file), text, version);
    }

    /** Opens a document that need not be a file, such as VS Code's `untitled:Untitled-1`. */
    async openUri(uri: string, text: string, version = 1): Promise<void> {
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'revorg', version, text },
        });
    }

    async closeUri(uri: string): Promise<void> {
        await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }

    async change(file: string, text: string, version: number): Promise<void> {
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: fileUri(file), version },
            contentChanges: [{ text }],
        });
    }

    /** The client's `revorg` settings changed, as VS Code pushes them to a server that registered for them. */
    async settingsChanged(settings: Record<string, unknown>): Promise<void> {
        await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { revorg: settings } });
    }

    async filesChanged(changes: FileEvent[]): Promise<void> {
        await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
    }

    /** Resolves once `condition` holds for what the server has sent, or fails after `timeoutMs`. */
    async waitFor(description: string, condition: () => boolean, timeoutMs = 20_000): Promise<void> {
        const deadline = Date.now() + timeoutMs;
        while (!condition()) {
            const remaining = deadline - Date.now();
            if (remaining <= 0) throw new Error(`timed out waiting for ${description}; server stderr: ${this.stderr}`);
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, Math.min(remaining, 500));
                this.waiters.push(() => { clearTimeout(timer); resolve(); });
            });
        }
    }

    codes(file: string): string[] {
        return (this.diagnostics.get(fileUri(file)) ?? []).map(diagnostic => String(diagnostic.code)).sort();
    }

    async stop(): Promise<void> {
        try {
            await this.connection.sendRequest(ShutdownRequest.type);
            await this.connection.sendNotification(ExitNotification.type);
        } finally {
            this.connection.dispose();
            this.process.kill();
        }
    }

    private notify(): void {
        for (const waiter of this.waiters.splice(0)) waiter();
    }
}
