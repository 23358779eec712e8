#!/usr/bin/env node
// The diagram preview page in real headless Chromium: the page the extension builds (its CSP,
// nonce and media files), served from a local origin, with a stand-in for acquireVsCodeApi. It is
// posted real diagrams (rendered by @revorg/diagram from a model with hostile titles and from an
// example), and the test checks what is drawn and what the page posts back, then saves
// screenshots of both views in light and dark themes.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
/** @import { PageMessage, ViewName } from '../../packages/extension/src/webview/messages.js' */

/**
 * The page's window, with the stand-in for VS Code's webview API and what the page posted through it.
 * @typedef {Window & { posted?: PageMessage[]; acquireVsCodeApi?: () => unknown }} TestWindow
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const out = path.join(root, '.tools', 'e2e');
mkdirSync(out, { recursive: true });
const { previewHtml } = await import('../../packages/extension/out/preview-html.js');
const { lintFiles } = await import('../../packages/language/out/node.js');
const { drawDiagram } = await import('../../packages/diagram/out/index.js');

/**
 * @param {string[]} files
 * @returns {Promise<Record<ViewName, string>>}
 */
async function diagrams(files) {
    const outcome = await lintFiles(files);
    const facts = outcome.facts();
    return { org: await drawDiagram(facts, 'org', { theme: 'vscode' }), flow: await drawDiagram(facts, 'flow', { theme: 'vscode' }) };
}
const hostile = await diagrams([path.join(here, 'hostile.revorg')]);
const exampleDir = path.join(root, 'examples', 'enterprise-pods');
const { readdirSync } = await import('node:fs');
const example = await diagrams(readdirSync(exampleDir).filter(name => name.endsWith('.revorg')).map(name => path.join(exampleDir, name)));

/** @type {Partial<Record<string, [string, string]>>} */
const files = {
    '/media/preview.js': ['text/javascript', path.join(root, 'packages', 'extension', 'media', 'preview.js')],
    '/media/preview.css': ['text/css', path.join(root, 'packages', 'extension', 'media', 'preview.css')],
    '/themes.css': ['text/css', path.join(here, 'themes.css')],
};
/** @type {string} set once the server listens */
let origin;
const server = createServer((request, response) => {
    if (request.url === '/') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(previewHtml({ cspSource: origin, scriptUri: `${origin}/media/preview.js`, styleUri: `${origin}/media/preview.css` }));
        return;
    }
    const file = files[request.url ?? ''];
    if (!file) { response.writeHead(404); response.end(); return; }
    response.writeHead(200, { 'content-type': file[0] });
    response.end(readFileSync(file[1]));
});
await new Promise(resolve => { server.listen(0, '127.0.0.1', () => resolve(undefined)); });
// A TCP server that listens has an address with a port (a string is for pipes).
origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

/** @type {Array<{ name: string; ok: boolean; detail: string }>} */
const results = [];
/**
 * @param {string} name
 * @param {unknown} ok
 * @param {string} [detail]
 */
