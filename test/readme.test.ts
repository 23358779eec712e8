/**
 * The generated parts of the docs: the README's rule table (from the registry), its diagrams (drawn
 * from an example) and the reference tables of docs/language.md (from the language schema). Each
 * fails when stale; `npm run docs` brings them up to date.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { RULES } from '../packages/language/src/index.js';
import { withRuleTable } from '../scripts/readme-rules.mjs';
import { LANGUAGE_DOC, withSchemaTables } from '../scripts/language-docs.mjs';
import { REPO_ROOT } from './run-cli.js';

it('README.md lists every rule as the registry describes it (run `npm run docs` to update)', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(withRuleTable(readme, RULES));
    for (const rule of RULES) expect(readme).toContain(`[\`${rule.meta.id}\`](docs/rules/${rule.meta.id}.md)`);
});

it('README.md shows the two-command quick start', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    for (const command of ['npm install', 'npm start', 'npm test']) expect(readme).toContain(command);
});

it('README.md shows the diagrams revorg draws today (run `npm run docs` to update)', async () => {
    const { readmeDiagrams } = await import('../scripts/readme-diagrams.mjs');
    const node = await import('../packages/language/src/node.js');
    const language = await import('../packages/language/src/index.js');
    const diagram = await import('../packages/diagram/src/index.js');
    const diagrams: Record<string, string> = await readmeDiagrams({ ...node, ...language, ...diagram });
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(Object.keys(diagrams)).toHaveLength(2);
    for (const [file, svg] of Object.entries(diagrams)) {
        expect(readFileSync(path.join(REPO_ROOT, file), 'utf8'), `${file} is stale`).toBe(svg);
        expect(readme).toContain(`](${file})`);
    }
});

it('docs/language.md has the declarations and enumerations of the language schema (run `npm run docs` to update)', async () => {
    const language = await import('../packages/language/src/index.js');
    const text = readFileSync(path.join(REPO_ROOT, LANGUAGE_DOC), 'utf8');
    expect(text).toBe(withSchemaTables(text, language));
    for (const declaration of language.DECLARATIONS) expect(text).toContain(`### ${declaration.keyword}\n`);
});
