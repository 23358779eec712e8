/**
 * Runs the rules and keeps their findings by document.
 *
 * - Document rules (`checkDocument`) run once per parse of a document, against that document's
 *   own facts, and are cached with it: an edit elsewhere never re-runs them.
 * - Model rules (`check`) run once per build over the whole model's facts, and their findings
 *   are kept by document, so validating a document only looks its own up.
 * Rules never see documents or the workspace; nothing here walks the AST. The findings reach
 * Langium's validation through the after-document hook of `RevorgValidationRegistry`.
 */
import { DocumentState, WorkspaceCache, type AstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { ResolvedConfig } from '../config/config.js';
import type { RevorgConfigProvider } from '../config/config-provider.js';
import type { RevorgFactsProvider } from '../model/facts-provider.js';
import type { RevorgServices } from '../revorg-module.js';
import { RULES } from '../rules/index.js';
import type { Report, Rule, Severity } from '../rules/rule.js';
import { documentUriOf, reportRange } from './report-range.js';

/** One problem a rule found, at the severity the configuration gives the rule. */
export interface RuleFinding extends Report {
    rule: Rule;
    severity: Severity;
    /** Where it is shown, worked out once: the findings are handed to validation again on every refresh. */
    range: Range;
}

function finding(report: Report, rule: Rule, severity: Severity): RuleFinding {
    return { ...report, rule, severity, range: reportRange(report.node) };
}

const DOCUMENT_RULES = RULES.filter(rule => rule.checkDocument !== undefined);
const MODEL_RULES = RULES.filter(rule => rule.check !== undefined);

export class RuleRunner {
    private readonly facts: RevorgFactsProvider;
    private readonly config: RevorgConfigProvider;
    private readonly modelFindings: WorkspaceCache<'findings', Map<string, RuleFinding[]>>;
    private readonly documentFindings = new WeakMap<AstNode, { config: ResolvedConfig; findings: RuleFinding[] }>();

    constructor(services: RevorgServices) {
        this.facts = services.revorg.Facts;
        this.config = services.revorg.Config;
        this.modelFindings = new WorkspaceCache(services.shared, DocumentState.IndexedReferences);
        this.config.onChange(() => this.modelFindings.clear());
    }

    /** Every rule finding in one document: its document rules', then the model rules'. */
    findingsIn(document: LangiumDocument): RuleFinding[] {
        const model = this.modelFindings.get('findings', () => this.runModelRules(this.config.current)).get(document.uri.toString()) ?? [];
        return [...this.runDocumentRules(document), ...model];
    }

    private runDocumentRules(document: LangiumDocument): RuleFinding[] {
        const root = document.parseResult.value;
        const config = this.config.current;
        const cached = this.documentFindings.get(root);
        if (cached && cached.config === config) return cached.findings;
        const findings: RuleFinding[] = [];
        const facts = this.facts.ofDocument(document);
        for (const rule of DOCUMENT_RULES) {
            const severity = config.severity(rule);
            if (severity === 'off') continue;
            rule.checkDocument!({ facts, options: config.options(rule), report: report => findings.push(finding(report, rule, severity)) });
        }
        this.documentFindings.set(root, { config, findings });
        return findings;
    }

    private runModelRules(config: ResolvedConfig): Map<string, RuleFinding[]> {
        const facts = this.facts.get();
        const byDocument = new Map<string, RuleFinding[]>();
        for (const rule of MODEL_RULES) {
            const severity = config.severity(rule);
            if (severity === 'off') continue;
            rule.check!({
                facts,
                options: config.options(rule),
                report: report => {
                    const uri = documentUriOf(report.node);
                    const list = byDocument.get(uri);
                    if (list) list.push(finding(report, rule, severity));
                    else byDocument.set(uri, [finding(report, rule, severity)]);
                },
            });
        }
        return byDocument;
    }
}
