#!/usr/bin/env node
// `npm run conformance:sync`: copies the upstream conformance cases (../shared/conformance/cases
// beside the repo, or the folder given as the first argument) into test/conformance/cases, which
// is committed, so `npm test` never reads outside the repo. The copy replaces the old one whole:
// a case removed upstream is removed here too. Cases are never edited here; a case the code does
// not pass yet is listed in test/conformance/pending.json instead.
import { chmodSync, cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const from = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'conformance', 'cases'));
const to = path.join(root, 'test', 'conformance', 'cases');

if (!existsSync(from)) {
    console.error(`conformance:sync: ${from} does not exist; give the upstream cases folder as an argument`);
    process.exit(2);
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
writable(to);
const cases = readdirSync(to, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name).sort();
console.log(`conformance:sync: ${cases.length} cases copied from ${path.relative(root, from) || from} to ${path.relative(root, to)}`);

/**
 * The upstream folder may be read-only; the copy is the repo's own files, so the next sync can replace them.
 * @param {string} dir
 */
function writable(dir) {
    chmodSync(dir, 0o755);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) writable(file);
        else chmodSync(file, 0o644);
    }
}
