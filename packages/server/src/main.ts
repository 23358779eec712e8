/**
 * The language server: `revorg-language-server --stdio` (or `--node-ipc`, `--socket=N`), usable
 * from VS Code and from any LSP editor. The client's workspace folders form the model, and
 * revorg.config.json at the first folder's root configures the rules. Besides the language
 * features, it answers `revorg/diagram` for the editor's preview.
 */
import '@revorg/language/node-compat';
import { NodeFileSystemProvider } from 'langium/node';
import { createRequire } from 'node:module';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ClientFileSystemProvider } from './client-file-system.js';
import { SchemeFileSystemProvider } from './scheme-file-system.js';
import { startRevorgServer } from './start-server.js';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];
const args = process.argv.slice(2);

if (args.includes('--version') || args.includes('-v')) {
    const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
    process.stdout.write(`${version}\n`);
} else if (args.includes('--help') || args.includes('-h') || !args.some(arg => TRANSPORTS.some(transport => arg.startsWith(transport)))) {
    const stream = args.includes('--help') || args.includes('-h') ? process.stdout : process.stderr;
    stream.write([
        'Usage: revorg-language-server --stdio | --node-ipc | --socket=PORT',
        '',
        'The revorg language server (LSP). Start it from your editor\'s LSP client; it treats the',
        'workspace folders as one model and reads revorg.config.json at the root.',
        '',
    ].join('\n'));
    if (stream === process.stderr) process.exitCode = 2;
} else {
    const connection = createConnection(ProposedFeatures.all);
    startRevorgServer(connection, { fileSystemProvider: () => new SchemeFileSystemProvider(new NodeFileSystemProvider(), new ClientFileSystemProvider(connection)) });
}
