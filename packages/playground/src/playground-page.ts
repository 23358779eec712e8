/**
 * The playground page: wires the editors, the language server in its worker (started by main.ts),
 * the diagram, the rule panel, local storage and share links together. Each of those lives in its
 * own module; this one only decides what starts the page (a shared link, else what was left in
 * local storage, else the first example) and what an action does.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { indentUnit } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { findReferencesKeymap, formatKeymap, hoverTooltips, jumpToDefinitionKeymap, LSPClient, renameKeymap, serverCompletion } from '@codemirror/lsp-client';
import type { Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import type { DiagramParams, DiagramResult, RuleSettingSummary } from '@revorg/server/protocol';
import type * as lsp from 'vscode-languageserver-protocol';
import { catalogue } from './catalogue.js';
import { DiagramPane, type SourceLocation } from './diagram-pane.js';
import { EditorTabs } from './editor-tabs.js';
import { fileSystemRequestHandlers } from './file-system-requests.js';
import { revorgLanguage } from './highlighting.js';
import { signalDiagnosticsShown } from './page-signals.js';
import { PlaygroundWorkspace } from './playground-workspace.js';
import { CONFIG_FILE_NAME, normalizeFileName, uriOfFile, WORKSPACE_ROOT, type Project } from './project.js';
import { RulesPanel } from './rules-panel.js';
import { serverDiagnosticsWithFixes } from './server-diagnostics.js';
import { serverMessageDisplay } from './server-messages.js';
import { decodeProject, encodeProject } from './share-link.js';
import { loadStoredProject, storeProject } from './storage.js';
import { workerTransport } from './worker-transport.js';

/** The first diagram of a large model waits for the whole first build and its layout. */
const REQUEST_TIMEOUT_MS = 60_000;
const SAVE_DELAY_MS = 300;

function element<T extends HTMLElement>(id: string, type: new () => T): T {
    const found = document.getElementById(id);
    if (!(found instanceof type)) throw new Error(`the playground page has no #${id}`);
    return found;
}

function exampleProject(id: string | undefined): Project {
    const example = catalogue.examples.find(candidate => candidate.id === id) ?? catalogue.examples[0];
    return { files: example ? example.files.map(file => ({ ...file })) : [{ name: 'model.revorg', text: '' }], config: '' };
}

/** Whether the project is one of the examples as bundled (nothing of the visitor's would be lost by replacing it). */
function isBundledExample(project: Project): boolean {
    return project.config.trim() === '' && catalogue.examples.some(example =>
        example.files.length === project.files.length
        && example.files.every((file, index) => file.name === project.files[index]?.name && file.text === project.files[index]?.text));
}

