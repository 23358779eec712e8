#!/usr/bin/env node
// Writes the JSON Schemas of revorg's outputs (`revorg export --format json`, `revorg report
// --format json`, `revorg diff --format json`) into packages/cli/schemas/, from the TypeBox
// definitions in packages/insights, and the schema of revorg.config.json beside them, from the rule
// registry in packages/language. They are committed, being a published contract that consumers
// fetch by `$id` (the config that `revorg init` writes names its schema by that URL): `npm run
// docs` rewrites them and a test fails when a committed one is stale, so a change to an output's
// shape, or a rule or option added or renamed, is always a deliberate commit.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const SCHEMAS_DIR = path.join(root, 'packages', 'cli', 'schemas');

/** The file name of revorg.config.json's schema among the published ones. */
export const CONFIG_SCHEMA_FILE = 'revorg.config.schema.json';

/**
 * revorg.config.json's schema as published: the language's `configJsonSchema()` with the `$id`
 * it is fetched by, which is the URL a config's `$schema` names.
 * @param {Record<string, unknown>} schema what `configJsonSchema()` returns
 * @param {string} baseUrl the insights package's SCHEMA_BASE_URL
 */
export function publishedConfigSchema(schema, baseUrl) {
    return { $id: `${baseUrl}${CONFIG_SCHEMA_FILE}`, ...schema };
}

/**
 * A schema as written to its file: plain JSON, two-space indent, a final newline.
 * @param {unknown} schema
 */
export function schemaFileText(schema) {
    return `${JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...JSON.parse(JSON.stringify(schema)) }, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    await import('../packages/language/out/node-compat.js');
    const { PUBLISHED_SCHEMAS, SCHEMA_BASE_URL } = await import('../packages/insights/out/index.js');
    const { configJsonSchema } = await import('../packages/language/out/index.js');
    mkdirSync(SCHEMAS_DIR, { recursive: true });
    for (const [file, schema] of Object.entries(PUBLISHED_SCHEMAS)) {
        writeFileSync(path.join(SCHEMAS_DIR, file), schemaFileText(schema));
    }
    writeFileSync(path.join(SCHEMAS_DIR, CONFIG_SCHEMA_FILE), schemaFileText(publishedConfigSchema(configJsonSchema(), SCHEMA_BASE_URL)));
}
