/**
 * Validation of one document: the parser's and linker's errors under their catalogue ids
 * (`syntax-error`, `unresolved-reference`) with messages a person can act on, the rule findings
 * that Langium's validation collects through the registry's after-document hook, then the
 * suppression comments.
 */
import {
    DefaultDocumentValidator, DocumentValidator, type AstNode, type AstReflection, type LangiumDocument, type ValidationAcceptor,
    type ValidationOptions,
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { RevorgConfigProvider } from '../config/config-provider.js';
import type { Model } from '../generated/ast.js';
import type { RevorgFactsProvider } from '../model/facts-provider.js';
import { declarationKeyword } from '../model/properties.js';
import { DECLARATIONS, declarationSchema, referenceTargetsLabel } from '../model/schema.js';
import type { RevorgServices } from '../revorg-module.js';
import { ruleById } from '../rules/index.js';
import type { Severity } from '../rules/rule.js';
import { describeSyntaxError, type SyntaxContext } from '../rules/syntax-error.js';
import { describeUnresolvedReference } from '../rules/unresolved-reference.js';
import unusedSuppression from '../rules/unused-suppression.js';
import { applySuppressions, findDirectives, type SuppressionDirective } from './suppressions.js';
import type { RevorgValidationRegistry } from './validation-registry.js';

const SYNTAX_CODES = new Set<string>([DocumentValidator.LexingError, DocumentValidator.ParsingError]);

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint,
};

export class RevorgDocumentValidator extends DefaultDocumentValidator {
    private readonly reflection: AstReflection;
    private readonly registry: RevorgValidationRegistry;
    private readonly facts: RevorgFactsProvider;
    private readonly config: RevorgConfigProvider;
    /** The parser's and linker's diagnostics of each document, from its last validation. */
    private readonly builtinDiagnostics = new WeakMap<LangiumDocument, Diagnostic[]>();
    /** The suppression comments of each parse of a document. */
    private readonly directives = new WeakMap<AstNode, SuppressionDirective[]>();

