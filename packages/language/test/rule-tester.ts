/**
 * A typescript-eslint style tester for revorg rules: tables of `valid` and `invalid` models, each
 * linted as one model (one or several files) through the real services, with the rule's expected
 * diagnostics given by line (and optionally column and message).
 *
 * Every case must parse: a valid case that only passes because the text is broken would prove
 * nothing, so syntax errors fail the test (except in the tests of `syntax-error` itself).
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createRevorgServices, emptyOverrides, resolveConfig, ruleById, type OptionValues, type RuleSetting } from '../src/index.js';

const services = createRevorgServices(EmptyFileSystem);

/** The services every rule test shares (create once per file, clear documents between tests). */
export const testServices = services;

export interface ExpectedDiagnostic {
    line: number;
    column?: number;
    /** A part of the message that must be there (`'touches'` for a missing-touches message). */
    message?: string | RegExp;
    /** The file, for multi-file cases (default: the first). */
    file?: string;
}

interface CaseBase {
    name: string;
    /** One file's text, or several files by name (one model). */
    code: string | Record<string, string>;
    options?: OptionValues;
    severity?: RuleSetting;
}

export type ValidCase = CaseBase;
export interface InvalidCase extends CaseBase {
    errors: ExpectedDiagnostic[];
}

export interface LintedModel {
    documents: LangiumDocument[];
    diagnostics: Array<Diagnostic & { file: string }>;
}

/** Lints a model (one text or several files) with the given rule settings; all diagnostics. */
export async function lintModel(code: string | Record<string, string>, settings: { id?: string; options?: OptionValues; severity?: RuleSetting; ruleDocs?: string } = {}): Promise<LintedModel> {
    const files = typeof code === 'string' ? { 'model.revorg': code } : code;
    const overrides = emptyOverrides();
    if (settings.id && settings.options) overrides.options.set(settings.id, settings.options);
    if (settings.id && settings.severity) overrides.severities.set(settings.id, settings.severity);
    overrides.ruleDocs = settings.ruleDocs;
    services.Revorg.revorg.Config.set(resolveConfig(overrides));
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents = Object.entries(files).map(([name, text]) => {
        const document = factory.fromString(text, URI.file(`/model/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const diagnostics = documents.flatMap(document =>
        (document.diagnostics ?? []).map(diagnostic => ({ ...diagnostic, file: document.uri.path.slice('/model/'.length) })));
    return { documents, diagnostics };
}

/** A diagnostic's message as text (LSP allows markup; revorg's are plain strings). */
export function messageText(diagnostic: Pick<Diagnostic, 'message'>): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function describeDiagnostics(diagnostics: LintedModel['diagnostics']): string {
    return diagnostics.map(d => `  ${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}: ${messageText(d)}`).join('\n') || '  (none)';
}

export function runRuleTests(id: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    const rule = ruleById(id);
    describe(`rule ${id}`, () => {
        afterEach(async () => {
            await clearDocuments(services.shared);
        });

        it('is registered', () => {
            expect(rule, `no rule '${id}' in the registry`).toBeDefined();
        });

        for (const testCase of cases.valid) {
            it(`valid: ${testCase.name}`, async () => {
                const { diagnostics } = await lintModel(testCase.code, { id, options: testCase.options, severity: testCase.severity });
                if (id !== 'syntax-error') {
                    expect(diagnostics.filter(d => d.code === 'syntax-error'), `the case does not parse:\n${describeDiagnostics(diagnostics)}`).toEqual([]);
                }
                const own = diagnostics.filter(d => d.code === id);
                expect(own, `expected no '${id}', got:\n${describeDiagnostics(own)}`).toEqual([]);
            });
        }

        for (const testCase of cases.invalid) {
            it(`invalid: ${testCase.name}`, async () => {
                const { diagnostics } = await lintModel(testCase.code, { id, options: testCase.options, severity: testCase.severity });
                if (id !== 'syntax-error') {
                    expect(diagnostics.filter(d => d.code === 'syntax-error'), `the case does not parse:\n${describeDiagnostics(diagnostics)}`).toEqual([]);
                }
                const own = diagnostics.filter(d => d.code === id);
                const firstFile = typeof testCase.code === 'string' ? 'model.revorg' : Object.keys(testCase.code)[0];
                expect(own.length, `expected ${testCase.errors.length} '${id}', got:\n${describeDiagnostics(own)}`).toBe(testCase.errors.length);
                const remaining = [...own];
                for (const expected of testCase.errors) {
                    const index = remaining.findIndex(d =>
                        d.file === (expected.file ?? firstFile)
                        && d.range.start.line + 1 === expected.line
                        && (expected.column === undefined || d.range.start.character + 1 === expected.column)
                        && (expected.message === undefined || (typeof expected.message === 'string' ? messageText(d).includes(expected.message) : expected.message.test(messageText(d)))));
                    expect(index, `no '${id}' matching ${JSON.stringify({ ...expected, message: String(expected.message ?? '') })} among:\n${describeDiagnostics(remaining)}`).toBeGreaterThanOrEqual(0);
                    const [match] = remaining.splice(index, 1);
                    expect(match.codeDescription?.href).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
                    expect((match.data as { code?: string }).code).toBe(id);
                }
            });
        }
    });
}
