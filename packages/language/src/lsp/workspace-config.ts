/**
 * revorg.config.json in the language server: read from the workspace root before the first build,
 * read again whenever the client reports it changed (created, edited, deleted), after which every
 * document is revalidated. Problems in the file are shown the way CLI.md asks: an error
 * notification, and diagnostics on the file itself at the offending JSON.
 */
import { URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { readFileSync } from 'node:fs';
import { DiagnosticSeverity, type Connection, type InitializeParams } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, emptyOverrides, lineAndColumn, parseConfig, resolveConfig, type ConfigProblem } from '../config/config.js';
import type { RevorgServices } from '../revorg-module.js';
import { RevorgDocumentBuilder } from '../workspace/document-builder.js';

export function workspaceRoots(params: InitializeParams): URI[] {
    if (params.workspaceFolders?.length) return params.workspaceFolders.map(folder => URI.parse(folder.uri));
    if (params.rootUri) return [URI.parse(params.rootUri)];
    return [];
}

export class WorkspaceConfig {
    private configUri: URI | undefined;
    private published = false;

    constructor(shared: LangiumSharedServices, private readonly services: RevorgServices, private readonly connection: Connection) {
        shared.lsp.LanguageServer.onInitialize(params => {
            const [root] = workspaceRoots(params);
            if (!root) return;
            this.configUri = UriUtils.joinPath(root, CONFIG_FILE_NAME);
            this.load();
        });
        shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
            const changed = this.configUri && params.changes.some(change => UriUtils.equals(URI.parse(change.uri), this.configUri!));
            if (!changed) return;
            this.load();
            // Revalidate every document with the new settings.
            const builder = shared.workspace.DocumentBuilder;
            void shared.workspace.WorkspaceLock.write(token => (builder instanceof RevorgDocumentBuilder ? builder.revalidateAll(token) : builder.update([], [], token)));
        });
    }

    /** Reads the file (absent means defaults), sets the configuration and reports its problems. */
    private load(): void {
        if (!this.configUri) return;
        let text: string | undefined;
        try {
            text = readFileSync(this.configUri.fsPath, 'utf8');
        } catch {
            text = undefined;
        }
        if (text === undefined) {
            this.services.validation.ConfigProvider.set(resolveConfig(emptyOverrides()));
            this.publish(text ?? '', []);
            return;
        }
        const { overrides, problems } = parseConfig(text);
        // The valid settings apply even when others are wrong, so one typo does not reset everything.
        this.services.validation.ConfigProvider.set(resolveConfig(overrides));
        this.publish(text, problems);
        if (problems.length > 0) {
            const first = problems[0];
            void this.connection.window.showErrorMessage(`${CONFIG_FILE_NAME}: ${first.path ? `${first.path}: ` : ''}${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
        }
    }

    private publish(text: string, problems: ConfigProblem[]): void {
        if (!this.configUri || (problems.length === 0 && !this.published)) return;
        this.published = problems.length > 0;
        const position = (offset: number) => {
            const { line, column } = lineAndColumn(text, offset);
            return { line: line - 1, character: column - 1 };
        };
        void this.connection.sendDiagnostics({
            uri: this.configUri.toString(),
            diagnostics: problems.map(problem => ({
                range: { start: position(problem.offset), end: position(problem.offset + problem.length) },
                severity: DiagnosticSeverity.Error,
                source: 'revorg',
                code: 'invalid-config',
                message: `${problem.path ? `${problem.path}: ` : ''}${problem.message}`,
            })),
        });
    }
}
