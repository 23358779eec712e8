/**
 * The file system of a language server that has none (a web worker): every read is a request to
 * the client (protocol.ts `revorg/fs/*`), which answers from wherever its files live. Langium reads
 * the workspace through this provider exactly as it reads a disk on Node, so the workspace
 * manager, the configuration file and the watched-file updates work unchanged.
 *
 * Langium's synchronous reads cannot be served over a message channel; nothing in revorg's server
 * uses them, and a call is a programming error said as such.
 */
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { ClientReadDirectoryRequest, ClientReadFileRequest, ClientStatRequest, type ClientFileStat } from './protocol.js';

function fileSystemNode(stat: ClientFileStat): FileSystemNode {
    return { uri: URI.parse(stat.uri), isFile: stat.isFile, isDirectory: stat.isDirectory };
}

function synchronousRead(method: string): never {
    throw new Error(`${method}: a server that reads files through its client cannot read synchronously`);
}

export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: Connection) {}

    async stat(uri: URI): Promise<FileSystemNode> {
        return fileSystemNode(await this.connection.sendRequest(ClientStatRequest, { uri: uri.toString() }));
    }

    statSync(): FileSystemNode {
        return synchronousRead('statSync');
    }

    async exists(uri: URI): Promise<boolean> {
        return this.stat(uri).then(() => true, () => false);
    }

    existsSync(): boolean {
        return synchronousRead('existsSync');
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    readBinarySync(): Uint8Array {
        return synchronousRead('readBinarySync');
    }

    readFile(uri: URI): Promise<string> {
        return this.connection.sendRequest(ClientReadFileRequest, { uri: uri.toString() });
    }

    readFileSync(): string {
        return synchronousRead('readFileSync');
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return (await this.connection.sendRequest(ClientReadDirectoryRequest, { uri: uri.toString() })).map(fileSystemNode);
    }

    readDirectorySync(): FileSystemNode[] {
        return synchronousRead('readDirectorySync');
    }
}
