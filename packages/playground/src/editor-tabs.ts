/**
 * The model's files as tabs, one CodeMirror editor each. Every editor stays alive while hidden,
 * so every file of the model is open on the server and a quick fix or a jump can reach any of
 * them; switching tabs only changes which one is shown.
 */
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { uriOfFile, type PlaygroundFile } from './project.js';

interface Tab {
    name: string;
    uri: string;
    view: EditorView;
    /** The editor's container, shown only for the active tab. */
    host: HTMLElement;
    button: HTMLButtonElement;
}

export interface EditorTabsOptions {
    tabBar: HTMLElement;
    editors: HTMLElement;
    /** The extensions of a file's editor (language, LSP plugin, ...). */
    extensionsFor(uri: string): Extension;
    /** After any edit in any tab. */
    onEdit(): void;
    /** When the cursor moves to another line in the shown tab (or another tab is shown), with the 0-based line. */
    onCursorLine(uri: string, line: number): void;
    /** A tab's close button; the page decides (confirms) and calls `remove`. */
    onCloseRequest(name: string): void;
}

export class EditorTabs {
    private tabs: Tab[] = [];
    private active: Tab | undefined;

    constructor(private readonly options: EditorTabsOptions) {}

    /** Replaces every tab by the given files; returns the names that were open and are now gone. */
    replaceAll(files: readonly PlaygroundFile[]): string[] {
        const before = this.tabs.map(tab => tab.name);
        for (const tab of this.tabs) this.destroy(tab);
        this.tabs = [];
        for (const file of files) this.add(file, false);
        this.activate(files[0]?.name);
        return before.filter(name => !files.some(file => file.name === name));
    }

    add(file: PlaygroundFile, activate = true): void {
        const uri = uriOfFile(file.name);
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'tab';
        button.setAttribute('role', 'tab');
        button.dataset.file = file.name;
        const label = document.createElement('span');
        label.textContent = file.name;
        const close = document.createElement('span');
        close.className = 'tab-close';
        close.textContent = '\u00d7';
        close.title = `Delete ${file.name}`;
        close.addEventListener('click', event => {
            event.stopPropagation();
            this.options.onCloseRequest(file.name);
        });
        button.append(label, close);
        button.addEventListener('click', () => this.activate(file.name));
        this.options.tabBar.append(button);

        const host = document.createElement('div');
        host.className = 'editor';
        host.hidden = true;
        this.options.editors.append(host);
        const view = new EditorView({
            doc: file.text,
            parent: host,
            extensions: [this.options.extensionsFor(uri), EditorView.updateListener.of(update => {
                if (update.docChanged) this.options.onEdit();
                if (update.selectionSet || update.docChanged) this.reportCursor(uri, update.view);
            })],
        });
        const tab = { name: file.name, uri, view, host, button };
        this.tabs.push(tab);
        if (activate) this.activate(file.name);
    }

    remove(name: string): void {
        const tab = this.tabs.find(candidate => candidate.name === name);
        if (!tab) return;
        this.destroy(tab);
        this.tabs = this.tabs.filter(candidate => candidate !== tab);
        if (this.active === tab) this.activate(this.tabs[0]?.name);
    }

    activate(name: string | undefined): EditorView | undefined {
        const tab = this.tabs.find(candidate => candidate.name === name);
        for (const other of this.tabs) {
            const shown = other === tab;
            other.button.setAttribute('aria-selected', String(shown));
            other.host.hidden = !shown;
        }
        this.active = tab;
        if (tab) this.reportCursor(tab.uri, tab.view);
        return tab?.view;
    }

    viewOf(uri: string): EditorView | undefined {
        return this.tabs.find(tab => tab.uri === uri)?.view;
    }

    /** Shows the file and returns its editor (for the client's jumps). */
    show(uri: string): EditorView | undefined {
        const tab = this.tabs.find(candidate => candidate.uri === uri);
        return tab ? this.activate(tab.name) : undefined;
    }

    /**
     * Marks a tab with its file's latest diagnostics: the count of errors and warnings it shows,
     * and how many times diagnostics arrived (`data-diagnostics-shown`, which scripts driving the
     * page wait on).
     */
    markDiagnostics(uri: string, severities: readonly number[]): void {
        const tab = this.tabs.find(candidate => candidate.uri === uri);
        if (!tab) return;
        const errors = severities.filter(severity => severity === 1).length;
        const warnings = severities.filter(severity => severity === 2).length;
        tab.button.dataset.errors = String(errors);
        tab.button.dataset.warnings = String(warnings);
        tab.button.dataset.diagnosticsShown = String(Number(tab.button.dataset.diagnosticsShown ?? '0') + 1);
        tab.button.title = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
    }

    has(name: string): boolean {
        return this.tabs.some(tab => tab.name === name);
    }

    files(): PlaygroundFile[] {
        return this.tabs.map(tab => ({ name: tab.name, text: tab.view.state.doc.toString() }));
    }

    private reportCursor(uri: string, view: EditorView): void {
        if (this.active?.uri !== uri) return;
        this.options.onCursorLine(uri, view.state.doc.lineAt(view.state.selection.main.head).number - 1);
    }

    private destroy(tab: Tab): void {
        // Destroying the view closes its file on the server (the LSP plugin's own teardown).
        tab.view.destroy();
        tab.host.remove();
        tab.button.remove();
    }
}
