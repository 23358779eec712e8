// The editor suite, run inside a real VS Code extension host (code-server here, VS Code desktop
// through @vscode/test-electron where it can be downloaded). It drives VS Code the way a user
// does, through the commands behind the editor's UI, and reports one result per check.
'use strict';
/// <reference types="vscode" />
/** @import * as vscode from 'vscode' */

/** @typedef {{ name: string; ok: boolean; ms?: number; error?: string }} CheckResult */

const REVORG = 'revorg.revorg';
/** Longer than any check's own waits (60 s at most), well inside the runner's limit for the whole suite. */
const CHECK_LIMIT_MS = 90_000;

/**
 * @param {unknown} condition
 * @param {string} message
 * @returns {asserts condition}
 */
function assert(condition, message) {
    if (!condition) throw new Error(message);
}

/**
 * @template T
 * @param {string} description
 * @param {() => T | Promise<T>} condition
 * @returns {Promise<T>}
 */
async function waitFor(description, condition, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await condition();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}`);
        await new Promise(resolve => setTimeout(resolve, 250));
    }
}

/** @param {vscode.MarkdownString | vscode.MarkedString} content */
function text(content) {
    return typeof content === 'string' ? content : content.value;
}

/**
 * @param {typeof vscode} vscode the extension host's API, handed over by the extension that runs the suite
 * @param {(message: string) => void} [log]
 * @param {{ webExtensionHost?: boolean }} [options] webExtensionHost: revorg is expected in the browser's web worker extension host
 * @returns {Promise<CheckResult[]>}
 */
async function runSuite(vscode, log = () => {}, { webExtensionHost = false } = {}) {
    /** @type {CheckResult[]} */
    const results = [];
    /**
     * Runs one check. A VS Code call that never settles (a request no one answers) fails the
     * check after `limitMs`, naming the step it was in, and the suite goes on to the next check.
     * @param {string} name
     * @param {(step: (what: string) => void) => Promise<void>} body
     * @param {number} [limitMs]
     */
    async function check(name, body, limitMs = CHECK_LIMIT_MS) {
        const started = Date.now();
        let current = 'starting';
        /** @param {string} what */
        const step = what => {
            current = what;
            log(`     ${name}: ${what}`);
        };
        /** @type {ReturnType<typeof setTimeout> | undefined} */
        let timer;
        const overdue = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer after ${limitMs} ms, while ${current}`)), limitMs);
        });
        try {
            await Promise.race([body(step), overdue]);
            results.push({ name, ok: true, ms: Date.now() - started });
            log(`ok   ${name}`);
        } catch (error) {
            results.push({ name, ok: false, ms: Date.now() - started, error: error instanceof Error ? String(error.stack ?? error) : String(error) });
            log(`FAIL ${name}: ${String(error)}`);
        } finally {
            clearTimeout(timer);
        }
    }

    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    if (!folder) return [{ name: 'a workspace folder is open', ok: false, error: 'no workspace folder' }];
    const orgUri = vscode.Uri.joinPath(folder.uri, 'org.revorg');
    const metricsUri = vscode.Uri.joinPath(folder.uri, 'metrics.revorg');
    /** @param {vscode.Uri} uri */
    const revorgDiagnostics = uri => vscode.languages.getDiagnostics(uri).filter(d => d.source === 'revorg');
    /** @param {vscode.Diagnostic} diagnostic */
    const codeOf = diagnostic => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code));
    /** @type {(document: vscode.TextDocument, needle: string) => number} */
    const lineOf = (document, needle) => document.getText().split('\n').findIndex(line => line.includes(needle));

    /** @type {vscode.TextDocument | undefined} */
    let orgDocument;
    /** org.revorg, opened by the first check: the checks after it fail when it could not be. */
    const org = () => {
        assert(orgDocument, 'org.revorg is not open');
        return orgDocument;
    };
    await check(webExtensionHost ? 'the extension activates in the browser\'s web worker extension host when a .revorg file is opened' : 'the extension activates when a .revorg file is opened', async () => {
        const extension = vscode.extensions.getExtension(REVORG);
        // The API shows an extension only to its own host: from this Node host, revorg in the web worker host is not there, its commands are.
        if (webExtensionHost) assert(!extension, `${REVORG} runs in this Node extension host, not in the web worker one`);
        else assert(extension, `${REVORG} is not installed`);
        orgDocument = await vscode.workspace.openTextDocument(orgUri);
        await vscode.window.showTextDocument(orgDocument);
        assert(orgDocument.languageId === 'revorg', `language is ${orgDocument.languageId}`);
        if (extension) await waitFor('the extension to activate', () => extension.isActive);
        else await waitFor('the extension\'s commands', async () => (await vscode.commands.getCommands(true)).includes('revorg.openPreview'));
    });

    await check('diagnostics with their rule ids and docs links reach the Problems panel', async () => {
        await waitFor('handoff-owner-required on org.revorg', () => revorgDiagnostics(orgUri).some(d => codeOf(d) === 'handoff-owner-required'));
        const owner = revorgDiagnostics(orgUri).find(d => codeOf(d) === 'handoff-owner-required');
        assert(owner, 'handoff-owner-required is reported');
        assert(owner.severity === vscode.DiagnosticSeverity.Error, `severity ${owner.severity}`);
        assert(owner.range.start.line === lineOf(org(), 'handoff SdrToAe'), `reported on line ${owner.range.start.line}`);
        // A diagnostic's link reaches the Problems panel from either host, but the API hands another host's diagnostics over without it.
        if (!webExtensionHost) assert(typeof owner.code === 'object' && /docs\/rules\/handoff-owner-required\.md$/.test(owner.code.target.toString()), `links to its docs page (code ${JSON.stringify(owner.code)})`);
        assert(revorgDiagnostics(orgUri).some(d => codeOf(d) === 'handoff-sla-required' && d.severity === vscode.DiagnosticSeverity.Warning), 'handoff-sla-required is a warning');
    });

    await check('completion after owner: offers roles, never teams', async () => {
        const editor = await vscode.window.showTextDocument(org());
        const line = lineOf(org(), 'to: AE') ;
        const end = org().lineAt(line).range.end;
        await editor.edit(edit => edit.insert(end, '\n    owner: '));
        try {
            const position = new vscode.Position(line + 1, '    owner: '.length);
            const list = /** @type {vscode.CompletionList} */ (await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', orgUri, position));
            const labels = list.items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
            for (const role of ['VPSales', 'VPMarketing', 'SDR', 'AE']) assert(labels.includes(role), `${role} is offered (got ${labels.join(', ')})`);
            for (const team of ['Sales', 'Marketing']) assert(!labels.includes(team), `team ${team} is not offered`);
        } finally {
            await vscode.commands.executeCommand('undo');
        }
    });

    await check('hover on a reference summarizes the role', async () => {
        const line = lineOf(org(), 'from: SDR');
        const position = new vscode.Position(line, org().lineAt(line).text.indexOf('SDR') + 1);
        const hovers = /** @type {vscode.Hover[]} */ (await vscode.commands.executeCommand('vscode.executeHoverProvider', orgUri, position));
        const shown = hovers.flatMap(hover => hover.contents.map(text)).join('\n');
        assert(/Sales Development Rep/.test(shown) && /sdr/i.test(shown), `hover shows the role: ${shown}`);
    });

    await check('the quick fix adds an owner and the error goes away', async () => {
        // The completion check typed and undid a line: the diagnostics may still be on their way back.
        const diagnostic = await waitFor('handoff-owner-required before the fix', () => revorgDiagnostics(orgUri).find(d => codeOf(d) === 'handoff-owner-required'), 20_000);
        assert(diagnostic, 'the diagnostic is there before the fix');
        const actions = /** @type {vscode.CodeAction[]} */ (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', orgUri, diagnostic.range, vscode.CodeActionKind.QuickFix.value));
        // Not the extension's "Show documentation for 'handoff-owner-required'", which every revorg diagnostic also offers.
        const fix = actions.find(action => /owner/i.test(action.title) && action.command?.command !== 'revorg.openRuleDocs');
        assert(fix, `an owner fix is offered (got ${actions.map(a => a.title).join(' | ')})`);
        if (fix.edit) assert(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
        if (fix.command) {
            /** @type {unknown[]} */
            const args = fix.command.arguments ?? [];
            await vscode.commands.executeCommand(fix.command.command, ...args);
        }
        await waitFor('handoff-owner-required to go', () => !revorgDiagnostics(orgUri).some(d => codeOf(d) === 'handoff-owner-required'));
        assert(!revorgDiagnostics(orgUri).some(d => codeOf(d) === 'syntax-error'), 'the document still parses');
    });

    await check('a revorg diagnostic offers its rule\'s documentation as a quick fix', async () => {
        const diagnostic = revorgDiagnostics(orgUri).find(d => codeOf(d) === 'handoff-sla-required');
        assert(diagnostic, 'handoff-sla-required is reported');
        const actions = /** @type {vscode.CodeAction[]} */ (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', orgUri, diagnostic.range, vscode.CodeActionKind.QuickFix.value));
        // Seen from another extension host, an action's command is VS Code's delegate of it, under the same title.
        const docs = webExtensionHost
            ? actions.find(action => action.title === 'Show documentation for \'handoff-sla-required\'')
            : actions.find(action => action.command?.command === 'revorg.openRuleDocs');
        assert(docs, `a documentation action is offered (got ${actions.map(a => a.title).join(' | ')})`);
        if (!webExtensionHost) assert(JSON.stringify(docs.command?.arguments) === '["handoff-sla-required"]', `it opens the rule's page (arguments ${JSON.stringify(docs.command?.arguments)})`);
    });

    await check('Open Rule Documentation shows the page bundled in the extension in the Markdown preview', async () => {
        // The page's own file is visible from revorg's host only; the preview tab below shows it was opened.
        const extension = vscode.extensions.getExtension(REVORG);
        if (!webExtensionHost) {
            assert(extension, `${REVORG} is installed`);
            const page = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'rules', 'handoff-sla-required.md');
            assert((await vscode.workspace.fs.stat(page)).size > 0, 'the page ships with the extension');
        }
        await vscode.commands.executeCommand('revorg.openRuleDocs', 'handoff-sla-required');
        /** @returns {vscode.Tab | undefined} */
        const previewTab = () => vscode.window.tabGroups.all.flatMap(group => group.tabs)
            .find(tab => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType) && tab.label.includes('handoff-sla-required.md'));
        const tab = await waitFor('a Markdown preview of handoff-sla-required.md', previewTab, 20_000);
        assert(tab, 'the preview tab is open');
        await vscode.window.tabGroups.close(tab);
    });

    // The links are what this check reads, and another host's diagnostics come without them (see above): run from revorg's own host only.
    if (!webExtensionHost) await check('the revorg.ruleDocs setting reaches the server and moves the diagnostics\' links', async () => {
        const mirror = 'https://wiki.example.com/revops/rules/';
        /** @param {string} prefix */
        const linksTo = prefix => revorgDiagnostics(orgUri).some(d => typeof d.code === 'object' && d.code.target.toString(true) === `${prefix}handoff-sla-required.md`);
        const settings = vscode.workspace.getConfiguration('revorg');
        await settings.update('ruleDocs', mirror, vscode.ConfigurationTarget.Global);
        try {
            await waitFor('a link to the mirror', () => linksTo(mirror), 20_000).catch(error => {
                const seen = revorgDiagnostics(orgUri).map(d => typeof d.code === 'object' ? d.code.target.toString(true) : String(d.code));
                throw new Error(`${error instanceof Error ? error.message : String(error)} (links: ${seen.join(', ')})`);
            });
        } finally {
            await settings.update('ruleDocs', undefined, vscode.ConfigurationTarget.Global);
        }
        await waitFor('the link back on docs/rules', () => revorgDiagnostics(orgUri).some(d => typeof d.code === 'object' && /\/docs\/rules\/handoff-sla-required\.md$/.test(d.code.target.toString())), 20_000);
    });

    await check('format document rewrites a badly formatted file in the canonical style', async () => {
        const document = await vscode.workspace.openTextDocument(metricsUri);
        await vscode.window.showTextDocument(document);
        const options = { tabSize: 4, insertSpaces: true };
        const edits = /** @type {vscode.TextEdit[] | undefined} */ (await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', metricsUri, options));
        assert(edits && edits.length > 0, 'formatting proposes edits');
        const workspaceEdit = new vscode.WorkspaceEdit();
        workspaceEdit.set(metricsUri, edits);
        assert(await vscode.workspace.applyEdit(workspaceEdit), 'the edits apply');
        const formatted = document.getText();
        assert(/^kpi Pipeline "Shared pipeline" \{\n {4}measures: pipeline\n {4}owners: \[Marketing, Sales\]\n {4}target: \$6M\n\}/.test(formatted), `canonical layout:\n${formatted}`);
        const again = /** @type {vscode.TextEdit[] | undefined} */ (await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', metricsUri, options));
        assert(!again || again.length === 0, 'formatting is idempotent');
        await document.save();
    });

    await check('format on save rewrites what was typed carelessly', async () => {
        await vscode.workspace.getConfiguration('editor', { languageId: 'revorg' }).update('formatOnSave', true, vscode.ConfigurationTarget.Global, true);
        const document = await vscode.workspace.openTextDocument(metricsUri);
        const editor = await vscode.window.showTextDocument(document);
        const end = document.lineAt(document.lineCount - 1).range.end;
        await editor.edit(edit => edit.insert(end, '\nkpi Mqls{measures:mqls owners:[Marketing]}\n'));
        await document.save();
        await waitFor('the saved text to be formatted', () => /\nkpi Mqls \{\n {4}measures: mqls\n {4}owners: \[Marketing\]\n\}\n$/.test(document.getText()), 20_000);
        assert(!document.isDirty, 'the document is saved');
    });

    await check('code lens shows a handoff without an SLA and a role\'s direct reports', async () => {
        const lenses = /** @type {vscode.CodeLens[]} */ (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', orgUri));
        const titles = lenses.flatMap(lens => (lens.command ? [`${lens.range.start.line}:${lens.command.title}`] : []));
        assert(titles.includes(`${lineOf(org(), 'handoff SdrToAe')}:no SLA`), `'no SLA' on SdrToAe (got ${titles.join(' | ')})`);
        assert(titles.some(title => title.startsWith(`${lineOf(org(), 'role VPSales')}:3 direct reports`)), `VPSales has 3 direct reports (got ${titles.join(' | ')})`);
    });

    await check('the outline lists the declarations', async () => {
        const symbols = /** @type {Array<vscode.DocumentSymbol | vscode.SymbolInformation>} */ (await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', orgUri));
        const names = symbols.map(symbol => symbol.name);
        for (const name of ['E2E Analytics', 'Marketing', 'VPSales', 'SdrToAe', 'SpeedToLead']) assert(names.includes(name), `${name} is in the outline (got ${names.join(', ')})`);
    });

    await check('the Revorg commands are in the palette', async () => {
        const commands = await vscode.commands.getCommands(true);
        for (const command of ['revorg.newModel', 'revorg.openPreview', 'revorg.openPreviewToSide', 'revorg.exportDiagram', 'revorg.restartServer', 'revorg.showOutput', 'revorg.openRuleDocs']) assert(commands.includes(command), `${command} is registered`);
    });

    await check('the preview opens beside the editor', async () => {
        await vscode.window.showTextDocument(org());
        await vscode.commands.executeCommand('revorg.openPreviewToSide');
        await waitFor('the preview tab', () => vscode.window.tabGroups.all.some(group => group.tabs.some(tab => tab.input instanceof vscode.TabInputWebview && /revorg\.preview/.test(tab.input.viewType))), 20_000);
    });

    await check('Export Diagram writes the revenue flow as a standalone SVG in fixed colors', async () => {
        const target = vscode.Uri.joinPath(folder.uri, 'exported-flow.svg');
        const written = /** @type {vscode.Uri | undefined} */ (await vscode.commands.executeCommand('revorg.exportDiagram', 'flow', target));
        assert(written && written.toString() === target.toString(), `the command returns the file it wrote (got ${String(written)})`);
        const svg = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
        assert(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') && svg.includes('data-view="flow"'), 'an SVG of the flow view');
        assert(!svg.includes('var(--vscode'), 'no theme variables: it reads the same outside VS Code');
        assert(svg.includes('data-id="SdrToAe"'), 'the handoffs are drawn');
        await vscode.workspace.fs.delete(target);
    });

    await check('New Model opens the starter in an untitled editor, checked, and closing it leaves the model', async step => {
        step('running revorg.newModel');
        await vscode.commands.executeCommand('revorg.newModel');
        const editor = vscode.window.activeTextEditor;
        assert(editor && editor.document.isUntitled && editor.document.languageId === 'revorg', `an untitled revorg editor (got ${editor?.document.uri.toString()})`);
        assert(editor.document.getText().includes('organization "Acme Analytics"'), 'it holds the starter model');
        const starter = editor.document.uri;
        // Checked as part of the workspace's model, whose names it repeats (duplicate-name): any revorg diagnostic shows it is.
        step('waiting for diagnostics on the starter');
        await waitFor('diagnostics on the starter', () => revorgDiagnostics(starter).length > 0);
        /** The starter's CEO, a role the workspace's files do not declare, as workspace symbols find it. */
        const ceo = async () => {
            const symbols = /** @type {vscode.SymbolInformation[]} */ (await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'CEO'));
            step(`workspace symbols for CEO: ${symbols.map(symbol => `${symbol.name} in ${symbol.location.uri.toString()}`).join(', ') || 'none'}`);
            return symbols.some(symbol => symbol.name === 'CEO');
        };
        step('asking workspace symbols for the starter\'s CEO');
        await waitFor('the starter\'s CEO in the model', ceo);
        step('reverting and closing the starter');
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        step('asking workspace symbols until the CEO is gone');
        await waitFor('the closed starter to leave the model', async () => !(await ceo()), 20_000);
    });

    // Leave the editor showing the model, a squiggle, the preview beside it and the Problems panel, for the screenshot.
    const editor = await vscode.window.showTextDocument(org(), { viewColumn: vscode.ViewColumn.One });
    const shown = revorgDiagnostics(orgUri)[0];
    if (shown) {
        editor.selection = new vscode.Selection(shown.range.start, shown.range.start);
        editor.revealRange(shown.range, vscode.TextEditorRevealType.InCenter);
    }
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return results;
}

module.exports = { runSuite };
