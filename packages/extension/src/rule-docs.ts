/**
 * The rule documentation pages that ship inside the extension (dist/rules, copied from the
 * repository's docs/rules by scripts/bundle.mjs), opened in VS Code's Markdown preview: offline,
 * whatever the network and wherever the diagnostics' web links point.
 *
 * `revorg.openRuleDocs` takes a rule id, so a `command:revorg.openRuleDocs?["handoff-sla-required"]`
 * link (the walkthrough's, a keybinding's) opens that page; without one it opens the page of the
 * revorg diagnostic under the cursor, else offers every rule in a pick list. Each revorg diagnostic
 * also gets a "Show documentation" quick fix, which reaches the page from the light bulb and from
 * the hover's Quick Fix.
 *
 * The diagnostic's own code link (Problems panel, hover) stays the web page the server sends:
 * VS Code has run `command:` targets of diagnostic codes, but removed that from the hover as a
 * security hole (microsoft/vscode#329652, and its review asks the same of the Problems panel), so a
 * link rewritten to the command would stop working; the web link works there and in every other
 * LSP editor.
 */
import * as vscode from 'vscode';

/** Where scripts/bundle.mjs puts the pages, relative to the extension's folder. */
const RULE_PAGES = ['dist', 'rules'];

export function registerRuleDocs(context: vscode.ExtensionContext): void {
    const pages = new RulePages(vscode.Uri.joinPath(context.extensionUri, ...RULE_PAGES));
    context.subscriptions.push(
        vscode.commands.registerCommand('revorg.openRuleDocs', async (ruleId?: unknown) => {
            const id = typeof ruleId === 'string' && ruleId !== '' ? ruleId : ruleAtCursor() ?? await pickRule(pages);
            if (id) await openRulePage(pages, id);
        }),
        vscode.languages.registerCodeActionsProvider({ language: 'revorg' }, new ShowDocumentationActions(pages), {
            providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
        }),
    );
}

/** The bundled pages: `<rule-id>.md` each, listed once. */
class RulePages {
    private ids: Promise<Set<string>> | undefined;

    constructor(readonly folder: vscode.Uri) {}

    all(): Promise<Set<string>> {
        this.ids ??= Promise.resolve(vscode.workspace.fs.readDirectory(this.folder)).then(
            entries => new Set(entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md')).map(([name]) => name.slice(0, -'.md'.length))),
            () => new Set<string>(),
        );
        return this.ids;
    }

    page(id: string): vscode.Uri {
        return vscode.Uri.joinPath(this.folder, `${id}.md`);
    }

    /** The page's opening paragraph (under its `# id` title), on one line: what the rule asks. */
    async summary(id: string): Promise<string> {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.page(id)));
        const paragraph = text.split(/\n\s*\n/).find(block => block.trim() !== '' && !block.trimStart().startsWith('#'));
        return paragraph?.replace(/\s+/g, ' ').trim() ?? '';
    }
}

async function openRulePage(pages: RulePages, id: string): Promise<void> {
    if (!(await pages.all()).has(id)) {
        void vscode.window.showErrorMessage(`revorg has no documentation page for '${id}': run "Revorg: Open Rule Documentation" to pick a rule.`);
        return;
    }
    // Beside the model, so the page that explains a problem and the text that has it are both in view.
    await vscode.commands.executeCommand('markdown.showPreviewToSide', pages.page(id));
}

/** The rule of the revorg diagnostic under the cursor, if any. */
function ruleAtCursor(): string | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const position = editor.selection.active;
    const diagnostic = vscode.languages.getDiagnostics(editor.document.uri).find(candidate => candidate.range.contains(position) && ruleOf(candidate));
    return diagnostic && ruleOf(diagnostic);
}

/** The rule id of a revorg diagnostic: its code, with or without the web link. */
function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
    if (diagnostic.source !== 'revorg' || diagnostic.code === undefined) return undefined;
    return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

async function pickRule(pages: RulePages): Promise<string | undefined> {
    const ids = [...await pages.all()].sort();
    const items = await Promise.all(ids.map(async id => ({ label: id, detail: await pages.summary(id).catch(() => '') })));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Open the documentation of a revorg rule', matchOnDetail: true });
    return picked?.label;
}

/** "Show documentation for '<rule>'" on every revorg diagnostic that has a page, once per rule. */
class ShowDocumentationActions implements vscode.CodeActionProvider {
    constructor(private readonly pages: RulePages) {}

    async provideCodeActions(_document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
        const known = await this.pages.all();
        const actions = new Map<string, vscode.CodeAction>();
        for (const diagnostic of context.diagnostics) {
            const id = ruleOf(diagnostic);
            if (!id || !known.has(id) || actions.has(id)) continue;
            const action = new vscode.CodeAction(`Show documentation for '${id}'`, vscode.CodeActionKind.QuickFix);
            action.command = { command: 'revorg.openRuleDocs', title: action.title, arguments: [id] };
            action.diagnostics = [diagnostic];
            actions.set(id, action);
        }
        return [...actions.values()];
    }
}
