#!/usr/bin/env node
// The standalone language server in another editor, untouched: headless Neovim (Debian's
// package, installed by scripts/e2e/install-system-packages.sh) starts
// `revorg-language-server --stdio` with its built-in LSP client (check.lua) and checks
// diagnostics with their ids, completion filtered by kind, hover and go-to-definition.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const nvim = spawnSync('sh', ['-c', 'command -v nvim'], { encoding: 'utf8' }).stdout.trim();
if (!nvim) {
    console.error('neovim: nvim not found: run scripts/e2e/install-system-packages.sh');
    process.exit(1);
}
const workspace = mkdtempSync(path.join(tmpdir(), 'revorg-neovim-'));
cpSync(path.join(root, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
const results = path.join(workspace, 'results.json');
const run = spawnSync(nvim, ['--headless', '--clean', '-c', `luafile ${path.join(here, 'check.lua')}`], {
    encoding: 'utf8',
    timeout: 120_000,
    env: {
        ...process.env,
        REVORG_SERVER: path.join(root, 'packages', 'server', 'bin', 'revorg-language-server.js'),
        REVORG_ROOT: workspace,
        REVORG_RESULTS: results,
    },
});
if (!existsSync(results)) {
    console.error(`neovim: no results (exit ${run.status})\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
}
/** @type {unknown} */
const written = JSON.parse(readFileSync(results, 'utf8'));
const checks = /** @type {Array<{ name: string; ok: boolean; detail?: string }>} */ (written);
for (const check of checks) console.log(`${check.ok ? 'ok  ' : 'FAIL'} neovim: ${check.name}${check.ok ? '' : `\n     got: ${check.detail}`}`);
const failed = checks.filter(check => !check.ok).length;
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && checks.length > 0 ? 0 : 1);
