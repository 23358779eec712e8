/**
 * Runs every enabled rule once per build over the model facts and keeps the diagnostics by
 * document, so validating each document only looks its own up. Rules never see documents:
 * model-level rules (on the organization) and per-declaration rules cost one pass together.
 */
import { DocumentState, WorkspaceCache, type LangiumSharedCoreServices } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ResolvedConfig } from '../config/config.js';
import type { RevorgFactsProvider } from '../model/facts-provider.js';
import { RULES } from '../rules/index.js';
import { docsUrl, type Report, type Rule, type Severity } from '../rules/rule.js';
import type { RevorgConfigProvider } from './config-provider.js';
import { documentUriOf, reportRange } from './report-range.js';

export const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint,
};

export function ruleDiagnostic(rule: Rule, severity: Severity, report: Report): Diagnostic {
    const id = rule.meta.id;
    return {
        range: reportRange(report.node),
        severity: LSP_SEVERITY[severity],
        code: id,
        codeDescription: { href: docsUrl(id) },
        source: 'revorg',
        message: report.message,
        data: { ...report.data, code: id },
    };
}

export class ModelValidator {
    private readonly cache: WorkspaceCache<'diagnostics', Map<string, Diagnostic[]>>;

    constructor(shared: LangiumSharedCoreServices, private readonly facts: RevorgFactsProvider, private readonly config: RevorgConfigProvider) {
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedReferences);
        config.onChange(() => this.cache.clear());
    }

    /** The rule diagnostics of one document (by URI string). */
    diagnosticsFor(uri: string): Diagnostic[] {
        return this.cache.get('diagnostics', () => this.run(this.config.current)).get(uri) ?? [];
    }

    private run(config: ResolvedConfig): Map<string, Diagnostic[]> {
        const facts = this.facts.get();
        const byDocument = new Map<string, Diagnostic[]>();
        for (const rule of RULES) {
            if (!rule.check) continue;
            const severity = config.severity(rule);
            if (severity === 'off') continue;
            rule.check({
                facts,
                options: config.options(rule),
                report: report => {
                    const uri = documentUriOf(report.node);
                    const list = byDocument.get(uri) ?? [];
                    list.push(ruleDiagnostic(rule, severity, report));
                    byDocument.set(uri, list);
                },
            });
        }
        return byDocument;
    }
}