function check(name, ok, detail = '') {
    results.push({ name, ok: Boolean(ok), detail });
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
// What VS Code's themes give a box's fill (--vscode-editorWidget-background) in each stand-in.
const BOX_FILL = { light: 'rgb(248, 248, 248)', dark: 'rgb(32, 32, 32)', 'high-contrast': 'rgb(12, 20, 31)' };
try {
    for (const theme of /** @type {const} */ (['light', 'dark', 'high-contrast'])) {
        const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
        /** @type {string[]} */
        const violations = [];
        page.on('console', message => { if (/Content Security Policy/i.test(message.text())) violations.push(message.text()); });
        page.on('pageerror', error => violations.push(`page error: ${error.message}`));
        page.on('dialog', dialog => { violations.push(`dialog: ${dialog.message()}`); void dialog.dismiss(); });
        await page.addInitScript(() => {
            const test = /** @type {TestWindow} */ (window);
            /** @type {PageMessage[]} */
            const posted = [];
            test.posted = posted;
            /** @type {unknown} */
            let state;
            test.acquireVsCodeApi = () => ({ postMessage: (/** @type {PageMessage} */ message) => posted.push(message), getState: () => state, setState: (/** @type {unknown} */ next) => { state = next; } });
        });
        await page.goto(`${origin}/`);
        await page.addStyleTag({ url: `${origin}/themes.css` });
        await page.evaluate(name => document.documentElement.classList.add(name), theme);
        const posted = () => page.evaluate(() => /** @type {TestWindow} */ (window).posted ?? []);
        const transform = () => page.evaluate(() => document.getElementById('stage')?.style.transform ?? '');
        check(`${theme}: the page says it is ready`, (await posted()).some(message => message.type === 'ready'));

        /**
         * Posts a diagram as the extension does and waits until the page has drawn it.
         * @param {ViewName} view
         * @param {string} svg
         */
        const show = async (view, svg) => {
            await page.evaluate(() => document.querySelector('#stage svg')?.classList.add('old'));
            await page.evaluate(([v, s]) => window.postMessage({ type: 'diagram', view: v, svg: s }, '*'), [view, svg]);
            await page.waitForSelector('#stage svg:not(.old)');
        };
        await show('org', hostile.org);
        const drawn = await page.evaluate(() => {
            const rect = document.querySelector('#stage g.node rect');
            return {
                nodes: [...document.querySelectorAll('#stage g.node')].map(node => node.getAttribute('data-id')),
                edges: [...document.querySelectorAll('#stage g.edge')].map(edge => edge.getAttribute('data-id')),
                injected: document.querySelectorAll('#stage img, #stage script, #stage foreignObject, #stage b, #stage [onerror], #stage [onload]').length,
                text: document.getElementById('stage')?.textContent ?? '',
                fill: rect ? getComputedStyle(rect).fill : '',
            };
        });
        check(`${theme}: the org view draws a box per role and the reporting lines`, drawn.nodes.join() === 'Boss,Rep,Sdr' && drawn.edges.join() === 'reports:Rep,reports:Sdr', JSON.stringify(drawn.nodes) + JSON.stringify(drawn.edges));
        check(`${theme}: hostile titles stay text`, drawn.injected === 0 && drawn.text.includes('<img src=x onerror=alert(1)>') && drawn.text.includes('Hostile <b>Inc</b>'), drawn.text.slice(0, 200));
        check(`${theme}: boxes take the editor theme's colors`, drawn.fill === BOX_FILL[theme], drawn.fill);

        await page.click('#stage g.node[data-id="Boss"]');
        const reveal = (await posted()).find(message => message.type === 'reveal');
        check(`${theme}: clicking a box asks to reveal its source`, reveal && reveal.uri.endsWith('hostile.revorg') && reveal.line === 15 && reveal.character === 5, JSON.stringify(reveal));

        // The editor's cursor on a line inside Boss's declaration (lines 15-19) highlights Boss.
        await page.evaluate(uri => window.postMessage({ type: 'select', uri, line: 17 }, '*'), reveal?.uri);
        await page.waitForSelector('#stage g.node.selected', { timeout: 2000 }).catch(() => undefined);
        const selected = await page.evaluate(() => [...document.querySelectorAll('#stage .selected')].map(node => node.getAttribute('data-id')));
        check(`${theme}: the declaration under the editor's cursor is highlighted`, selected.join() === 'Boss', JSON.stringify(selected));

        // Zoom with the wheel and the keyboard; a redraw keeps zoom and scroll.
        await page.mouse.move(600, 400);
        await page.mouse.wheel(0, -300);
        await page.keyboard.press('+');
        const zoomed = await transform();
        await show('org', hostile.org);
        check(`${theme}: zooming works and a redraw keeps zoom and scroll`, zoomed !== '' && zoomed !== 'translate(0px, 0px) scale(1)' && (await transform()) === zoomed, `${zoomed} -> ${await transform()}`);
        const reselected = await page.evaluate(() => [...document.querySelectorAll('#stage .selected')].map(node => node.getAttribute('data-id')));
        check(`${theme}: the highlight survives a redraw`, reselected.join() === 'Boss', JSON.stringify(reselected));

        await page.click('#view-flow');
        check(`${theme}: the view buttons ask for the other view`, (await posted()).some(message => message.type === 'switchView' && message.view === 'flow'));
        await show('flow', hostile.flow);
        const flow = await page.evaluate(() => ({
            warning: [...document.querySelectorAll('#stage g.edge.edge-warning')].map(edge => edge.getAttribute('data-id')),
            normal: [...document.querySelectorAll('#stage g.edge.edge-normal')].map(edge => edge.getAttribute('data-id')),
            text: document.getElementById('stage')?.textContent ?? '',
            injected: document.querySelectorAll('#stage svg svg, #stage [onload]').length,
        }));
        check(`${theme}: the flow view draws a handoff without owner or SLA as a warning`, flow.warning.join() === 'MarketingToSdr' && flow.normal.join() === 'SdrToRep', JSON.stringify(flow));
        check(`${theme}: a hostile handoff title stays text`, flow.injected === 0 && flow.text.includes('<svg onload=alert(1)>'), flow.text.slice(0, 200));

        await page.evaluate(() => window.postMessage({ type: 'diagram', view: 'flow', empty: 'No handoff to draw yet.' }, '*'));
        await page.waitForSelector('#message:not([hidden])');
        const empty = await page.evaluate(() => ({ shown: document.getElementById('message')?.hidden === false, text: document.getElementById('message')?.textContent, boxes: document.querySelectorAll('#stage g.node').length }));
        check(`${theme}: says why when there is nothing to draw`, empty.shown && empty.text === 'No handoff to draw yet.' && empty.boxes === 0, JSON.stringify(empty));

        await page.click('#export');
        check(`${theme}: the export button asks for an SVG of the current view`, (await posted()).some(message => message.type === 'export' && message.view === 'flow'));

        /** @type {ViewName[]} */
        const views = theme === 'high-contrast' ? ['org'] : ['org', 'flow'];
        for (const view of views) {
            await show(view, example[view]);
            await page.click('#fit');
            await page.waitForTimeout(100);
            const fits = await page.evaluate(() => {
                const canvas = document.getElementById('canvas')?.getBoundingClientRect();
                const svg = document.querySelector('#stage svg')?.getBoundingClientRect();
                if (!canvas || !svg) return false;
                return svg.left >= canvas.left - 1 && svg.right <= canvas.right + 1 && svg.top >= canvas.top - 1 && svg.bottom <= canvas.bottom + 1;
            });
            check(`${theme}: ${view} of an example fits the panel`, fits);
            await page.screenshot({ path: path.join(out, `webview-${view}-${theme}.png`) });
        }
        check(`${theme}: no CSP violation, no page error, no script ran from the model`, violations.length === 0, violations.join(' | '));
        await page.close();
    }
} finally {
    await browser.close();
    server.close();
}

for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} webview: ${result.name}${result.ok ? '' : `\n     got: ${result.detail}`}`);
const failed = results.filter(result => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed (screenshots in ${path.relative(root, out)}/webview-*.png)`);
process.exit(failed ? 1 : 0);
