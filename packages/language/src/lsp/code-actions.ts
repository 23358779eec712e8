/**
 * Quick fixes (LSP code actions) for the diagnostics RULES.md lists as fixable. Each diagnostic
 * carries its rule id in `data.code`; the fix for that rule (one file per rule in quick-fixes/)
 * turns it into zero or more code actions that edit the diagnostic's document.
 */
import type { AstReflection, LangiumDocument, LangiumDocuments } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command } from 'vscode-languageserver';
import type { RevorgConfigProvider } from '../config/config-provider.js';
import type { RevorgFactsProvider } from '../model/facts-provider.js';
import type { RevorgServices } from '../revorg-module.js';
import { fixAllAction, wantsFixAll } from './fix-all.js';
import { diagnosticData } from './quick-fixes/quick-fix.js';
import { QUICK_FIXES } from './quick-fixes/registry.js';

/** Whether the client asked for quick fixes: it did unless `only` names other kinds (`source.organizeImports`). */
function wantsQuickFixes(only: readonly string[] | undefined): boolean {
    return !only || only.some(kind => kind === CodeActionKind.QuickFix || kind === CodeActionKind.Empty);
}

export class RevorgCodeActionProvider implements CodeActionProvider {
    private readonly facts: RevorgFactsProvider;
    private readonly reflection: AstReflection;
    private readonly documents: LangiumDocuments;
    private readonly config: RevorgConfigProvider;

    constructor(services: RevorgServices) {
        this.facts = services.revorg.Facts;
        this.reflection = services.shared.AstReflection;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.config = services.revorg.Config;
    }

    async getCodeActions(document: LangiumDocument, params: CodeActionParams): Promise<Array<Command | CodeAction>> {
        if (wantsFixAll(params.context.only)) {
            const fixAll = await fixAllAction(document, this.documents, this.config);
            return fixAll ? [fixAll] : [];
        }
        if (!wantsQuickFixes(params.context.only)) return [];
        const facts = this.facts.get();
        return params.context.diagnostics.flatMap(diagnostic => {
            const code = diagnosticData(diagnostic).code;
            const fix = typeof code === 'string' ? QUICK_FIXES[code] : undefined;
            return fix ? fix({ document, diagnostic, facts, reflection: this.reflection }) : [];
        });
    }
}
