/**
 * Validation of one document: the parser's and linker's errors under their catalogue ids
 * (`syntax-error`, `unresolved-reference`) with messages a person can act on, the rule
 * diagnostics of this document from the once-per-build model pass, then the suppression comments.
 */
import {
    DefaultDocumentValidator, DocumentValidator, type AstNode, type AstReflection, type LangiumDocument, type ValidationOptions,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { RevorgServices } from '../revorg-module.js';
import type { RevorgFactsProvider } from '../model/facts-provider.js';
import type { Model } from '../generated/ast.js';
import { DECLARATION_PROPERTIES, declarationKeyword } from '../model/properties.js';
import { ruleById } from '../rules/index.js';
import { docsUrl } from '../rules/rule.js';
import { describeSyntaxError, type SyntaxContext } from '../rules/syntax-error.js';
import { describeUnresolvedReference } from '../rules/unresolved-reference.js';
import unusedSuppression from '../rules/unused-suppression.js';
import type { RevorgConfigProvider } from './config-provider.js';
import type { ModelValidator } from './model-validator.js';
import { LSP_SEVERITY } from './model-validator.js';
import { applySuppressions, findDirectives, type SuppressionDirective } from './suppressions.js';

const SYNTAX_CODES = new Set<string>([DocumentValidator.LexingError, DocumentValidator.ParsingError]);

export class RevorgDocumentValidator extends DefaultDocumentValidator {
    private readonly reflection: AstReflection;
    private readonly modelValidator: ModelValidator;
    private readonly facts: RevorgFactsProvider;
    private readonly config: RevorgConfigProvider;

    constructor(services: RevorgServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
        this.modelValidator = services.validation.ModelValidator;
        this.facts = services.validation.FactsProvider;
        this.config = services.validation.ConfigProvider;
    }

    /** The parser's and linker's diagnostics of each document, from its last validation. */
    private readonly builtinDiagnostics = new WeakMap<LangiumDocument, Diagnostic[]>();
    /** The suppression comments of each parse of a document. */
    private readonly directives = new WeakMap<AstNode, SuppressionDirective[]>();

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics: Diagnostic[] = [];
        // One syntax error per line: after a stray token the parser recovers word by word, and
        // the echoes of the first error would only bury it.
        const linesWithSyntaxErrors = new Set<number>();
        for (const diagnostic of await super.validateDocument(document, options, cancelToken)) {
            const code = (diagnostic.data as { code?: string } | undefined)?.code;
            if (code && SYNTAX_CODES.has(code)) {
                if (linesWithSyntaxErrors.has(diagnostic.range.start.line)) continue;
                linesWithSyntaxErrors.add(diagnostic.range.start.line);
                this.setCode(diagnostic, 'syntax-error');
                if (typeof diagnostic.message === 'string') diagnostic.message = describeSyntaxError(diagnostic.message, this.syntaxContext(document, diagnostic));
            }
            diagnostics.push(diagnostic);
        }
        this.builtinDiagnostics.set(document, diagnostics);
        if (options.categories && !options.categories.includes('fast')) return this.suppress(document, diagnostics);
        return this.assemble(document, diagnostics);
    }

    /**
     * Brings the diagnostics of a document that the last build did not revalidate up to date with
     * the model (an SLA added in another file clears this file's `handoff-sla-required`). Its own
     * parse and links did not change, so only the rule diagnostics are looked up again.
     * Returns whether they changed.
     */
    refresh(document: LangiumDocument): boolean {
        const builtin = this.builtinDiagnostics.get(document);
        if (!builtin || !document.diagnostics) return false;
        const next = this.assemble(document, builtin);
        if (sameDiagnostics(document.diagnostics, next)) return false;
        document.diagnostics = next;
        return true;
    }

    private assemble(document: LangiumDocument, builtin: Diagnostic[]): Diagnostic[] {
        return this.suppress(document, [...builtin, ...this.modelValidator.diagnosticsFor(document)]);
    }

    /**
     * Every revorg check runs in the once-per-build model pass, none per AST node; skipping
     * Langium's walk over every node of every document saves a full traversal per build.
     */
    protected override async validateAstNodes(): Promise<void> {
        // Intentionally empty: see above.
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
            diagnostic.message = describeUnresolvedReference(reference.$refText, property, expectedType, named && declarationKeyword(named));
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
        return declaration ? { keyword: declarationKeyword(declaration), properties: DECLARATION_PROPERTIES[declaration.$type] } : undefined;
    }

    private setCode(diagnostic: Diagnostic, id: string): void {
        diagnostic.code = id;
        diagnostic.codeDescription = { href: docsUrl(id) };
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
                codeDescription: { href: docsUrl(unusedSuppression.meta.id) },
                source: 'revorg',
                message: `Unused suppression of '${ruleId}': ${reason}; remove it from the comment.`,
                data: { code: unusedSuppression.meta.id, ruleId },
            });
        }
        return kept;
    }
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
