/**
 * The workspace: every `.revorg` file of the client's folders, validated on start-up, not only
 * the files the editor opens (a RevOps engineer expects the Problems panel to show every file's
 * problems, as `revorg lint` would). Work that must be done before the first build reads any
 * document, such as loading the rule configuration, is registered with `beforeFirstBuild`.
 */
import { DefaultWorkspaceManager, URI, UriUtils, type BuildOptions, type FileSystemNode, type LangiumDocument, type WorkspaceFolder } from 'langium';
import { IGNORE_NOTHING, type IgnoreTest } from '../config/ignores.js';
import type { InitializeParams } from 'vscode-languageserver';

export type StartupTask = (folders: readonly WorkspaceFolder[]) => Promise<void>;

export class RevorgWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };
    private readonly startupTasks: StartupTask[] = [];
    private leftOut: IgnoreTest = IGNORE_NOTHING;

    /** Runs `task` with the workspace folders once they are known, before any document is loaded. */
    beforeFirstBuild(task: StartupTask): void {
        this.startupTasks.push(task);
    }

    /** Which files are not part of the model (the config's `ignores`): asked when the workspace is read and on every update. */
    leaveOut(test: IgnoreTest): void {
        this.leftOut = test;
    }

    isLeftOut(uri: URI): boolean {
        return this.leftOut(uri);
    }

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        return super.shouldIncludeEntry(entry) && !(entry.isFile && this.leftOut(entry.uri));
    }

    /** Clients that send only a root (older LSP clients, some editors' defaults) get that root as the one folder. */
    override initialize(params: InitializeParams): void {
        super.initialize(params);
        if (!this.folders?.length && params.rootUri) {
            this.folders = [{ uri: params.rootUri, name: UriUtils.basename(URI.parse(params.rootUri)) }];
        }
    }

    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        for (const task of this.startupTasks) await task(folders);
        return super.performStartup(folders);
    }
}
