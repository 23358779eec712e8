// The page's side of the language server's protocol, without a browser: the file reads a worker
// server makes are answered from the project (and only from it), the transport answers the
// server's requests itself, hands the workspace folder to `initialize`, and passes everything else
// through to the client as JSON text.
import { describe, expect, it } from 'vitest';
import { fileSystemRequestHandlers, FileNotFoundError } from '../src/file-system-requests.js';
import type { Project } from '../src/project.js';
import { workerTransport } from '../src/worker-transport.js';

const project: Project = {
    files: [{ name: 'org.revorg', text: 'team Sales { function: sales }\n' }, { name: 'pipeline.revorg', text: '' }],
    config: '{ "rules": {} }',
};

describe('file reads of the worker server', () => {
    const handlers = fileSystemRequestHandlers(() => project);

    it('lists every tab and the config in the playground folder', () => {
        expect(handlers['revorg/fs/readDirectory']({ uri: 'file:///playground/' })).toEqual([
            { uri: 'file:///playground/org.revorg', isFile: true, isDirectory: false },
            { uri: 'file:///playground/pipeline.revorg', isFile: true, isDirectory: false },
            { uri: 'file:///playground/revorg.config.json', isFile: true, isDirectory: false },
        ]);
        expect(handlers['revorg/fs/stat']({ uri: 'file:///playground' })).toEqual({ uri: 'file:///playground', isFile: false, isDirectory: true });
    });

    it('reads files and the config, an empty file included', () => {
        expect(handlers['revorg/fs/readFile']({ uri: 'file:///playground/org.revorg' })).toBe(project.files[0].text);
        expect(handlers['revorg/fs/readFile']({ uri: 'file:///playground/pipeline.revorg' })).toBe('');
        expect(handlers['revorg/fs/readFile']({ uri: 'file:///playground/revorg.config.json' })).toBe(project.config);
    });

    it('finds nothing outside the project: other files, other folders, an empty config', () => {
        const withoutConfig = fileSystemRequestHandlers(() => ({ ...project, config: '  ' }));
        expect(() => handlers['revorg/fs/readFile']({ uri: 'file:///playground/missing.revorg' })).toThrow(FileNotFoundError);
        expect(() => handlers['revorg/fs/stat']({ uri: 'file:///etc/passwd' })).toThrow(FileNotFoundError);
        expect(() => handlers['revorg/fs/readDirectory']({ uri: 'file:///playground/sub/' })).toThrow(FileNotFoundError);
        expect(() => withoutConfig['revorg/fs/stat']({ uri: 'file:///playground/revorg.config.json' })).toThrow(FileNotFoundError);
        expect((withoutConfig['revorg/fs/readDirectory']({ uri: 'file:///playground/' }) as unknown[]).length).toBe(2);
    });
});

/** A stand-in for the worker: what the page posts, and a way to post as the server. */
function fakeWorker() {
    const posted: unknown[] = [];
    const listeners: Array<(event: MessageEvent) => void> = [];
    const worker = {
        postMessage: (message: unknown) => posted.push(message),
        addEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.push(listener),
    } as unknown as Worker;
    const fromServer = (message: unknown) => { for (const listener of listeners) listener({ data: message } as MessageEvent); };
    return { worker, posted, fromServer };
}

const settle = () => new Promise(resolve => setTimeout(resolve, 0));

describe('the worker transport', () => {
    it('adds the playground folder and watched-file support to initialize', () => {
        const { worker, posted } = fakeWorker();
        const transport = workerTransport(worker, { uri: 'file:///playground/', name: 'playground' }, {});
        transport.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { rootUri: 'file:///playground/', capabilities: { workspace: { configuration: true } } } }));
        expect(posted[0]).toMatchObject({
            id: 1,
            method: 'initialize',
            params: {
                workspaceFolders: [{ uri: 'file:///playground/', name: 'playground' }],
                capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: false } } },
            },
        });
    });

    it('answers the server\'s requests itself, errors included, and passes the rest to the client', async () => {
        const { worker, posted, fromServer } = fakeWorker();
        const transport = workerTransport(worker, { uri: 'file:///playground/', name: 'playground' }, fileSystemRequestHandlers(() => project));
        const received: string[] = [];
        transport.subscribe(text => received.push(text));
        const changed: unknown[] = [];
        transport.onNotification('revorg/modelChanged', params => changed.push(params));

        fromServer({ jsonrpc: '2.0', id: 7, method: 'revorg/fs/readFile', params: { uri: 'file:///playground/org.revorg' } });
        fromServer({ jsonrpc: '2.0', id: 8, method: 'revorg/fs/readFile', params: { uri: 'file:///playground/gone.revorg' } });
        fromServer({ jsonrpc: '2.0', id: 9, method: 'workspace/configuration', params: { items: [{ section: 'revorg' }, { section: 'other' }] } });
        fromServer({ jsonrpc: '2.0', id: 10, method: 'window/unknownThing', params: {} });
        fromServer({ jsonrpc: '2.0', method: 'revorg/modelChanged', params: { generation: 3 } });
        fromServer({ jsonrpc: '2.0', id: 2, result: { answer: true } });
        await settle();

        expect([...posted].sort((a, b) => (a as { id: number }).id - (b as { id: number }).id)).toEqual([
            { jsonrpc: '2.0', id: 7, result: project.files[0].text },
            { jsonrpc: '2.0', id: 8, error: { code: -32603, message: 'no such file: file:///playground/gone.revorg' } },
            { jsonrpc: '2.0', id: 9, result: [null, null] },
            { jsonrpc: '2.0', id: 10, error: { code: -32601, message: 'the playground does not handle window/unknownThing' } },
        ]);
        expect(changed).toEqual([{ generation: 3 }]);
        expect(received.map(text => JSON.parse(text) as unknown)).toEqual([
            { jsonrpc: '2.0', method: 'revorg/modelChanged', params: { generation: 3 } },
            { jsonrpc: '2.0', id: 2, result: { answer: true } },
        ]);
    });

    it('gives the client plain Locations for the LocationLinks of a go-to answer, and leaves other answers alone', () => {
        const { worker, fromServer } = fakeWorker();
        const transport = workerTransport(worker, { uri: 'file:///playground/', name: 'playground' }, {});
        const received: unknown[] = [];
        transport.subscribe(text => received.push(JSON.parse(text)));
        const range = { start: { line: 40, character: 0 }, end: { line: 47, character: 1 } };
        const name = { start: { line: 40, character: 5 }, end: { line: 40, character: 16 } };
        transport.send(JSON.stringify({ jsonrpc: '2.0', id: 6, method: 'textDocument/definition', params: {} }));
        transport.send(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'textDocument/hover', params: {} }));
        fromServer({ jsonrpc: '2.0', id: 6, result: [{ targetUri: 'file:///playground/org.revorg', targetRange: range, targetSelectionRange: name }] });
        fromServer({ jsonrpc: '2.0', id: 7, result: [{ targetUri: 'kept as it is' }] });
        expect(received).toEqual([
            { jsonrpc: '2.0', id: 6, result: [{ uri: 'file:///playground/org.revorg', range: name }] },
            { jsonrpc: '2.0', id: 7, result: [{ targetUri: 'kept as it is' }] },
        ]);
    });
});
