#!/usr/bin/env node
// `npm start`: lints every bundled example with the real CLI, renders both diagrams of each into
// out/diagrams/, and writes the org-health report of one example, revops-transition (a company
// between two RevOps models, with a partial layer to show), as out/report.html (out/ is
// git-ignored). Each folder under examples/ is one company (one model), so each is handled on its
// own, exactly as a user would run `npx revorg lint examples/<folder>`,
// `npx revorg render examples/<folder> --view org -o ...` and `npx revorg report ... --format html`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'packages', 'cli', 'bin', 'revorg.js');
const examples = readdirSync(path.join(root, 'examples'), { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
    .sort();

const diagrams = path.join(root, 'out', 'diagrams');
mkdirSync(diagrams, { recursive: true });

let exitCode = 0;
for (const example of examples) {
    const relative = `examples/${example}`;
    process.stdout.write(`\n━━ revorg lint ${relative}\n`);
    const result = spawnSync(process.execPath, [cli, 'lint', relative, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
    exitCode = Math.max(exitCode, result.status ?? 2);
}

process.stdout.write('\n━━ revorg render: both views of every example\n');
for (const example of examples) {
    for (const view of ['org', 'flow']) {
        const file = path.join('out', 'diagrams', `${example}-${view}.svg`);
        const result = spawnSync(process.execPath, [cli, 'render', `examples/${example}`, '--view', view, '-o', file], { cwd: root, stdio: 'inherit' });
        if (result.status === 0) process.stdout.write(`  ${file}\n`);
        exitCode = Math.max(exitCode, result.status ?? 2);
    }
}
const REPORT_EXAMPLE = 'revops-transition';
process.stdout.write(`\n━━ revorg report examples/${REPORT_EXAMPLE} --format html\n`);
const report = path.join('out', 'report.html');
const result = spawnSync(process.execPath, [cli, 'report', `examples/${REPORT_EXAMPLE}`, '--format', 'html', '-o', report], { cwd: root, stdio: 'inherit' });
if (result.status === 0) process.stdout.write(`  ${report} (open it in a browser)\n`);
exitCode = Math.max(exitCode, result.status ?? 2);
process.exit(exitCode);
