/**
 * The bridge between @codemirror/lsp-client and the language server in its web worker. The client
 * speaks JSON strings and answers every request from the server with "method not found", so this
 * transport, sitting between the two:
 * - answers the server's own requests itself: the file reads of a server without a disk
 *   (file-system-requests.ts) and the housekeeping requests any Langium server makes;
 * - adds the playground's folder to `initialize` as a workspace folder (the client sends only
 *   `rootUri`, which Langium does not read), so the server loads every file of the model, open or not;
 * - lets the page listen to notifications the client does not know (`revorg/modelChanged`);
 * - turns the LocationLinks that Langium answers go-to requests with into the plain Locations the
 *   client reads (it asks for no links, and reads `uri`, which a link does not have).
 */
import type { Transport } from '@codemirror/lsp-client';

export type RequestHandler = (params: never) => unknown;

interface JsonRpcMessage {
    id?: number | string;
    method?: string;
    params?: unknown;
    result?: unknown;
    error?: unknown;
}

/** Requests every Langium server may make, answered the way a client without the feature would. */
const HOUSEKEEPING: Record<string, (params: unknown) => unknown> = {
    // No settings in the playground: each requested section is unset, so the server's defaults hold.
    'workspace/configuration': params => ((params as { items?: unknown[] }).items ?? []).map(() => null),
    'client/registerCapability': () => null,
    'client/unregisterCapability': () => null,
    'window/workDoneProgress/create': () => null,
};

/** Requests answered with locations, which Langium answers with LocationLinks whatever the client said. */
const LOCATION_REQUESTS = new Set(['textDocument/definition', 'textDocument/declaration', 'textDocument/typeDefinition', 'textDocument/implementation']);

interface LocationLink {
    targetUri: string;
    targetRange: unknown;
    targetSelectionRange?: unknown;
}

function asLocations(result: unknown): unknown {
    const isLink = (item: unknown): item is LocationLink => typeof item === 'object' && item !== null && 'targetUri' in item;
    if (!Array.isArray(result)) return result;
    return result.map((item: unknown) => isLink(item) ? { uri: item.targetUri, range: item.targetSelectionRange ?? item.targetRange } : item);
}

export interface WorkerTransport extends Transport {
    /** Calls `listener` with the params of every notification of `method` from the server. */
    onNotification(method: string, listener: (params: unknown) => void): void;
}

export function workerTransport(worker: Worker, workspaceFolder: { uri: string; name: string }, handlers: Record<string, RequestHandler>): WorkerTransport {
    const subscribers = new Set<(message: string) => void>();
    const listeners = new Map<string, Array<(params: unknown) => void>>();
    /** The ids of the client's location requests still waiting for their answer. */
    const locationRequests = new Set<number | string>();
    const post = (message: JsonRpcMessage): void => worker.postMessage({ jsonrpc: '2.0', ...message });

    const answer = async (request: JsonRpcMessage & { method: string }): Promise<void> => {
        const handler = (handlers[request.method] as ((params: unknown) => unknown) | undefined) ?? HOUSEKEEPING[request.method];
        if (!handler) {
            post({ id: request.id, error: { code: -32601, message: `the playground does not handle ${request.method}` } });
            return;
        }
        try {
            post({ id: request.id, result: (await handler(request.params)) ?? null });
        } catch (error) {
            post({ id: request.id, error: { code: -32603, message: error instanceof Error ? error.message : String(error) } });
        }
    };

    worker.addEventListener('message', (event: MessageEvent<JsonRpcMessage>) => {
        const message = event.data;
        if (message.method !== undefined && message.id !== undefined) {
            void answer(message as JsonRpcMessage & { method: string });
            return;
        }
        if (message.method !== undefined) {
            for (const listener of listeners.get(message.method) ?? []) listener(message.params);
        }
        if (message.id !== undefined && locationRequests.delete(message.id) && 'result' in message) {
            message.result = asLocations(message.result);
        }
        const text = JSON.stringify(message);
        for (const subscriber of subscribers) subscriber(text);
    });

    return {
        send(text: string): void {
            const message = JSON.parse(text) as JsonRpcMessage;
            if (message.method !== undefined && message.id !== undefined && LOCATION_REQUESTS.has(message.method)) locationRequests.add(message.id);
            if (message.method === 'initialize') {
                const params = message.params as Record<string, unknown>;
                message.params = { ...params, workspaceFolders: [workspaceFolder], capabilities: withWatchedFiles(params.capabilities) };
            }
            worker.postMessage(message);
        },
        subscribe: handler => subscribers.add(handler),
        unsubscribe: handler => subscribers.delete(handler),
        onNotification(method, listener) {
            listeners.set(method, [...(listeners.get(method) ?? []), listener]);
        },
    };
}

/** The client's capabilities plus `workspace.didChangeWatchedFiles`: the page reports changes to files no editor has open (the config). */
function withWatchedFiles(capabilities: unknown): unknown {
    const given = (capabilities ?? {}) as { workspace?: Record<string, unknown> };
    return { ...given, workspace: { ...given.workspace, didChangeWatchedFiles: { dynamicRegistration: false }, workspaceFolders: true } };
}
