#!/usr/bin/env node
// The editor end-to-end test in a real VS Code: code-server (VS Code for the browser, with a real
// extension host) serves a workspace, headless Chromium opens it, and a small harness extension
// runs the editor suite (test/vscode/harness/suite.cjs) against the installed revorg .vsix,
// writing its results to a file. Prints one line per check, saves a screenshot of the editor with
// its diagnostics, and exits non-zero when a check fails. Kills code-server's whole process group.
//
// Needs: `npm run package` (revorg.vsix), the Debian packages of scripts/e2e/install-system-packages.sh,
// and the tools of scripts/e2e/install-tools.mjs (run first by `npm run test:e2e`).
//
// `--web-extension-host` runs the same suite against the extension's browser entry: the user
// setting `remote.extensionKind` puts revorg in the browser's web worker extension host, as on
// vscode.dev, where its language server is a web worker reading the workspace through the editor;
// the harness stays in the Node host and drives it through VS Code's API, which spans both hosts.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CODE_SERVER, installTools, NODE24, TOOLS } from '../../scripts/e2e/install-tools.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WEB_EXTENSION_HOST = process.argv.includes('--web-extension-host');
const RUN = path.join(TOOLS, 'e2e', WEB_EXTENSION_HOST ? 'code-server-web' : 'code-server');
const SCREENSHOT = path.join(RUN, 'editor.png');
const RESULTS = path.join(RUN, 'results.json');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SUITE_TIMEOUT_MS = 300_000;

/** @param {string} message */
function step(message) {
    console.log(`e2e: ${message}`);
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {Omit<import('node:child_process').SpawnSyncOptions, 'encoding'>} [options]
 */
function run(command, args, options = {}) {
    const result = spawnSync(command, args, { encoding: 'utf8', ...options });
    if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
}

/** @returns {Promise<number>} */
function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            // A TCP server that listens has an address with a port (a string is for pipes).
            const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
            server.close(() => resolve(port));
        });
    });
}

/**
 * @param {string} description
 * @param {() => unknown} condition
 * @param {number} timeoutMs
 */
