#!/usr/bin/env node
// Bundles the extension for VS Code with esbuild, from the TypeScript build output (out/):
// - dist/extension.cjs: the client (CommonJS, as VS Code loads extensions), `vscode` left external;
// - dist/server.mjs: the language server with every dependency, so the .vsix needs no node_modules;
// and copies in what package.json points at: the TextMate grammar and a JSON schema for
// revorg.config.json generated from the rule registry (completion and validation of the config).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NODE_ESM_BUNDLE } from '../../../scripts/esbuild-node-esm.mjs';

const extension = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const root = path.resolve(extension, '..', '..');
const production = process.argv.includes('--production');

await build({
    entryPoints: [path.join(extension, 'out', 'extension.js')],
    outfile: path.join(extension, 'dist', 'extension.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
});

await build({
    entryPoints: [path.join(root, 'packages', 'server', 'out', 'main.js')],
    outfile: path.join(extension, 'dist', 'server.mjs'),
    ...NODE_ESM_BUNDLE,
    sourcemap: !production,
    minify: production,
});

mkdirSync(path.join(extension, 'syntaxes'), { recursive: true });
copyFileSync(path.join(root, 'syntaxes', 'revorg.tmLanguage.json'), path.join(extension, 'syntaxes', 'revorg.tmLanguage.json'));

const { RULES } = await import(pathToFileURL(path.join(root, 'packages', 'language', 'out', 'index.js')).href);
mkdirSync(path.join(extension, 'schemas'), { recursive: true });
writeFileSync(path.join(extension, 'schemas', 'revorg.config.schema.json'), `${JSON.stringify(configSchema(RULES), null, 2)}\n`);

/** A JSON schema for revorg.config.json: each rule with its severities and options. */
function configSchema(rules) {
    const optionSchema = {
        money: { anyOf: [{ type: 'number', minimum: 0 }, { type: 'string', pattern: '^\\$?\\d[\\d,]*(\\.\\d+)?[KMB]?$' }] },
        percent: { anyOf: [{ type: 'number', minimum: 0, maximum: 100 }, { type: 'string', pattern: '^\\d+(\\.\\d+)?%$' }] },
        range: { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2, maxItems: 2 },
    };
    const properties = {};
    for (const { meta } of rules) {
        const severities = meta.core ? ['error'] : ['off', 'hint', 'info', 'warning', 'error'];
        const options = Object.fromEntries(Object.entries(meta.options).map(([name, spec]) => [name, { ...optionSchema[spec.type], description: spec.description, default: spec.default }]));
        properties[meta.id] = {
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
        type: 'object',
        properties: { $schema: { type: 'string' }, rules: { type: 'object', properties, additionalProperties: false } },
        additionalProperties: false,
    };
}
