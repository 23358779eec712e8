#!/usr/bin/env node
// Bundles the extension for VS Code with esbuild, from the TypeScript build output (out/):
// - dist/extension.cjs: the client (CommonJS, as VS Code loads extensions), `vscode` left external;
// - dist/server.mjs: the language server with every dependency, so the .vsix needs no node_modules;
// - dist/web/extension.cjs and dist/server-browser.js: the same client and server for the browser's
//   web worker extension host (vscode.dev, github.dev), the server as a web worker;
// - media/preview.js: the preview page's script, for the browser inside the webview, from its
//   TypeScript source (src/webview/preview.ts; `tsc -b` type-checks it);
// and writes what package.json points at: the TextMate grammar, the snippets and the JSON schema
// of revorg.config.json; and copies the rule pages of docs/rules to dist/rules, which
// `revorg.openRuleDocs` opens in the Markdown preview, offline.
import { build } from 'esbuild';
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_WORKER_BUNDLE, WEB_EXTENSION_BUNDLE } from '../../../scripts/esbuild-browser-worker.mjs';
import { NODE_ESM_BUNDLE } from '../../../scripts/esbuild-node-esm.mjs';

const extension = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const root = path.resolve(extension, '..', '..');
const production = process.argv.includes('--production');

/**
 * One bundle of the extension: minified for the .vsix, with source maps otherwise.
 * @param {string} entry
 * @param {string} outfile
 * @param {import('esbuild').BuildOptions} settings
 */
const bundle = (entry, outfile, settings) => build({ ...settings, entryPoints: [entry], outfile, sourcemap: !production, minify: production });

await bundle(path.join(extension, 'out', 'extension.js'), path.join(extension, 'dist', 'extension.cjs'), {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
});
await bundle(path.join(root, 'packages', 'server', 'out', 'main.js'), path.join(extension, 'dist', 'server.mjs'), NODE_ESM_BUNDLE);
// The web extension host loads a CommonJS module in a web worker: no Node module may be in it.
await bundle(path.join(extension, 'out', 'extension-web.js'), path.join(extension, 'dist', 'web', 'extension.cjs'), WEB_EXTENSION_BUNDLE);
await bundle(path.join(root, 'packages', 'server', 'out', 'browser.js'), path.join(extension, 'dist', 'server-browser.js'), BROWSER_WORKER_BUNDLE);

await build({
    entryPoints: [path.join(extension, 'src', 'webview', 'preview.ts')],
    outfile: path.join(extension, 'media', 'preview.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    // VS Code's webviews run in the Chromium of its Electron.
    target: 'chrome120',
    minify: production,
    logLevel: 'warning',
});

// Replaced, not merged: the page of a rule that was removed or renamed must not linger.
rmSync(path.join(extension, 'dist', 'rules'), { recursive: true, force: true });
cpSync(path.join(root, 'docs', 'rules'), path.join(extension, 'dist', 'rules'), { recursive: true });

mkdirSync(path.join(extension, 'syntaxes'), { recursive: true });
copyFileSync(path.join(root, 'syntaxes', 'revorg.tmLanguage.json'), path.join(extension, 'syntaxes', 'revorg.tmLanguage.json'));

// Written from the language's schema and rule registry at build time, so they cannot drift from
// what the server accepts: the declaration snippets and the JSON Schema of revorg.config.json.
const { configJsonSchema, vscodeSnippets } = await import('../../language/out/index.js');
/** @type {(relative: string, value: unknown) => void} */
const writeJson = (relative, value) => {
    mkdirSync(path.dirname(path.join(extension, relative)), { recursive: true });
    writeFileSync(path.join(extension, relative), `${JSON.stringify(value, null, 2)}\n`);
};
writeJson('snippets/revorg.json', vscodeSnippets());
writeJson('schemas/revorg.config.schema.json', configJsonSchema());
