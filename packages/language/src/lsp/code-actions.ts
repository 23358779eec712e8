/**
 * Quick fixes (LSP code actions) for the diagnostics RULES.md lists as fixable. Each diagnostic
 * carries its rule id in `data.code`; the fix for that rule (one file per rule in quick-fixes/)
 * turns it into zero or more code actions that edit the diagnostic's document.
 */
import type { AstReflection, LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command } from 'vscode-languageserver';
import type { RevorgFactsProvider } from '../model/facts-provider.js';
import type { RevorgServices } from '../revorg-module.js';
import { fixHandoffOwnerRequired } from './quick-fixes/handoff-owner-required.js';
import { fixHandoffSlaRequired } from './quick-fixes/handoff-sla-required.js';
import { diagnosticData, type QuickFix } from './quick-fixes/quick-fix.js';
import { fixReportingCycle } from './quick-fixes/reporting-cycle.js';
import { fixSalCriteriaComplete } from './quick-fixes/sal-criteria-complete.js';
import { fixSalDefinitionRequired } from './quick-fixes/sal-definition-required.js';
import { fixUnresolvedReference } from './quick-fixes/unresolved-reference.js';
import { fixPodSeatsExceedHeadcount } from './quick-fixes/pod-seats-exceed-headcount.js';
import { fixRoleKpiRequired } from './quick-fixes/role-kpi-required.js';
import { fixSlaBeforeSecondRep } from './quick-fixes/sla-before-second-rep.js';

/** The quick fix of each fixable rule, by rule id (the rules whose meta says `fixable: true`). */
export const QUICK_FIXES: Readonly<Record<string, QuickFix>> = {
    'sal-definition-required': fixSalDefinitionRequired,
    'sal-criteria-complete': fixSalCriteriaComplete,
    'handoff-owner-required': fixHandoffOwnerRequired,
    'handoff-sla-required': fixHandoffSlaRequired,
    'reporting-cycle': fixReportingCycle,
    'unresolved-reference': fixUnresolvedReference,
    'role-kpi-required': fixRoleKpiRequired,
    'sla-before-second-rep': fixSlaBeforeSecondRep,
    'pod-seats-exceed-headcount': fixPodSeatsExceedHeadcount,
};

/** Whether the client asked for quick fixes: it did unless `only` names other kinds (`source.organizeImports`). */
function wantsQuickFixes(only: readonly string[] | undefined): boolean {
    return !only || only.some(kind => kind === CodeActionKind.QuickFix || kind === CodeActionKind.Empty);
}

export class RevorgCodeActionProvider implements CodeActionProvider {
    private readonly facts: RevorgFactsProvider;
    private readonly reflection: AstReflection;

    constructor(services: RevorgServices) {
        this.facts = services.revorg.Facts;
        this.reflection = services.shared.AstReflection;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        if (!wantsQuickFixes(params.context.only)) return [];
        const facts = this.facts.get();
        return params.context.diagnostics.flatMap(diagnostic => {
            const code = diagnosticData(diagnostic).code;
            const fix = typeof code === 'string' ? QUICK_FIXES[code] : undefined;
            return fix ? fix({ document, diagnostic, facts, reflection: this.reflection }) : [];
        });
    }
}
