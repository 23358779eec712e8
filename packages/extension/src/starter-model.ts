/**
 * `revorg.newModel`: a new untitled `.revorg` editor holding the starter model that ships with the
 * extension (media/walkthrough/starter.revorg, the walkthrough's first step). Untitled, so nothing
 * is written until the user saves it where the model belongs. The starter is a small, complete
 * organization with one deliberate problem, a handoff without an SLA, for the walkthrough's "fix a
 * problem" step; test/extension-walkthrough.test.ts lints it to keep it that way.
 */
import * as vscode from 'vscode';

const STARTER = ['media', 'walkthrough', 'starter.revorg'];

export async function openStarterModel(context: vscode.ExtensionContext): Promise<vscode.TextEditor> {
    const starter = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...STARTER));
    const document = await vscode.workspace.openTextDocument({ language: 'revorg', content: new TextDecoder().decode(starter) });
    return vscode.window.showTextDocument(document);
}
