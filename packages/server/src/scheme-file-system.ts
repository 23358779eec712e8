/**
 * The Node server's file system: files on disk it reads itself, and files of any other scheme (a
 * virtual workspace in the desktop editor, such as GitHub's `vscode-vfs:`) through the client
 * (client-file-system.ts), which can read them. An LSP client that only has files on disk is never
 * asked anything.
 */
import type { FileSystemNode, FileSystemProvider, URI } from 'langium';

export class SchemeFileSystemProvider implements FileSystemProvider {
    constructor(private readonly disk: FileSystemProvider, private readonly client: FileSystemProvider) {}

    private of(uri: URI): FileSystemProvider {
        return uri.scheme === 'file' ? this.disk : this.client;
    }

    stat(uri: URI): Promise<FileSystemNode> {
        return this.of(uri).stat(uri);
    }

    statSync(uri: URI): FileSystemNode {
        return this.of(uri).statSync(uri);
    }

    exists(uri: URI): Promise<boolean> {
        return this.of(uri).exists(uri);
    }

    existsSync(uri: URI): boolean {
        return this.of(uri).existsSync(uri);
    }

    readBinary(uri: URI): Promise<Uint8Array> {
        return this.of(uri).readBinary(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return this.of(uri).readBinarySync(uri);
    }

    readFile(uri: URI): Promise<string> {
        return this.of(uri).readFile(uri);
    }

    readFileSync(uri: URI): string {
        return this.of(uri).readFileSync(uri);
    }

    readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.of(uri).readDirectory(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        return this.of(uri).readDirectorySync(uri);
    }
}
