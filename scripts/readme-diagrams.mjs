#!/usr/bin/env node
// Renders the diagrams shown in README.md (docs/images/org-chart.svg, docs/images/revenue-flow.svg)
// from an example, with the same code as `revorg render`: `npm run docs` writes them, and a test
// fails when they no longer match what revorg draws.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const README_EXAMPLE = 'revops-transition';
export const README_DIAGRAMS = { org: 'docs/images/org-chart.svg', flow: 'docs/images/revenue-flow.svg' };

/**
 * @typedef {Pick<typeof import('../packages/language/out/node.js'), 'lintFiles'>
 *     & Pick<typeof import('../packages/language/out/index.js'), 'locate'>
 *     & Pick<typeof import('../packages/diagram/out/index.js'), 'drawDiagram'>} DiagramModules
 */

/**
 * The README's diagrams, keyed by their path in the repo. `modules` are the language's node entry,
 * the language and the diagram package (built, or their sources under a test runner).
 * @param {DiagramModules} modules
 * @returns {Promise<Record<string, string>>}
 */
export async function readmeDiagrams({ lintFiles, locate, drawDiagram }) {
    const dir = path.join(root, 'examples', README_EXAMPLE);
    const files = readdirSync(dir).filter(name => name.endsWith('.revorg')).sort().map(name => path.join(dir, name));
    const outcome = await lintFiles(files);
    const facts = outcome.facts();
    // The README lives in the repo: no file URIs of this machine in the pictures.
    /** @param {Parameters<typeof locate>[0]} node */
    const locateInRepo = node => {
        const location = locate(node);
        return { ...location, uri: `examples/${README_EXAMPLE}/${location.uri.split('/').pop()}` };
    };
    /** @type {Record<string, string>} */
    const result = {};
    for (const view of /** @type {Array<keyof typeof README_DIAGRAMS>} */ (Object.keys(README_DIAGRAMS))) {
        result[README_DIAGRAMS[view]] = await drawDiagram(facts, view, { locate: locateInRepo, theme: 'light' });
    }
    return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const [node, language, diagram] = await Promise.all([import('../packages/language/out/node.js'), import('../packages/language/out/index.js'), import('../packages/diagram/out/index.js')]);
    const diagrams = await readmeDiagrams({ ...node, ...language, ...diagram });
    for (const [file, svg] of Object.entries(diagrams)) {
        writeFileSync(path.join(root, file), svg);
        console.log(`${file}: written`);
    }
}
