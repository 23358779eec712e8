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
 * The README's diagrams, keyed by their path in the repo. `modules` are the language's node entry,
 * the language and the diagram package (built, or their sources under a test runner).
 */
export async function readmeDiagrams({ lintFiles, locate, drawDiagram }) {
    const dir = path.join(root, 'examples', README_EXAMPLE);
    const files = readdirSync(dir).filter(name => name.endsWith('.revorg')).sort().map(name => path.join(dir, name));
    const outcome = await lintFiles(files);
    const facts = outcome.facts();
    // The README lives in the repo: no file URIs of this machine in the pictures.
    const locateInRepo = node => {
        const location = locate(node);
        return { ...location, uri: `examples/${README_EXAMPLE}/${location.uri.split('/').pop()}` };
    };
    const result = {};
    for (const [view, file] of Object.entries(README_DIAGRAMS)) result[file] = await drawDiagram(facts, view, { locate: locateInRepo, theme: 'light' });
    return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const load = relative => import(pathToFileURL(path.join(root, 'packages', ...relative.split('/'))).href);
    const [node, language, diagram] = await Promise.all([load('language/out/node.js'), load('language/out/index.js'), load('diagram/out/index.js')]);
    const diagrams = await readmeDiagrams({ ...node, ...language, ...diagram });
    for (const [file, svg] of Object.entries(diagrams)) {
        writeFileSync(path.join(root, file), svg);
        console.log(`${file}: written`);
    }
}
