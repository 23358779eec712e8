/**
 * Starts the revorg language server on a connection: the language services, the workspace's
 * rule configuration and the editor's settings, the diagnostics of documents an edit elsewhere
 * changed, the preview's diagram messages and the rule settings in force (protocol.ts). The
 * transport and the file system are the caller's, so the same start serves the Node process
 * (`revorg-language-server`) and any other host.
 */
import { publishRefreshedDiagnostics, RULES, watchEditorSettings, watchWorkspaceConfig } from '@revorg/language';
import { DocumentState } from 'langium';
import { startLanguageServer, type DefaultSharedModuleContext } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { VIEW_NAMES } from '@revorg/diagram';
import { DiagramRequest, ModelChangedNotification, RuleSettingsRequest, type DiagramTheme, type ViewName } from './protocol.js';
import { createRevorgServerServices } from './server-module.js';

export function startRevorgServer(connection: Connection, fileSystem: Omit<DefaultSharedModuleContext, 'connection'>): void {
    const { shared, Revorg } = createRevorgServerServices({ connection, ...fileSystem });
    watchWorkspaceConfig(Revorg, connection);
    watchEditorSettings(Revorg, connection);
    publishRefreshedDiagnostics(shared, connection);

    const diagrams = Revorg.revorg.Diagrams;
    // Only a client that previews hears about rebuilds: other LSP clients never see the notification.
    let previewing = false;
    diagrams.onModelChanged(generation => {
        if (previewing) void connection.sendNotification(ModelChangedNotification, { generation });
    });
    connection.onRequest(DiagramRequest, async (params, token) => {
        previewing = true;
        const view: ViewName = params.view && VIEW_NAMES.includes(params.view) ? params.view : 'org';
        const theme: DiagramTheme = params.theme === 'light' || params.theme === 'dark' ? params.theme : 'vscode';
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
        return diagrams.draw(view, theme);
    });

    connection.onRequest(RuleSettingsRequest, () => {
        const config = Revorg.revorg.Config.current;
        return RULES.map(rule => ({ id: rule.meta.id, setting: config.severity(rule) }));
    });

    startLanguageServer(shared);
}
