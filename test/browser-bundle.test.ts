/**
 * The language server's web worker (packages/server/src/browser.ts) as the browser gets it: bundled
 * for the browser with the settings every host uses (scripts/esbuild-browser-worker.mjs), with no
 * Node module in it, and able to start where there is no Node at all: run in a bare JavaScript
 * context with only a worker's globals (no `process`, `require`, `Buffer` or `global`), it answers
 * `initialize` and then checks a model it reads through the client (`revorg/fs/*`).
 */
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BROWSER_WORKER_BUNDLE, WEB_EXTENSION_BUNDLE } from '../scripts/esbuild-browser-worker.mjs';
import { REPO_ROOT } from './run-cli.js';

const NODE_MODULES = new Set([...builtinModules, ...builtinModules.map(name => `node:${name}`)]);

async function bundle() {
    return build({
        ...BROWSER_WORKER_BUNDLE,
        entryPoints: [path.join(REPO_ROOT, 'packages', 'server', 'out', 'browser.js')],
        write: false,
        metafile: true,
        outfile: 'server-browser.js',
        logLevel: 'silent',
    });
}

function nodeModulesImported(metafile: { inputs: Record<string, { imports: Array<{ path: string }> }> }): string[] {
    return Object.values(metafile.inputs).flatMap(input => input.imports.map(entry => entry.path)).filter(name => NODE_MODULES.has(name));
}

interface Message { jsonrpc: '2.0'; id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown }

/** A worker's global scope and nothing more: what the script may find in a browser. */
function workerScope(onMessage: (message: Message) => void) {
    const listeners: Array<(event: { data: unknown }) => void> = [];
    const scope: Record<string, unknown> = {
        console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, structuredClone,
        TextEncoder, TextDecoder, URL, URLSearchParams, performance, AbortController, Promise,
        postMessage: (message: Message) => { setTimeout(() => onMessage(message), 0); },
        addEventListener: (type: string, listener: (event: { data: unknown }) => void) => { if (type === 'message') listeners.push(listener); },
        removeEventListener: () => undefined,
    };
    scope.self = scope;
    scope.globalThis = scope;
    // The reader sets `onmessage`, as a worker's code usually does.
    const deliver = (message: Message) => {
        const onmessage = scope.onmessage as ((event: { data: unknown }) => void) | undefined;
        for (const listener of [...listeners, ...(onmessage ? [onmessage] : [])]) listener({ data: message });
    };
    return { scope, deliver };
}

const FILES: Record<string, string> = {
    'file:///model/org.revorg': 'team Sales { function: sales lead: VP }\nrole VP { kind: vp-sales team: Sales }\nhandoff VpToAe { from: VP to: AE }\n',
};

describe('the language server bundled for a web worker', () => {
    it('has no Node module in it', async () => {
        const result = await bundle();
        expect(nodeModulesImported(result.metafile)).toEqual([]);
        expect(Object.keys(result.metafile.inputs).filter(input => input.includes('langium/lib/node') || input.includes('vscode-languageserver/lib/node'))).toEqual([]);
    });

    it('is matched by an extension client with no Node module either (the web extension host\'s entry)', async () => {
        const result = await build({
            ...WEB_EXTENSION_BUNDLE,
            entryPoints: [path.join(REPO_ROOT, 'packages', 'extension', 'out', 'extension-web.js')],
            write: false,
            metafile: true,
            outfile: 'extension.cjs',
            logLevel: 'silent',
        });
        expect(nodeModulesImported(result.metafile)).toEqual([]);
        expect(Object.keys(result.metafile.inputs).filter(input => input.includes('vscode-languageclient/lib/node'))).toEqual([]);
    });

    it('starts with only a worker\'s globals, and checks a model it reads through the client', async () => {
        const [output] = (await bundle()).outputFiles;
        const received: Message[] = [];
        let wake = () => undefined as void;
        const { scope, deliver } = workerScope(message => {
            received.push(message);
            // The server's requests for files are answered from FILES, as a client answers from its own files.
            if (message.id !== undefined && message.method) {
                const uri = (message.params as { uri?: string } | undefined)?.uri ?? '';
                const answer = (result: unknown): void => deliver({ jsonrpc: '2.0', id: message.id, result });
                if (message.method === 'revorg/fs/readDirectory') answer(Object.keys(FILES).filter(file => file.startsWith(`${uri}/`)).map(file => ({ uri: file, isFile: true, isDirectory: false })));
                else if (message.method === 'revorg/fs/readFile' && FILES[uri]) answer(FILES[uri]);
                else if (message.method === 'revorg/fs/stat' && FILES[uri]) answer({ uri, isFile: true, isDirectory: false });
                else if (message.method.startsWith('revorg/fs/')) deliver({ jsonrpc: '2.0', id: message.id, error: { code: -32803, message: `${uri}: no such file` } });
                else answer(null);
            }
            wake();
        });
        const until = async (found: () => Message | undefined): Promise<Message> => {
            const deadline = Date.now() + 20_000;
            for (;;) {
                const message = found();
                if (message) return message;
                if (Date.now() > deadline) throw new Error(`timed out; received ${received.map(m => m.method ?? `response ${m.id}`).join(', ')}`);
                await new Promise<void>(resolve => { wake = resolve; setTimeout(resolve, 100); });
            }
        };

        const context = createContext(scope);
        runInContext(output.text, context);
        for (const name of ['process', 'require', 'Buffer', 'global']) expect(runInContext(`typeof ${name}`, context), name).toBe('undefined');

        deliver({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: 'file:///model', capabilities: {}, workspaceFolders: [{ uri: 'file:///model', name: 'model' }] } });
        const initialized = await until(() => received.find(message => message.id === 1 && !message.method));
        expect(initialized.result).toMatchObject({ capabilities: { completionProvider: expect.anything() as unknown } });
        deliver({ jsonrpc: '2.0', method: 'initialized', params: {} });

        const published = await until(() => received.find(message => message.method === 'textDocument/publishDiagnostics' && (message.params as { uri: string }).uri === 'file:///model/org.revorg'));
        const diagnostics = (published.params as { diagnostics: Array<{ code: string; codeDescription?: { href: string } }> }).diagnostics;
        const codes = diagnostics.map(diagnostic => diagnostic.code);
        // Each links its rule's page, as from the Node server.
        for (const diagnostic of diagnostics) expect(diagnostic.codeDescription?.href).toMatch(new RegExp(`/docs/rules/${diagnostic.code}\\.md$`));
        expect(codes).toContain('unresolved-reference');
        expect(codes).toContain('handoff-owner-required');

        deliver({ jsonrpc: '2.0', id: 2, method: 'revorg/diagram', params: { view: 'org', theme: 'light' } });
        const diagram = await until(() => received.find(message => message.id === 2 && !message.method));
        expect((diagram.result as { svg?: string }).svg).toContain('<svg');
        // Laying a diagram out starts elkjs, which would take the worker's onmessage for itself: the server must still hear its client.
        deliver({ jsonrpc: '2.0', id: 3, method: 'revorg/diagram', params: { view: 'flow', theme: 'dark' } });
        const flow = await until(() => received.find(message => message.id === 3 && !message.method));
        expect((flow.result as { view?: string }).view).toBe('flow');
    }, 60_000);
});