    constructor(services: RevorgServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
        this.registry = services.validation.ValidationRegistry;
        this.facts = services.revorg.Facts;
        this.config = services.revorg.Config;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        // One syntax error per line: after a stray token the parser recovers word by word, and
        // the echoes of the first error would only bury it.
        const linesWithSyntaxErrors = new Set<number>();
        const kept: Diagnostic[] = [];
        const builtin: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const code = (diagnostic.data as { code?: string } | undefined)?.code;
            if (code && SYNTAX_CODES.has(code)) {
                if (linesWithSyntaxErrors.has(diagnostic.range.start.line)) continue;
                linesWithSyntaxErrors.add(diagnostic.range.start.line);
                this.setCode(diagnostic, 'syntax-error');
                if (typeof diagnostic.message === 'string') diagnostic.message = describeSyntaxError(diagnostic.message, this.syntaxContext(document, diagnostic));
            }
            if (isBuiltin(diagnostic)) builtin.push(diagnostic);
            kept.push(diagnostic);
        }
        this.builtinDiagnostics.set(document, builtin);
        return this.suppress(document, kept);
    }

    /**
     * Brings the diagnostics of a document that the last build did not revalidate up to date with
     * the model (an SLA added in another file clears this file's `handoff-sla-required`). Its own
     * parse and links did not change, so only the rule findings are collected again (the
     * registry's checks, without the parser's and linker's). Returns whether they changed.
     */
    async refresh(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<boolean> {
        const builtin = this.builtinDiagnostics.get(document);
        if (!builtin || !document.diagnostics) return false;
        const rules = await this.validateAst(document.parseResult.value, { categories: ['fast'] }, cancelToken);
        const next = this.suppress(document, [...builtin, ...rules]);
        if (sameDiagnostics(document.diagnostics, next)) return false;
        document.diagnostics = next;
        return true;
    }

    /**
     * Langium walks every AST node to call the checks registered for its type. Revorg registers
     * none (its rules run once per build, see RevorgValidationRegistry), so the walk is skipped
     * while there are none: on a 10k-role workspace it is a full traversal per build for nothing.
     */
    override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = CancellationToken.None): Promise<void> {
        if (this.registry.hasNodeChecks) await super.validateAstNodes(rootNode, options, acceptor, cancelToken);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        if (diagnostics.length === start) return;
        const facts = this.facts.get();
        let index = start;
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const diagnostic = diagnostics[index++];
            if (!diagnostic) break;
            const info = error.info;
            const expectedType = this.reflection.getReferenceType(info);
            const property = propertyKeyOf(info.container) ?? info.property;
            const named = facts.declarationNamed(reference.$refText);
            const accepted = DECLARATIONS.filter(declaration => this.reflection.isSubtype(declaration.type, expectedType)).map(declaration => declaration.type);
            diagnostic.message = describeUnresolvedReference(reference.$refText, property, referenceTargetsLabel(accepted), named && declarationKeyword(named));
            this.setCode(diagnostic, 'unresolved-reference');
            diagnostic.data = { ...(diagnostic.data as object), code: 'unresolved-reference', expectedType };
        }
    }

    /** The declaration block a syntax error is in, so the message can list that block's properties. */
    private syntaxContext(document: LangiumDocument, diagnostic: Diagnostic): SyntaxContext | undefined {
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const model = document.parseResult.value as Model;
        const declaration = model.declarations?.find(candidate =>
            candidate.$cstNode && candidate.$cstNode.offset <= offset && offset <= candidate.$cstNode.end);
        return declaration ? { keyword: declarationKeyword(declaration), properties: declarationSchema(declaration.$type).properties.map(property => property.key) } : undefined;
    }

    private setCode(diagnostic: Diagnostic, id: string): void {
        diagnostic.code = id;
        diagnostic.codeDescription = { href: this.config.current.docsUrl(id) };
        diagnostic.source = 'revorg';
        diagnostic.data = { ...(diagnostic.data as object | undefined), code: id };
    }

    private suppress(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
        const root = document.parseResult.value;
        let directives = this.directives.get(root);
        if (!directives) {
            directives = findDirectives(document.textDocument.getText());
            this.directives.set(root, directives);
        }
        if (directives.length === 0) return diagnostics;
        const { kept, unused } = applySuppressions(diagnostics, directives, id => {
            const rule = ruleById(id);
            return !rule ? 'unknown' : rule.meta.core ? 'core' : rule === unusedSuppression ? 'self' : 'yes';
        });
        const severity = this.config.current.severity(unusedSuppression);
        if (severity === 'off') return kept;
        for (const { directive, ruleId, reason } of unused) {
            kept.push({
                range: directive.range,
                severity: LSP_SEVERITY[severity],
                code: unusedSuppression.meta.id,
                codeDescription: { href: this.config.current.docsUrl(unusedSuppression.meta.id) },
                source: 'revorg',
                message: `Unused suppression of '${ruleId}': ${reason}; remove it from the comment.`,
                data: { code: unusedSuppression.meta.id, ruleId },
            });
        }
        return kept;
    }
}

/** The parser's and linker's diagnostics, as opposed to the rules' (which carry their own rule id). */
function isBuiltin(diagnostic: Diagnostic): boolean {
    const code = diagnostic.code;
    return code === 'syntax-error' || code === 'unresolved-reference' || code === undefined;
}

/** The property a reference is written in (`members` for a pod member's role). */
function propertyKeyOf(node: AstNode | undefined): string | undefined {
    for (let current = node; current; current = current.$container) {
        const key = (current as { key?: unknown }).key;
        if (typeof key === 'string') return key;
    }
    return undefined;
}

function sameDiagnostics(a: Diagnostic[], b: Diagnostic[]): boolean {
    return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}
