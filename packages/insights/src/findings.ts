/**
 * The lint results of a built model as the report and the diff list them: each diagnostic with
 * its rule, where it is, the declaration it is reported in (so a diff can match findings across
 * two versions whose lines moved) and the rule's documentation page.
 */
import { declarationHolding, docsUrl } from '@revorg/language';
import type { LangiumDocument } from 'langium';
import type Type from 'typebox';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { ModelLocator } from './model-locator.js';
import type { Finding as FindingSchema } from './schema-types.js';

export type Finding = Type.Static<typeof FindingSchema>;

const SEVERITY_NAMES = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint',
} as const;

/** Every diagnostic of the documents, in model order (files by path, then by position). */
export function modelFindings(documents: readonly LangiumDocument[], locator: ModelLocator): Finding[] {
    const findings: Finding[] = [];
    for (const document of documents) {
        const file = locator.fileOf(document.uri.toString());
        const diagnostics = [...(document.diagnostics ?? [])].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        for (const diagnostic of diagnostics) {
            const ruleId = String(diagnostic.code ?? 'unknown');
            const holder = declarationHolding(document, diagnostic);
            findings.push({
                ruleId,
                severity: SEVERITY_NAMES[diagnostic.severity ?? DiagnosticSeverity.Error],
                message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
                file,
                line: diagnostic.range.start.line + 1,
                column: diagnostic.range.start.character + 1,
                declaration: holder ? (holder.$type === 'Organization' ? holder.title ?? null : holder.name ?? null) : null,
                // The page the config points at (revorg.config.json's `ruleDocs`), as the diagnostic links it.
                docs: diagnostic.codeDescription?.href ?? docsUrl(ruleId),
            });
        }
    }
    return findings;
}
