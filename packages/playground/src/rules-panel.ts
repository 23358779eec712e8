/**
 * The rule list and revorg.config.json, editable as JSON. The list comes from the rule registry
 * (catalogue.ts), each rule with its setting in force, which the server says after each rebuild
 * (`revorg/ruleSettings`: the page never reads the configuration itself); the configuration is the
 * text of the workspace's revorg.config.json, which the server reads through the page
 * (file-system-requests.ts) and reloads when told it changed. Its problems are the server's own
 * diagnostics on that file, listed under the editor.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import type { RuleSettingSummary } from '@revorg/server/protocol';
import type * as lsp from 'vscode-languageserver-protocol';
import type { RuleSummary } from './catalogue.js';

/** Typing in the JSON reloads the configuration after this pause, not on every key. */
const CONFIG_RELOAD_DELAY_MS = 400;

export interface RulesPanelElements {
    ruleList: HTMLElement;
    configEditor: HTMLElement;
    configProblems: HTMLElement;
}

export class RulesPanel {
    private readonly editor: EditorView;
    private pending: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly elements: RulesPanelElements, private readonly rules: readonly RuleSummary[], config: string, onConfigChange: (text: string) => void) {
        this.renderRules(rules);
        this.editor = new EditorView({
            doc: config,
            parent: elements.configEditor,
            extensions: [
                lineNumbers(), history(), keymap.of([...defaultKeymap, ...historyKeymap]), EditorView.lineWrapping,
                EditorView.contentAttributes.of({ 'aria-label': 'revorg.config.json' }),
                EditorView.updateListener.of(update => {
                    if (!update.docChanged) return;
                    clearTimeout(this.pending);
                    this.pending = setTimeout(() => onConfigChange(update.state.doc.toString()), CONFIG_RELOAD_DELAY_MS);
                }),
            ],
        });
    }

    get config(): string {
        return this.editor.state.doc.toString();
    }

    /** Replaces the text (another example, a shared link) without reporting it as an edit. */
    setConfig(text: string): void {
        clearTimeout(this.pending);
        this.editor.setState(this.editor.state.update({ changes: { from: 0, to: this.editor.state.doc.length, insert: text } }).state);
    }

    showProblems(diagnostics: readonly lsp.Diagnostic[]): void {
        this.elements.configProblems.replaceChildren(...diagnostics.map(diagnostic => {
            const item = document.createElement('li');
            const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
            item.textContent = `line ${diagnostic.range.start.line + 1}: ${message}`;
            return item;
        }));
    }

    /** Shows each rule's setting in force; one the configuration changed says its default beside it. */
    showSettings(settings: readonly RuleSettingSummary[]): void {
        const inForce = new Map(settings.map(({ id, setting }) => [id, setting]));
        for (const rule of this.rules) {
            const severity = this.elements.ruleList.querySelector<HTMLElement>(`li[data-rule="${rule.id}"] .severity`);
            const setting = inForce.get(rule.id);
            if (!severity || !setting) continue;
            severity.className = `severity severity-${setting}`;
            severity.dataset.setting = setting;
            severity.textContent = rule.core ? `${setting} (always)` : setting === rule.defaultSeverity ? setting : `${setting} (default ${rule.defaultSeverity})`;
        }
    }

    private renderRules(rules: readonly RuleSummary[]): void {
        this.elements.ruleList.replaceChildren(...rules.map(rule => {
            const row = document.createElement('li');
            row.dataset.rule = rule.id;
            const id = document.createElement('code');
            id.textContent = rule.id;
            const severity = document.createElement('span');
            severity.className = `severity severity-${rule.defaultSeverity}`;
            severity.dataset.setting = rule.defaultSeverity;
            severity.textContent = rule.core ? `${rule.defaultSeverity} (always)` : rule.defaultSeverity;
            const description = document.createElement('span');
            description.className = 'description';
            description.textContent = rule.fixable ? `${rule.description} (quick fix)` : rule.description;
            row.append(id, severity, description);
            return row;
        }));
    }
}
