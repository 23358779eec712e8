/**
 * revorg.config.json in the language server: loaded from the first workspace folder before the
 * first build, loaded again whenever the client reports it changed (created, edited, deleted),
 * after which every document is revalidated. Problems in the file are shown the way the CLI
 * contract asks: an error notification, and diagnostics on the file itself at the offending JSON.
 * The file is read by the configuration service through Langium's FileSystemProvider.
 */
import { URI, UriUtils } from 'langium';
import { DiagnosticSeverity, type Connection } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, lineAndColumn, type ConfigProblem } from '../config/config.js';
import type { LoadedConfig } from '../config/config-provider.js';
import type { RevorgServices } from '../revorg-module.js';

export function watchWorkspaceConfig(services: RevorgServices, connection: Connection): void {
    const shared = services.shared;
    const config = services.revorg.Config;
    let configUri: URI | undefined;
    let published = false;

    const publish = ({ uri, text, problems }: LoadedConfig): void => {
        if (problems.length === 0 && !published) return;
        published = problems.length > 0;
        const position = (offset: number) => {
            const { line, column } = lineAndColumn(text ?? '', offset);
            return { line: line - 1, character: column - 1 };
        };
        void connection.sendDiagnostics({
            uri: uri.toString(),
            diagnostics: problems.map((problem: ConfigProblem) => ({
                range: { start: position(problem.offset), end: position(problem.offset + problem.length) },
                severity: DiagnosticSeverity.Error,
                source: 'revorg',
                code: 'invalid-config',
                message: `${problem.path ? `${problem.path}: ` : ''}${problem.message}`,
            })),
        });
        if (problems.length > 0) {
            const [first] = problems;
            void connection.window.showErrorMessage(`${CONFIG_FILE_NAME}: ${first.path ? `${first.path}: ` : ''}${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
        }
    };

    // The config's `ignores` leave files out of the model, as in the CLI.
    shared.workspace.WorkspaceManager.leaveOut(uri => config.isIgnored(uri));

    shared.workspace.WorkspaceManager.beforeFirstBuild(async folders => {
        const [root] = folders;
        if (!root) return;
        configUri = config.fileIn(URI.parse(root.uri));
        publish(await config.load(configUri));
    });

    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        const uri = configUri;
        if (!uri || !params.changes.some(change => UriUtils.equals(URI.parse(change.uri), uri))) return;
        void shared.workspace.WorkspaceLock.write(async token => {
            publish(await config.load(uri));
            // New `ignores` take files out of the model and put others back; then every document is validated again with the new settings.
            const { added, removed } = await modelFilesChanged(services, UriUtils.dirname(uri));
            if (added.length > 0 || removed.length > 0) await shared.workspace.DocumentBuilder.update(added, removed, token);
            await shared.workspace.DocumentBuilder.revalidateAll(token);
        });
    });
}

/** The files of the folder that the model now includes but has no document of, and the documents of files it now leaves out. */
async function modelFilesChanged(services: RevorgServices, root: URI): Promise<{ added: URI[]; removed: URI[] }> {
    const workspace = services.shared.workspace;
    const included = await workspace.WorkspaceManager.searchFolder(root);
    const added = included.filter(uri => !workspace.LangiumDocuments.hasDocument(uri));
    const removed = workspace.LangiumDocuments.all.map(document => document.uri)
        .filter(uri => workspace.WorkspaceManager.isLeftOut(uri) && !workspace.TextDocuments?.get(uri.toString()))
        .toArray();
    return { added, removed };
}
