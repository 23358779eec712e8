/**
 * `revorg rules`: every rule with its default severity, description and whether it has a quick fix;
 * `revorg rules <id>`: that rule's documentation page, as the repository's docs/rules/<id>.md has
 * it (the build copies the pages beside the bundle, so the CLI prints them offline).
 */
import { RULES, docsUrl, ruleIdSuggestion } from '@revorg/language';
import { readFile } from 'node:fs/promises';
import { UsageError } from '../usage-error.js';

export function listRules(format: 'table' | 'json'): string {
    if (format === 'json') {
        return `${JSON.stringify(RULES.map(rule => ({
            id: rule.meta.id,
            defaultSeverity: rule.meta.defaultSeverity,
            theme: rule.meta.theme,
            description: rule.meta.description,
            fixable: rule.meta.fixable,
            configurable: !rule.meta.core,
            options: Object.fromEntries(Object.entries(rule.meta.options).map(([name, spec]) => [name, { type: spec.type, default: spec.default, description: spec.description }])),
            source: rule.meta.source,
            docs: docsUrl(rule.meta.id),
        })), null, 2)}\n`;
    }
    const idWidth = Math.max(...RULES.map(rule => rule.meta.id.length));
    const lines = [`${'RULE'.padEnd(idWidth)}  ${'DEFAULT'.padEnd(7)}  FIX  DESCRIPTION`];
    for (const rule of RULES) {
        lines.push(`${rule.meta.id.padEnd(idWidth)}  ${rule.meta.defaultSeverity.padEnd(7)}  ${rule.meta.fixable ? 'yes' : '   '}  ${rule.meta.description}`);
    }
    return `${lines.join('\n')}\n`;
}

/** Where the build put the rule pages: dist/rules/ beside the bundle (packages/cli/scripts/bundle.mjs). */
const RULE_DOCS = new URL('./rules/', import.meta.url);

/** The documentation page of one rule, in Markdown. */
export async function ruleDocs(id: string): Promise<string> {
    if (!RULES.some(rule => rule.meta.id === id)) throw new UsageError(`unknown rule '${id}'${ruleIdSuggestion(id)}`);
    try {
        return await readFile(new URL(`${id}.md`, RULE_DOCS), 'utf8');
    } catch (error) {
        throw new UsageError(`the documentation of '${id}' is not installed beside the CLI (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); it is at ${docsUrl(id)}`);
    }
}
