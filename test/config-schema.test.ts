/**
 * The JSON Schema of revorg.config.json, generated from the rule registry and shipped with the VS
 * Code extension: it accepts what `parseConfig` accepts, rejects what it rejects, and lists every
 * rule with its options, so an editor completes and checks the file the way the CLI reads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_BASE_URL } from '../packages/insights/src/index.js';
import { configJsonSchema, parseConfig, RULES } from '../packages/language/src/index.js';
import { CONFIG_SCHEMA_FILE, publishedConfigSchema, SCHEMAS_DIR, schemaFileText } from '../scripts/write-schemas.mjs';
import { CASES_DIR } from './conformance/cases.js';
import { REPO_ROOT } from './run-cli.js';

const { default: { default: Ajv2020 } } = await import('ajv/dist/2020.js');
const schema = configJsonSchema();
const validate = new Ajv2020({ strict: false }).compile(schema);

const CONFIGS: Array<[string, unknown, boolean]> = [
    ['severities and options', { rules: { 'cro-before-10m-arr': ['warning', { minArr: '10M' }], 'structure-review-required': 'off', 'pod-composition': ['info', { ae: [2, 4] }] } }, true],
    ['a $schema key and money as a number of dollars', { $schema: './node_modules/revorg/schema.json', rules: { 'cro-at-enterprise': ['info', { minArr: 25_000_000 }] } }, true],
    ['percent options as numbers or strings', { rules: { 'handoff-rate-broken': ['warning', { min: '40%' }], 'handoff-rate-threshold': ['warning', { min: 50 }] } }, true],
    ['an unknown rule', { rules: { 'no-such-rule': 'off' } }, false],
    ['an unknown option', { rules: { 'handoff-rate-broken': ['warning', { max: 40 }] } }, false],
    ['a language error turned off', { rules: { 'syntax-error': 'off' } }, false],
    ['a severity that is not one', { rules: { 'sla-incomplete': 'loud' } }, false],
    ['a range that is not two whole numbers', { rules: { 'pod-composition': ['info', { ae: [1] }] } }, false],
    ['an unknown setting', { rules: {}, extends: 'recommended' }, false],
    ['rule pages elsewhere', { ruleDocs: 'https://wiki.example.com/revops/rules/' }, true],
    ['rule pages at a relative path', { ruleDocs: 'docs/rules/' }, false],
    ['rule pages behind a query', { ruleDocs: 'https://wiki.example.com/rules?page=' }, false],
];

describe('the JSON Schema of revorg.config.json', () => {
    it.each(CONFIGS)('%s: valid %s like parseConfig says', (_name, config, valid) => {
        expect(validate(config)).toBe(valid);
        expect(parseConfig(JSON.stringify(config)).problems.length === 0).toBe(valid);
    });

    it('accepts the configuration of the conformance cases', () => {
        const config: unknown = JSON.parse(readFileSync(path.join(CASES_DIR, '09-config', 'revorg.config.json'), 'utf8'));
        expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    });

    it('lists every rule, each with its options', () => {
        const rules = (schema.properties as { rules: { properties: Record<string, { anyOf: Array<{ prefixItems?: Array<{ properties?: Record<string, unknown> }> }> }> } }).rules.properties;
        expect(Object.keys(rules)).toEqual(RULES.map(rule => rule.meta.id));
        for (const rule of RULES) {
            const options = rules[rule.meta.id].anyOf[1].prefixItems?.[1].properties ?? {};
            expect(Object.keys(options), rule.meta.id).toEqual(Object.keys(rule.meta.options));
        }
    });

    it('is published beside the output schemas, under the $id a config\'s $schema names (npm run docs rewrites it)', () => {
        const committed = readFileSync(path.join(SCHEMAS_DIR, CONFIG_SCHEMA_FILE), 'utf8');
        expect(committed).toBe(schemaFileText(publishedConfigSchema(schema, SCHEMA_BASE_URL)));
        expect((JSON.parse(committed) as { $id: string }).$id).toBe(`${SCHEMA_BASE_URL}${CONFIG_SCHEMA_FILE}`);
    });

    it('is the file the extension ships (written at build time)', () => {
        const shipped = path.join(REPO_ROOT, 'packages', 'extension', 'schemas', 'revorg.config.schema.json');
        expect(existsSync(shipped)).toBe(true);
        expect(JSON.parse(readFileSync(shipped, 'utf8'))).toEqual(schema);
    });
});
