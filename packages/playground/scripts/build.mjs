#!/usr/bin/env node
// Builds the playground into packages/playground/dist/, one folder that any static host serves:
// - index.html and playground.css, copied;
// - playground.js: the page's entry (src/main.ts), which starts the worker and then loads the
//   rest of the page (CodeMirror, the LSP client: playground-page-<hash>.js), as ES modules;
//   the keywords, the rule list and every example (examples/<folder>/*.revorg) are written into
//   it from @revorg/language and the examples folder (src/catalogue.ts);
// - server-worker.js: the language server's module worker (packages/server/out/browser.js, so
//   `tsc -b` must have run), bundled with the shared options of scripts/esbuild-browser-worker.mjs,
//   and server-elk-<hash>.js, the layout engine it imports at the first diagram;
// - service-worker.js: keeps those files for offline use, versioned by their content.
// Usage: node packages/playground/scripts/build.mjs [--dev] (--dev: not minified, with source maps).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_MODULE_WORKER_BUNDLE } from '../../../scripts/esbuild-browser-worker.mjs';
import { serviceWorkerSource } from './service-worker-source.mjs';

const playground = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const root = path.resolve(playground, '..', '..');
const dist = path.join(playground, 'dist');
const development = process.argv.includes('--dev');

const workerEntry = path.join(root, 'packages', 'server', 'out', 'browser.js');
if (!existsSync(workerEntry)) {
    console.error(`${path.relative(root, workerEntry)} is missing: run \`npx tsc -b packages/playground\` (or \`npm run build:playground\`) first.`);
    process.exit(1);
}

const { DECLARATIONS, ENUMERATIONS, RULES } = await import('../../language/out/index.js');

/** @type {import('../src/catalogue.js').Catalogue} */
const catalogue = {
    vocabulary: {
        declarations: DECLARATIONS.map(declaration => declaration.keyword),
        properties: [...new Set(DECLARATIONS.flatMap(declaration => declaration.properties.map(property => property.key)))],
        values: [...new Set(ENUMERATIONS.flatMap(enumeration => Object.keys(enumeration.values)))],
    },
    rules: RULES.map(({ meta }) => ({ id: meta.id, defaultSeverity: meta.defaultSeverity, description: meta.description, fixable: meta.fixable, core: meta.core === true })),
    examples: readdirSync(path.join(root, 'examples'), { withFileTypes: true })
        .filter(entry => entry.isDirectory())
        .map(entry => entry.name)
        .sort()
        .map(id => {
            const folder = path.join(root, 'examples', id);
            const readme = existsSync(path.join(folder, 'README.md')) ? readFileSync(path.join(folder, 'README.md'), 'utf8') : '';
            const title = /^#\s+(.+)$/m.exec(readme)?.[1]?.trim() ?? id;
            const files = readdirSync(folder).filter(name => name.endsWith('.revorg')).sort()
                .map(name => ({ name, text: readFileSync(path.join(folder, name), 'utf8') }));
            return { id, title, files };
        }),
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await build({
    entryPoints: { playground: path.join(playground, 'src', 'main.ts') },
    outdir: dist,
    // playground.js only starts the worker and loads the rest (src/main.ts): that rest is a chunk.
    splitting: true,
    chunkNames: '[name]-[hash]',
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    define: { PLAYGROUND_CATALOGUE: JSON.stringify(catalogue) },
    minify: !development,
    sourcemap: development,
    logLevel: 'warning',
});

await build({
    ...BROWSER_MODULE_WORKER_BUNDLE,
    entryPoints: { 'server-worker': workerEntry },
    outdir: dist,
    chunkNames: 'server-[name]-[hash]',
    minify: !development,
    sourcemap: development,
});

for (const name of ['index.html', 'playground.css']) copyFileSync(path.join(playground, 'src', name), path.join(dist, name));

// The offline copy: every file of the folder, under a cache named by their content, so a new
// build replaces the old copy instead of mixing with it.
const cached = readdirSync(dist).filter(name => !name.endsWith('.map')).sort();
const version = createHash('sha256');
for (const name of cached) version.update(name).update(readFileSync(path.join(dist, name)));
writeFileSync(path.join(dist, 'service-worker.js'), serviceWorkerSource(`revorg-playground-${version.digest('hex').slice(0, 16)}`, ['./', ...cached]));

console.log(`playground built in ${path.relative(root, dist)}/ (${cached.length + 1} files)`);
