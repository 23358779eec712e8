#!/usr/bin/env node
// Runs the shared conformance suite (../shared/conformance/run) against the built CLI, from the
// repo root as the suite expects. Part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const runner = path.resolve(root, '..', 'shared', 'conformance', 'run');
if (!existsSync(runner)) {
    console.error(`conformance: ${runner} not found; the shared/ folder must sit beside the repo`);
    process.exit(1);
}
const result = spawnSync(process.execPath, [runner], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
