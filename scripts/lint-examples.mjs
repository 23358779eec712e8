#!/usr/bin/env node
// `npm start`: lints every bundled example with the real CLI. Each folder under examples/ is one
// company (one model), so each is linted on its own, exactly as a user would run
// `npx revorg lint examples/<folder>`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'packages', 'cli', 'bin', 'revorg.js');
const examples = readdirSync(path.join(root, 'examples'), { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
    .sort();

let exitCode = 0;
for (const example of examples) {
    const relative = `examples/${example}`;
    process.stdout.write(`\n━━ revorg lint ${relative}\n`);
    const result = spawnSync(process.execPath, [cli, 'lint', relative, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
    exitCode = Math.max(exitCode, result.status ?? 2);
}
process.exit(exitCode);
