#!/usr/bin/env node
// The same editor suite in VS Code desktop through @vscode/test-electron, which downloads VS Code
// from Microsoft's update server. Where that server cannot be reached (as on this project's
// machines, whose network only reaches package registries) it skips with one line; the suite
// then runs in code-server instead (run-code-server.mjs).
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let executable;
try {
    executable = await downloadAndUnzipVSCode({ version: 'stable', timeout: 20_000 });
} catch (error) {
    console.log(`test-electron: skipped, VS Code could not be downloaded (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
    process.exit(0);
}

const workspace = mkdtempSync(path.join(tmpdir(), 'revorg-electron-'));
cpSync(path.join(root, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
try {
    await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: path.join(root, 'packages', 'extension'),
        extensionTestsPath: path.join(root, 'test', 'vscode', 'electron', 'index.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
} catch (error) {
    console.error(`test-electron: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
}
