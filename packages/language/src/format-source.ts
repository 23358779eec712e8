/**
 * The language server's formatter as a function of text, for `revorg format`: the same
 * `RevorgFormatter`, on a document parsed on its own (formatting reads tokens, never references,
 * so a file is formatted the same whatever model it belongs to).
 */
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createRevorgServices, type RevorgServices } from './revorg-module.js';

let services: RevorgServices | undefined;

/** The text in the canonical layout of LANGUAGE.md; a file with syntax errors is formatted up to its first error. */
export function formatSource(text: string, path = '/format.revorg'): string {
    services ??= createRevorgServices(EmptyFileSystem).Revorg;
    const uri = URI.file(path);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    const edits = services.lsp.Formatter.formatDocument(document);
    return TextDocument.applyEdits(TextDocument.create(uri.toString(), 'revorg', 0, text), edits);
}