async function waitFor(description, condition, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${description}`);
        await new Promise(resolve => setTimeout(resolve, 500));
    }
}

async function main() {
    const vsix = path.join(root, 'revorg.vsix');
    if (!existsSync(vsix)) throw new Error('revorg.vsix not found: run `npm run package` first');
    if (!existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium not found: run scripts/e2e/install-system-packages.sh');
    installTools();

    rmSync(RUN, { recursive: true, force: true });
    const extensions = path.join(RUN, 'extensions');
    const userData = path.join(RUN, 'user-data');
    const workspace = path.join(RUN, 'workspace');
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    cpSync(path.join(root, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
    writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none',
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'workbench.tips.enabled': false,
        'workbench.colorTheme': 'Default Dark Modern',
        'git.openRepositoryInParentFolders': 'never',
        'chat.disableAIFeatures': true,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        ...(WEB_EXTENSION_HOST ? { 'remote.extensionKind': { 'revorg.revorg': ['ui'] } } : {}),
    }, null, 2));

    step('packaging the harness extension');
    const harnessVsix = path.join(RUN, 'harness.vsix');
    run(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--out', harnessVsix], { cwd: path.join(root, 'test', 'vscode', 'harness') });

    /** @param {string[]} args */
    const codeServer = (...args) => [CODE_SERVER, '--extensions-dir', extensions, '--user-data-dir', userData, ...args];
    for (const extension of [vsix, harnessVsix]) {
        step(`installing ${path.basename(extension)} into code-server`);
        run(NODE24, codeServer('--install-extension', extension));
    }

    const port = await freePort();
    step(`starting code-server on 127.0.0.1:${port}`);
    let log = '';
    let browserLog = '';
    const server = spawn(NODE24, codeServer('--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace), {
        detached: true, // its own process group, so that everything it starts can be killed together
        env: { ...process.env, REVORG_E2E_RESULTS: RESULTS, ...(WEB_EXTENSION_HOST ? { REVORG_E2E_WEB_EXTENSION_HOST: '1' } : {}) },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout.on('data', chunk => { log += chunk; });
    server.stderr.on('data', chunk => { log += chunk; });
    const stop = () => {
        try { if (server.pid !== undefined) process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ }
    };
    process.on('exit', stop);

    let browser;
    /** @type {boolean} */
    let previewDrawn;
    /** @type {{ ok: boolean; error?: string }} */
    let revealed = { ok: false, error: 'the preview was not drawn' };
    try {
        await waitFor('code-server to listen', () => /HTTP server listening/.test(log), 60_000);
        browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        // The web worker extension host logs to the page's console: kept, for when a check fails.
        page.on('console', message => { browserLog += `${message.type()}: ${message.text()}\n`; });
        step('opening the workspace in Chromium');
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
        await waitFor('the suite to finish in the extension host', () => existsSync(RESULTS), SUITE_TIMEOUT_MS);
        // The preview's page lives in nested iframes; the diagram must be drawn in one of them.
        let previewFrame;
        previewDrawn = await waitFor('the preview to draw the diagram', async () => {
            for (const frame of page.frames()) {
                const nodes = await frame.evaluate(() => document.querySelectorAll('#stage svg g.node').length).catch(() => 0);
                if (nodes > 0) {
                    previewFrame = frame;
                    return true;
                }
            }
            return false;
        }, 60_000).then(() => true, () => false);
        // Let the Problems panel and the squiggles render before the picture.
        await page.waitForTimeout(3000);
        await page.screenshot({ path: SCREENSHOT });
        step(`screenshot: ${path.relative(root, SCREENSHOT)}`);
        if (previewFrame) revealed = await clickRevealsSource(page, previewFrame);
    } catch (error) {
        console.error(`e2e: ${error instanceof Error ? error.message : String(error)}\n--- code-server log ---\n${log.slice(-4000)}`);
        if (existsSync(`${RESULTS}.log`)) console.error(`--- suite log ---\n${readFileSync(`${RESULTS}.log`, 'utf8')}`);
        if (WEB_EXTENSION_HOST) console.error(`--- browser console ---\n${browserLog.slice(-6000)}`);
        throw error;
    } finally {
        await browser?.close();
        stop();
        if (WEB_EXTENSION_HOST) writeFileSync(path.join(RUN, 'browser-console.log'), browserLog);
    }

    /** @type {unknown} */
    const written = JSON.parse(readFileSync(RESULTS, 'utf8'));
    const results = /** @type {import('./harness/suite.cjs').CheckResult[]} */ (written);
    results.push({ name: 'the preview draws the org chart of the workspace (seen in the page)', ok: previewDrawn, ms: 0, error: 'no g.node in any frame' });
    results.push({ name: 'clicking a box in the preview puts the editor\'s cursor on its declaration', ok: revealed.ok, ms: 0, error: revealed.error });
    for (const result of results) {
        console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name} (${result.ms} ms)${result.ok ? '' : `\n     ${(result.error ?? '').split('\n').join('\n     ')}`}`);
    }
    const failed = results.filter(result => !result.ok).length;
    console.log(`${results.length - failed} passed, ${failed} failed`);
    return failed === 0 && results.length > 0 ? 0 : 1;
}

/**
 * Clicks the AE box in the preview and waits for the status bar to show the cursor at AE's name.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Frame} frame
 * @returns {Promise<{ ok: boolean; error?: string }>}
 */
async function clickRevealsSource(page, frame) {
    const box = frame.locator('#stage g.node[data-id="AE"]');
    const line = Number(await box.getAttribute('data-line'));
    const character = Number(await box.getAttribute('data-character'));
    await box.click();
    const expected = `Ln ${line + 1}, Col ${character + 1}`;
    return waitFor(`the status bar to show ${expected}`, async () => (await page.locator('.statusbar-item').allTextContents()).some(text => text.includes(expected)), 20_000)
        .then(() => ({ ok: true }), async () => ({ ok: false, error: `expected ${expected} in the status bar, got: ${(await page.locator('.statusbar-item').allTextContents()).join(' | ')}` }));
}

main().then(code => process.exit(code), (/** @type {unknown} */ error) => {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
});
