/**
 * `--format sarif`: a SARIF 2.1.0 log that GitHub code scanning accepts as is. One run, the
 * `revorg` driver with every rule (so results can point at them by index), one result per
 * diagnostic with a relative URI and a 1-based region.
 */
import { PROJECT_HOMEPAGE, RULES, docsUrl, type Severity } from '@revorg/language';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { FileResult } from '../results.js';

const LEVELS: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** `ruleDocs` gives each rule's page (the config's `ruleDocs` may move them off the project's docs/rules). */
export function formatSarif(results: readonly FileResult[], version: string, ruleDocs: (id: string) => string = docsUrl): string {
    const rules: ReportingDescriptor[] = RULES.map(rule => ({
        id: rule.meta.id,
        shortDescription: { text: rule.meta.description },
        fullDescription: { text: `${rule.meta.description} Source: ${rule.meta.source}.` },
        help: { text: `${rule.meta.description} See ${ruleDocs(rule.meta.id)}`, markdown: `${rule.meta.description} [Documentation](${ruleDocs(rule.meta.id)})` },
        helpUri: ruleDocs(rule.meta.id),
        defaultConfiguration: { level: LEVELS[rule.meta.defaultSeverity] },
        properties: { tags: rule.meta.core ? ['revorg', 'language'] : ['revorg', 'revops'] },
    }));
    const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
    const sarifResults: Result[] = results.flatMap(file => file.messages.map(message => {
        const result: Result = {
            ruleId: message.ruleId,
            level: LEVELS[message.severity],
            message: { text: message.message },
            locations: [{
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(file.filePath), uriBaseId: '%SRCROOT%' },
                    region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
                },
            }],
        };
        const index = ruleIndex.get(message.ruleId);
        if (index !== undefined) result.ruleIndex = index;
        return result;
    }));
    const log: Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'revorg', version, semanticVersion: version, informationUri: PROJECT_HOMEPAGE, rules } },
            columnKind: 'utf16CodeUnits',
            results: sarifResults,
        }],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
