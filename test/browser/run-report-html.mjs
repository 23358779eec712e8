#!/usr/bin/env node
// `revorg report --format html` in real headless Chromium: the real CLI writes the report of every
// example (and of a model whose titles try to inject markup) into .tools/e2e/, and each is opened
// as a file:// page, the way a leader opens the file they were sent. The page must load nothing but
// itself, log no error, run nothing from the model, and show its six sections with the diagrams;
// printed, nothing may stick out of the page. Screenshots: .tools/e2e/report-<model>.png (the
// whole page), report-<model>-top.png (the first screen) and report-<model>-summary.png (down to
// the end of the stack; the README shows revops-transition's as docs/images/report.png).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const out = path.join(root, '.tools', 'e2e');
mkdirSync(out, { recursive: true });
const cli = path.join(root, 'packages', 'cli', 'bin', 'revorg.js');

const examples = readdirSync(path.join(root, 'examples'), { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name).sort();
/** @type {Array<{ name: string; model: string; title: string; hostile?: boolean }>} */
const models = [
    ...examples.map(name => ({ name, model: path.join('examples', name), title: '' })),
    { name: 'hostile', model: path.join('test', 'webview', 'hostile.revorg'), title: 'Hostile <b>Inc</b>', hostile: true },
];

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

const SECTIONS = ['company', 'stack', 'maturity', 'headcount', 'handoffs', 'findings'];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
    for (const { name, model, title, hostile } of models) {
        const file = path.join(out, `report-${name}.html`);
        const run = spawnSync(process.execPath, [cli, 'report', model, '--format', 'html', '-o', file], { cwd: root, encoding: 'utf8' });
        check(`${name}: revorg report --format html exits 0`, run.status === 0, `${run.status} ${run.stderr}`);
        if (run.status !== 0) continue;
        const url = pathToFileURL(file).href;

        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        /** @type {string[]} */
        const problems = [];
        /** @type {string[]} */
        const requests = [];
        page.on('console', message => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`); });
        page.on('pageerror', error => problems.push(`page error: ${error.message}`));
        page.on('dialog', dialog => { problems.push(`dialog: ${dialog.message()}`); void dialog.dismiss(); });
        page.on('request', request => { if (request.url() !== url) requests.push(request.url()); });
        await page.goto(url, { waitUntil: 'load' });

        const seen = await page.evaluate(sections => {
            const ids = [...document.querySelectorAll('[id]')].map(element => element.id);
            return {
                h1: document.querySelector('h1')?.textContent ?? '',
                sections: sections.filter(id => document.querySelector(`section#${id} h2`) !== null),
                layers: document.querySelectorAll('.stack .layer').length,
                steps: document.querySelectorAll('.ladder .step').length,
                diagrams: [...document.querySelectorAll('figure.diagram svg')].map(svg => svg.getAttribute('data-view')),
                charts: document.querySelectorAll('svg.bar-chart').length,
                duplicateIds: ids.filter((id, index) => ids.indexOf(id) !== index),
                scripts: document.querySelectorAll('script, iframe, object, embed, foreignObject, [onerror], [onload], [onclick]').length,
                csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
                ruleLinks: [...document.querySelectorAll('#findings a[href]')].map(link => link.getAttribute('href') ?? ''),
                text: document.body.textContent ?? '',
            };
        }, SECTIONS);
        check(`${name}: the page names the company`, hostile ? seen.h1 === title : seen.h1.length > 0, seen.h1);
        check(`${name}: all six sections are there, in order`, seen.sections.join() === SECTIONS.join(), seen.sections.join());
        check(`${name}: the stack has five layers and the ladder four stages`, seen.layers === 5 && seen.steps === 4, `${seen.layers} layers, ${seen.steps} stages`);
        check(`${name}: the org chart and the revenue flow are embedded`, seen.diagrams.join() === 'org,flow', seen.diagrams.join());
        check(`${name}: the headcount shares are drawn as bar charts`, seen.charts === 2, String(seen.charts));
        check(`${name}: no element id is used twice (the two diagrams' markers stay apart)`, seen.duplicateIds.length === 0, seen.duplicateIds.join());
        check(`${name}: no script, frame or event handler in the page`, seen.scripts === 0, String(seen.scripts));
        check(`${name}: a Content-Security-Policy forbids scripts and remote loads`, /default-src 'none'/.test(seen.csp) && !/script-src/.test(seen.csp), seen.csp);
        check(`${name}: every finding links to its rule's page`, seen.ruleLinks.every(href => /^https:\/\/github\.com\/revorg\/revorg\/blob\/main\/docs\/rules\/[a-z0-9-]+\.md$/.test(href)), seen.ruleLinks.join());
        if (hostile) {
            check(`${name}: hostile titles stay text`, seen.text.includes('<img src=x onerror=alert(1)>') && seen.text.includes('<svg onload=alert(1)>'), seen.text.slice(0, 300));
        }

        await page.screenshot({ path: path.join(out, `report-${name}-top.png`) });
        // The summary, the company and the stack down to its last layer: the README's screenshot (docs/images/report.png).
        const stackBottom = await page.evaluate(() => { const box = document.querySelector('section#stack')?.getBoundingClientRect(); return box ? box.bottom + window.scrollY + 16 : 900; });
        await page.screenshot({ path: path.join(out, `report-${name}-summary.png`), clip: { x: 0, y: 0, width: 1280, height: Math.ceil(stackBottom) }, fullPage: true });
        await page.screenshot({ path: path.join(out, `report-${name}.png`), fullPage: true });

        await page.emulateMedia({ media: 'print' });
        const printed = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
        check(`${name}: printed, nothing sticks out of the page`, printed.scroll <= printed.width, `${printed.scroll} > ${printed.width}`);

        check(`${name}: no request but the page itself`, requests.length === 0, requests.join(' '));
        check(`${name}: no console error or warning, no page error, no dialog`, problems.length === 0, problems.join(' | '));
        await page.close();
    }
} finally {
    await browser.close();
}

for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} report html: ${result.name}${result.ok ? '' : `\n     got: ${result.detail}`}`);
const failed = results.filter(result => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed (screenshots in ${path.relative(root, out)}/report-*.png)`);
process.exit(failed ? 1 : 0);
