/**
 * Langium keeps a document's last text in the model after the editor closes it. For an untitled
 * buffer (VS Code's New File, the extension's New Model starter) that is for good: nothing on disk
 * will ever replace it, so its declarations would go on clashing with the workspace's (two `team
 * Sales`) after the buffer was closed without saving. Closing an untitled document removes it
 * from the model.
 */
import { URI } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class RevorgDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (uri.scheme === 'untitled') this.fireDocumentUpdate([], [uri]);
    }
}
