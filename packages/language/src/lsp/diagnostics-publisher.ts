/**
 * Publishes the diagnostics of documents whose problems changed because of an edit elsewhere in
 * the model (Langium itself publishes those of the documents it revalidated).
 */
import type { Connection } from 'vscode-languageserver';
import type { RevorgSharedServices } from '../revorg-module.js';

export function publishRefreshedDiagnostics(shared: RevorgSharedServices, connection: Connection): void {
    shared.workspace.DocumentBuilder.onDiagnosticsRefreshed(documents => {
        for (const document of documents) {
            void connection.sendDiagnostics({ uri: document.uri.toString(), diagnostics: document.diagnostics ?? [] });
        }
    });
}
