/**
 * The language server in a web worker (VS Code for the Web, the playground): the same services,
 * rules, configuration and `revorg/diagram` request as the Node server (start-server.ts), over
 * the worker's message channel, with the layout engine in the worker too. A worker has no file
 * system, so files are read through the client (client-file-system.ts).
 *
 * Nothing here, or in what it imports, may need Node: test/browser-bundle.test.ts bundles it for
 * the browser and fails on any Node module.
 */
import '@revorg/language/node-compat';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { ClientFileSystemProvider } from './client-file-system.js';
import { startRevorgServer } from './start-server.js';

/** The worker's global scope: the node types this project compiles with have no WebWorker lib, so it is named by what the reader takes. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));

// The worker's message channel is the server's. elkjs's bundled build, the first time it lays a
// diagram out, sees no `document` and a `self`, takes the worker for an ELK worker of its own and
// sets `self.onmessage` to its dispatcher: the reader above listens through that same property, so
// from then on the server would hear nothing. Later assignments are ignored.
const serverListener: unknown = Reflect.get(self as object, 'onmessage');
Object.defineProperty(self, 'onmessage', { configurable: true, get: () => serverListener, set: () => undefined });
startRevorgServer(connection, { fileSystemProvider: () => new ClientFileSystemProvider(connection) });
