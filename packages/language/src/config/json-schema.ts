/**
 * The JSON Schema of revorg.config.json (draft 2020-12), generated from the rule registry: every
 * rule id with the severities it may take and its options with their value forms, defaults and
 * descriptions. Editors use it to complete and check the file (the VS Code extension ships it;
 * a config's `$schema` may point at it); the CLI and the server check the same rules in
 * `parseConfig`, with messages that carry the JSON path.
 */
import { RULES } from '../rules/index.js';
import type { OptionType } from '../rules/rule.js';
import { RULE_SETTINGS } from './config.js';

type JsonSchema = Record<string, unknown>;

/** The value forms RULES.md allows for each option type. */
const OPTION_SCHEMAS: Record<OptionType, JsonSchema> = {
    money: { anyOf: [{ type: 'number', minimum: 0 }, { type: 'string', pattern: '^\\$?\\d[\\d,]*(\\.\\d+)?[KMB]?$' }] },
    percent: { anyOf: [{ type: 'number', minimum: 0, maximum: 100 }, { type: 'string', pattern: '^\\d+(\\.\\d+)?%$' }] },
    range: { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2, maxItems: 2 },
};

export function configJsonSchema(): JsonSchema {
    const rules: Record<string, JsonSchema> = {};
    for (const { meta } of RULES) {
        const severities = meta.core ? ['error'] : [...RULE_SETTINGS];
        const options = Object.fromEntries(Object.entries(meta.options).map(([name, spec]) => [
            name,
            { ...OPTION_SCHEMAS[spec.type], description: spec.description, default: spec.default },
        ]));
        rules[meta.id] = {
            description: `${meta.description} (default: ${meta.defaultSeverity})`,
            anyOf: [
                { enum: severities },
                { type: 'array', prefixItems: [{ enum: severities }, { type: 'object', properties: options, additionalProperties: false }], minItems: 1, maxItems: 2, items: false },
            ],
        };
    }
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'revorg.config.json',
        description: 'Rule settings for a revorg model: a severity, or [severity, options], per rule id.',
        type: 'object',
        properties: {
            $schema: { type: 'string' },
            rules: { type: 'object', properties: rules, additionalProperties: false },
            ignores: {
                description: 'Globs, relative to the folder of this file, of .revorg files that are not part of the model (drafts, archives).',
                type: 'array',
                items: { type: 'string', minLength: 1, not: { pattern: '^(!|/)' } },
            },
            ruleDocs: {
                description: 'The folder of the rule documentation pages, where <rule-id>.md is each rule\'s page (a fork\'s or a mirror\'s docs/rules): diagnostics, SARIF and reports link there instead of the project\'s docs/rules.',
                type: 'string',
                pattern: '^https?://[^?#\\s]+$',
            },
        },
        additionalProperties: false,
    };
}
