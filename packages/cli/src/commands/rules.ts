/** `revorg rules`: every rule with its default severity, description and whether it has a quick fix. */
import { RULES, docsUrl } from '@revorg/language';

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
