/**
 * Publishes the diagnostics of documents whose problems changed because of an edit elsewhere in
 * the model (Langium itself publishes those of the documents it revalidated).
 */
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { RevorgDocumentBuilder } from '../workspace/document-builder.js';

export function publishRefreshedDiagnostics(shared: LangiumSharedServices, connection: Connection): void {
    const builder = shared.workspace.DocumentBuilder;
    if (!(builder instanceof RevorgDocumentBuilder)) return;
    builder.onDiagnosticsRefreshed(documents => {
        for (const document of documents) {
            void connection.sendDiagnostics({ uri: document.uri.toString(), diagnostics: document.diagnostics ?? [] });
        }
    });
}