export async function startPlayground(worker: Worker): Promise<void> {
    const sharedProject = await decodeProject(location.hash);
    let project: Project = sharedProject ?? loadStoredProject(localStorage) ?? exampleProject(undefined);

    const showServerMessage = serverMessageDisplay(element('server-message', HTMLParagraphElement));
    worker.addEventListener('error', event => {
        showServerMessage({ type: 1, message: `The language server could not start (${event.message || 'server-worker.js failed to load'}): the editor works, without diagnostics or diagrams.` });
    });
    const transport = workerTransport(worker, { uri: WORKSPACE_ROOT, name: 'playground' }, {
        ...fileSystemRequestHandlers(() => project),
        'window/showMessageRequest': (params: lsp.ShowMessageRequestParams) => {
            showServerMessage(params);
            return null;
        },
    });

    const client = new LSPClient({
        rootUri: WORKSPACE_ROOT,
        timeout: REQUEST_TIMEOUT_MS,
        notificationHandlers: {
            'window/showMessage': (_client, params: lsp.ShowMessageParams) => {
                showServerMessage(params);
                return true;
            },
        },
        workspace: lspClient => new PlaygroundWorkspace(lspClient, uri => tabs.show(uri) ?? null),
        extensions: [
            serverDiagnosticsWithFixes({
                viewOf: uri => tabs.viewOf(uri),
                onOtherFile: (uri, diagnostics) => { if (uri === uriOfFile(CONFIG_FILE_NAME)) rulesPanel.showProblems(diagnostics); },
                onShown: (uri, diagnostics) => {
                    tabs.markDiagnostics(uri, diagnostics.map(diagnostic => diagnostic.severity ?? 1));
                    signalDiagnosticsShown();
                },
            }),
            serverCompletion(),
            hoverTooltips(),
            // F12 definition, Shift-F12 references, F2 rename (across tabs), Shift-Alt-F format.
            keymap.of([...jumpToDefinitionKeymap, ...findReferencesKeymap, ...renameKeymap, ...formatKeymap]),
        ],
    }).connect(transport);

    const editorBasics: Extension = [
        lineNumbers(), highlightActiveLine(), drawSelection(), history(), lintGutter(),
        indentUnit.of('    '),
        // Long comments wrap rather than scroll sideways, so a jump to a declaration always shows its start.
        EditorView.lineWrapping,
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
        revorgLanguage(catalogue.vocabulary),
    ];

    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    function projectChanged(): void {
        project = { files: tabs.files(), config: rulesPanel.config };
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => storeProject(localStorage, project), SAVE_DELAY_MS);
        // The link the page was opened with no longer describes what is on screen.
        if (location.hash) window.history.replaceState(null, '', location.pathname + location.search);
    }

    /** Tells the server about files it cannot see change: the config (no editor), and files gone with their tab. */
    function filesChanged(changes: Array<{ name: string; type: 'created' | 'changed' | 'deleted' }>): void {
        if (changes.length === 0) return;
        const type = { created: 1, changed: 2, deleted: 3 } as const;
        client.notification('workspace/didChangeWatchedFiles', { changes: changes.map(change => ({ uri: uriOfFile(change.name), type: type[change.type] })) });
    }

    // The diagram is made after the tabs (it jumps into them); until then the tabs have no diagram to tell about the cursor.
    let diagram: DiagramPane | undefined = undefined;
    // The client's callbacks above read the tabs and the rule panel; none runs before they exist
    // (the server's messages arrive as events, after this synchronous setup).
    const tabs: EditorTabs = new EditorTabs({
        tabBar: element('tabs', HTMLDivElement),
        editors: element('editors', HTMLDivElement),
        extensionsFor: uri => [editorBasics, client.plugin(uri, 'revorg')],
        onEdit: projectChanged,
        onCursorLine: (uri, line) => diagram?.showCursor(uri, line),
        onCloseRequest: name => {
            if (tabs.files().length === 1 || !confirm(`Delete ${name} from the model?`)) return;
            tabs.remove(name);
            projectChanged();
            filesChanged([{ name, type: 'deleted' }]);
        },
    });

    const rulesPanel: RulesPanel = new RulesPanel(
        { ruleList: element('rule-list', HTMLUListElement), configEditor: element('config-editor', HTMLDivElement), configProblems: element('config-problems', HTMLUListElement) },
        catalogue.rules,
        project.config,
        text => {
            const existed = project.config.trim() !== '';
            projectChanged();
            const exists = text.trim() !== '';
            if (existed || exists) filesChanged([{ name: CONFIG_FILE_NAME, type: !exists ? 'deleted' : existed ? 'changed' : 'created' }]);
            if (!exists) rulesPanel.showProblems([]);
        },
    );

    function loadProject(next: Project): void {
        const hadConfig = project.config.trim() !== '';
        project = next;
        const gone = tabs.replaceAll(next.files);
        rulesPanel.setConfig(next.config);
        const hasConfig = next.config.trim() !== '';
        filesChanged([
            ...gone.map(name => ({ name, type: 'deleted' as const })),
            ...(hadConfig || hasConfig ? [{ name: CONFIG_FILE_NAME, type: !hasConfig ? 'deleted' as const : hadConfig ? 'changed' as const : 'created' as const }] : []),
        ]);
        storeProject(localStorage, project);
    }

    // Not stored yet: a shared link opened here must not replace the visitor's own model in local
    // storage until they edit it (a reload keeps the link, and so the shared model, meanwhile).
    tabs.replaceAll(project.files);

    diagram = new DiagramPane(
        {
            canvas: element('diagram', HTMLDivElement),
            message: element('diagram-message', HTMLParagraphElement),
            viewButtons: { org: element('view-org', HTMLButtonElement), flow: element('view-flow', HTMLButtonElement) },
            exportButton: element('export-svg', HTMLButtonElement),
        },
        { request: params => client.request<DiagramParams, DiagramResult>('revorg/diagram', params) },
        (location: SourceLocation) => {
            const view = tabs.show(location.uri);
            if (!view) return;
            const line = view.state.doc.line(Math.min(location.line + 1, view.state.doc.lines));
            const position = Math.min(line.from + location.character, line.to);
            view.dispatch({ selection: { anchor: position }, effects: EditorView.scrollIntoView(position, { y: 'center' }) });
            view.focus();
        },
    );
    // A server that cannot answer has said so in the status line already; the list keeps what it showed.
    const refreshRuleSettings = (): Promise<void> => client.request<void, RuleSettingSummary[]>('revorg/ruleSettings', undefined)
        .then(settings => rulesPanel.showSettings(settings), () => undefined);
    transport.onNotification('revorg/modelChanged', () => {
        void diagram?.refresh();
        void refreshRuleSettings();
    });
    void diagram.refresh();
    void refreshRuleSettings();

    // The examples menu: every folder of examples/, bundled at build time.
    const examplesMenu = element('examples', HTMLSelectElement);
    for (const example of catalogue.examples) {
        const option = document.createElement('option');
        option.value = example.id;
        option.textContent = example.title;
        examplesMenu.append(option);
    }
    examplesMenu.addEventListener('change', () => {
        if (!examplesMenu.value) return;
        // Work of one's own is only in local storage: ask before an example replaces it.
        if (!isBundledExample(project) && !confirm('Replace your model with this example? (Share link keeps a copy of yours.)')) {
            examplesMenu.value = '';
            return;
        }
        loadProject(exampleProject(examplesMenu.value));
        if (location.hash) window.history.replaceState(null, '', location.pathname + location.search);
        examplesMenu.value = '';
    });

    // A new file: its name typed in the toolbar, `.revorg` added when missing.
    const newFileForm = element('new-file', HTMLFormElement);
    newFileForm.addEventListener('submit', event => {
        event.preventDefault();
        const input = element('new-file-name', HTMLInputElement);
        const name = normalizeFileName(input.value);
        if (!name || tabs.has(name)) return;
        tabs.add({ name, text: '' });
        input.value = '';
        projectChanged();
    });

    // Share: the link goes into the field (to copy by hand when the clipboard is not allowed) and the clipboard.
    element('share', HTMLButtonElement).addEventListener('click', () => void (async () => {
        const link = `${location.origin}${location.pathname}#${await encodeProject(project)}`;
        const field = element('share-link', HTMLInputElement);
        field.value = link;
        field.hidden = false;
        field.select();
        await navigator.clipboard?.writeText(link).catch(() => undefined);
    })());

    // Offline once loaded: the service worker keeps the page's few files (not on file:// or plain http hosts).
    if ('serviceWorker' in navigator && window.isSecureContext) {
        navigator.serviceWorker.register('service-worker.js').catch((error: unknown) => console.warn('revorg playground: no offline copy', error));
    }
}
