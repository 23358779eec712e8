/**
 * The JSON Schemas of revorg's outputs are committed in packages/cli/schemas/ (consumers fetch
 * them by `$id`), generated from the TypeBox definitions the code fills its outputs by: a stale
 * file, or a schema a standard validator rejects, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_SCHEMAS, SCHEMA_BASE_URL } from '../packages/insights/src/index.js';
import { CONFIG_SCHEMA_FILE, SCHEMAS_DIR, schemaFileText } from '../scripts/write-schemas.mjs';

const { default: { default: Ajv2020 } } = await import('ajv/dist/2020.js');

describe('published output schemas', () => {
    it('are exactly the files in packages/cli/schemas/, with the schema of revorg.config.json', () => {
        expect(readdirSync(SCHEMAS_DIR).sort()).toEqual([...Object.keys(PUBLISHED_SCHEMAS), CONFIG_SCHEMA_FILE].sort());
    });

    it.each(Object.entries(PUBLISHED_SCHEMAS))('%s is up to date (npm run docs rewrites it), names itself and compiles', (file, schema) => {
        const committed = readFileSync(path.join(SCHEMAS_DIR, file), 'utf8');
        expect(committed).toBe(schemaFileText(schema));
        const parsed = JSON.parse(committed) as { $id: string };
        expect(parsed.$id).toBe(`${SCHEMA_BASE_URL}${file}`);
        expect(() => new Ajv2020({ strict: true }).compile(parsed)).not.toThrow();
    });
});
