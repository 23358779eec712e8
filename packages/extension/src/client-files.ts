/**
 * The client's side of `revorg/fs/*` (protocol.ts): a language server that cannot read the
 * workspace itself (the web worker on vscode.dev and github.dev, or the Node server for a folder
 * that is not on disk) asks for files here, and they are read with `vscode.workspace.fs`, which
 * knows every file system VS Code has (disk, GitHub's virtual one, remote ones).
 */
import { ClientReadDirectoryRequest, ClientReadFileRequest, ClientStatRequest, type ClientFileStat } from '@revorg/server/protocol';
import * as vscode from 'vscode';
import { ResponseError, type BaseLanguageClient } from 'vscode-languageclient';

/** LSP's code for a request the client could not carry out. */
const REQUEST_FAILED = -32803;

function fileStat(uri: vscode.Uri, type: vscode.FileType): ClientFileStat {
    return { uri: uri.toString(), isFile: (type & vscode.FileType.File) !== 0, isDirectory: (type & vscode.FileType.Directory) !== 0 };
}

/** Runs a file system call; a failure is an error response that names the file, not a crash of the client. */
async function answer<T>(uri: string, read: (target: vscode.Uri) => Thenable<T> | Promise<T>): Promise<T | ResponseError> {
    try {
        return await read(vscode.Uri.parse(uri));
    } catch (error) {
        return new ResponseError(REQUEST_FAILED, `${uri}: ${error instanceof Error ? error.message : String(error)}`);
    }
}

export function serveFilesTo(client: BaseLanguageClient): vscode.Disposable[] {
    return [
        client.onRequest(ClientStatRequest, ({ uri }) => answer(uri, async target => fileStat(target, (await vscode.workspace.fs.stat(target)).type))),
        client.onRequest(ClientReadFileRequest, ({ uri }) => answer(uri, async target => new TextDecoder().decode(await vscode.workspace.fs.readFile(target)))),
        client.onRequest(ClientReadDirectoryRequest, ({ uri }) => answer(uri, async target =>
            (await vscode.workspace.fs.readDirectory(target)).map(([name, type]) => fileStat(vscode.Uri.joinPath(target, name), type)))),
    ];
}
