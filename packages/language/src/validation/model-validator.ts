/**
 * Runs the rules and keeps their diagnostics by document.
 *
 * - Document rules (`checkDocument`) run once per parse of a document, against that document's
 *   own facts, and are cached with it: an edit elsewhere never re-runs them.
 * - Model rules (`check`) run once per build over the whole model's facts, and their diagnostics
 *   are kept by document, so validating a document only looks its own up.
 * Rules never see documents or the workspace; nothing here walks the AST.
 */
import { DocumentState, WorkspaceCache, type AstNode, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
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

const DOCUMENT_RULES = RULES.filter(rule => rule.checkDocument);
const MODEL_RULES = RULES.filter(rule => rule.check);

export class ModelValidator {
    private readonly modelDiagnostics: WorkspaceCache<'diagnostics', Map<string, Diagnostic[]>>;
    private readonly documentDiagnostics = new WeakMap<AstNode, { config: ResolvedConfig; diagnostics: Diagnostic[] }>();

    constructor(shared: LangiumSharedCoreServices, private readonly facts: RevorgFactsProvider, private readonly config: RevorgConfigProvider) {
        this.modelDiagnostics = new WorkspaceCache(shared, DocumentState.IndexedReferences);
        config.onChange(() => this.modelDiagnostics.clear());
    }

    /** Every rule diagnostic of one document. */
    diagnosticsFor(document: LangiumDocument): Diagnostic[] {
        const model = this.modelDiagnostics.get('diagnostics', () => this.runModelRules(this.config.current)).get(document.uri.toString()) ?? [];
        return [...this.runDocumentRules(document), ...model];
    }

    private runDocumentRules(document: LangiumDocument): Diagnostic[] {
        const root = document.parseResult.value;
        const config = this.config.current;
        const cached = this.documentDiagnostics.get(root);
        if (cached && cached.config === config) return cached.diagnostics;
        const diagnostics: Diagnostic[] = [];
        const facts = this.facts.ofDocument(document);
        for (const rule of DOCUMENT_RULES) {
            const severity = config.severity(rule);
            if (severity === 'off') continue;
            rule.checkDocument!({ facts, options: config.options(rule), report: report => diagnostics.push(ruleDiagnostic(rule, severity, report)) });
        }
        this.documentDiagnostics.set(root, { config, diagnostics });
        return diagnostics;
    }

    private runModelRules(config: ResolvedConfig): Map<string, Diagnostic[]> {
        const facts = this.facts.get();
        const byDocument = new Map<string, Diagnostic[]>();
        for (const rule of MODEL_RULES) {
            const severity = config.severity(rule);
            if (severity === 'off') continue;
            rule.check!({
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
