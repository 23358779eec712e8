/**
 * The lsp-client workspace of the playground: one editor per tab, every tab's file open on the
 * server, so the server always has the text the user sees. Versions and synchronization are as in
 * the client's own default workspace (which it does not export); what differs is `displayFile`,
 * which brings a tab forward when the client needs to show a file (a jump to a definition in
 * another file).
 */
import { LSPPlugin, Workspace, type LSPClient, type WorkspaceFile } from '@codemirror/lsp-client';
import type { ChangeSet, Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

/** The package declares this shape but does not export its name. */
interface WorkspaceFileUpdate {
    file: WorkspaceFile;
    prevDoc: Text;
    changes: ChangeSet;
}

class TabFile implements WorkspaceFile {
    constructor(readonly uri: string, readonly languageId: string, public version: number, public doc: Text, readonly view: EditorView) {}

    getView(): EditorView {
        return this.view;
    }
}

export class PlaygroundWorkspace extends Workspace {
    files: TabFile[] = [];
    private readonly versions = new Map<string, number>();

    constructor(client: LSPClient, private readonly showFile: (uri: string) => EditorView | null) {
        super(client);
    }

    private nextVersion(uri: string): number {
        const version = (this.versions.get(uri) ?? -1) + 1;
        this.versions.set(uri, version);
        return version;
    }

    syncFiles(): readonly WorkspaceFileUpdate[] {
        const updates: WorkspaceFileUpdate[] = [];
        for (const file of this.files) {
            const plugin = LSPPlugin.get(file.view);
            if (!plugin || plugin.unsyncedChanges.empty) continue;
            updates.push({ changes: plugin.unsyncedChanges, file, prevDoc: file.doc });
            file.doc = file.view.state.doc;
            file.version = this.nextVersion(file.uri);
            plugin.clear();
        }
        return updates;
    }

    openFile(uri: string, languageId: string, view: EditorView): void {
        if (this.getFile(uri)) throw new Error(`${uri} is already open in another tab`);
        const file = new TabFile(uri, languageId, this.nextVersion(uri), view.state.doc, view);
        this.files.push(file);
        this.client.didOpen(file);
    }

    closeFile(uri: string): void {
        if (!this.getFile(uri)) return;
        this.files = this.files.filter(file => file.uri !== uri);
        this.client.didClose(uri);
    }

    override displayFile(uri: string): Promise<EditorView | null> {
        return Promise.resolve(this.showFile(uri));
    }
}
