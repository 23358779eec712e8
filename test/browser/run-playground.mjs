#!/usr/bin/env node
// The playground (packages/playground) in real headless Chromium, served by its own static server
// (packages/playground/scripts/serve.mjs) from a fresh build: it picks an example and sees the
// diagnostics and the diagram, types an error and sees it reported, applies the quick fix, clicks
// a box in the org chart and sees the cursor on its declaration, reloads and finds the text kept,
// reloads offline and still gets diagnostics and the diagram (the service worker's copy), and opens the share
// link in a fresh context to get the same model. Every request the pages make
// is recorded; one to anything but the local server fails the run.
//
// It also measures what BENCHMARKS.md records: the playground's transferred size (gzip), the time
// to first diagnostics of the largest example after load, and keystroke -> diagnostics in the page
// for a 1,000-role model (scripts/generate-model.mjs). `--json <file>` writes the numbers.
//
// Always builds the playground first (`npm run build:playground`: a few seconds), so what is tested
// is the current source. Screenshots: .tools/e2e/playground-*.png; the README shows
// docs/images/playground.png, copied from playground-example.png when run with --update-screenshot.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateModel } from '../../scripts/generate-model.mjs';
import { serveFolder } from '../../packages/playground/scripts/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const out = path.join(root, '.tools', 'e2e');
const dist = path.join(root, 'packages', 'playground', 'dist');
mkdirSync(out, { recursive: true });
const jsonIndex = process.argv.indexOf('--json');
const jsonFile = jsonIndex > 0 ? process.argv[jsonIndex + 1] : undefined;

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

const built = spawnSync('npm', ['run', '--silent', 'build:playground'], { cwd: root, encoding: 'utf8' });
if (built.status !== 0) {
    console.log(`FAIL playground: npm run build:playground exits 0\n     got: ${built.status} ${built.stdout}${built.stderr}`);
    process.exit(1);
}

// What a visitor downloads: every file of the folder, gzipped as a static host serves it.
const transferred = readdirSync(dist).filter(name => !name.endsWith('.map'))
    .map(name => ({ name, raw: statSync(path.join(dist, name)).size, gzip: gzipSync(readFileSync(path.join(dist, name))).length }));
const totalGzip = transferred.reduce((sum, file) => sum + file.gzip, 0);
check('the playground transfers at most 3 MB gzipped', totalGzip <= 3 * 1024 * 1024, `${totalGzip} bytes`);

const examples = readdirSync(path.join(root, 'examples'), { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name).sort();
const exampleFiles = (/** @type {string} */ name) => readdirSync(path.join(root, 'examples', name)).filter(file => file.endsWith('.revorg')).sort()
    .map(file => ({ name: file, text: readFileSync(path.join(root, 'examples', name, file), 'utf8') }));
const sizeOf = (/** @type {string} */ name) => exampleFiles(name).reduce((sum, file) => sum + file.text.length, 0);
const largest = [...examples].sort((a, b) => sizeOf(b) - sizeOf(a))[0];
/**
 * `revorg lint --format json` of an example as the tabs show it: `file:errors/warnings`, a tab per file.
 * @param {string} example
 */
const cliCounts = example => {
    const lint = spawnSync(process.execPath, [path.join(root, 'packages', 'cli', 'bin', 'revorg.js'), 'lint', path.join('examples', example), '--format', 'json'], { cwd: root, encoding: 'utf8' });
    /** @type {unknown} */
    const parsed = JSON.parse(lint.stdout);
    const results = /** @type {Array<{ filePath: string; errorCount: number; warningCount: number }>} */ (parsed);
    return results.map(result => `${path.basename(result.filePath)}:${result.errorCount}/${result.warningCount}`).join(' ');
};

const server = await serveFolder(dist, 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
/** @type {string[]} */
const outside = [];
/** @type {string[]} */
const problems = [];

/** A fresh context (its own storage, like another browser) whose requests and errors are recorded. */
async function freshPage() {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.on('request', request => { if (!request.url().startsWith(server.url) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) outside.push(request.url()); });
    page.on('console', message => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
    page.on('pageerror', error => problems.push(`page error: ${error.message}`));
    return { context, page };
}

/**
 * How many times diagnostics were shown: for one file (its tab counts them), or for any.
 * @param {import('playwright-core').Page} page
 * @param {string} [file]
 */
const shownCount = (page, file) => page.evaluate(name => Number((name ? document.querySelector(`.tab[data-file="${name}"]`) : document.body)?.getAttribute('data-diagnostics-shown') ?? '0'), file);

/**
 * Waits until diagnostics were shown more often than `before` (for `file`, when given): with 0, until the first.
 * @param {import('playwright-core').Page} page
 * @param {number} before
 * @param {string} [file]
 */
const diagnosticsAfter = (page, before, file) => page.waitForFunction(([count, name]) => Number((name ? document.querySelector(`.tab[data-file="${name}"]`) : document.body)?.getAttribute('data-diagnostics-shown') ?? '0') > count, /** @type {const} */ ([before, file]), { polling: 'raf', timeout: 30_000 });

/** The text of the file of the visible tab, from the editor's document (CodeMirror draws only what is in view). */
/** @param {import('playwright-core').Page} page */
async function visibleText(page) {
    await page.locator('.editor:not([hidden]) .cm-content').click();
    await page.keyboard.press('Control+End');
    return page.evaluate(() => document.querySelector('.editor:not([hidden]) .cm-content')?.textContent ?? '');
}

/** @type {Record<string, number>} */
const numbers = { totalGzipBytes: totalGzip };
/** @type {string[]} */
const budgets = [];
/**
 * A time measured against its aim (issue 12). Reported, not failed on: times depend on the machine
 * and its load (the size budget, which does not, is a check above). BENCHMARKS.md records them.
 * @param {string} name
 * @param {number} ms
 * @param {number} aim
 */
function budget(name, ms, aim) {
    budgets.push(`${ms <= aim ? 'within' : 'OVER  '} budget: ${name}: ${ms} ms (aim <= ${aim} ms)`);
}
try {
    // 1. First load: the largest example through the examples menu; its time to first diagnostics from a share-free load.
    const { context, page } = await freshPage();
    await page.goto(server.url);
    await diagnosticsAfter(page, 0);
    check('the page starts with an example and its diagnostics', (await page.locator('.tab').count()) > 0);
    const menu = await page.locator('#examples option').evaluateAll(options => options.map(option => /** @type {HTMLOptionElement} */ (option).value).filter(Boolean));
    check('the examples menu lists every bundled example', menu.join() === examples.join(), menu.join());

    const before = await shownCount(page);
    await page.selectOption('#examples', 'island-startup');
    await diagnosticsAfter(page, before);
    const tabs = await page.locator('.tab').evaluateAll(elements => elements.map(element => element.getAttribute('data-file')));
    check('picking an example opens its files as tabs', tabs.join() === exampleFiles('island-startup').map(file => file.name).join(), tabs.join());
    await page.waitForFunction(() => document.querySelectorAll('#diagram svg g.node').length > 0, undefined, { timeout: 30_000 });
    check('the org chart of the example is drawn', await page.locator('#diagram svg g.node').count() > 3);
    await page.screenshot({ path: path.join(out, 'playground-example.png') });

    // The other view, and Export SVG.
    await page.locator('#view-flow').click();
    await page.waitForFunction(() => document.querySelector('#diagram svg')?.getAttribute('data-view') === 'flow', undefined, { timeout: 30_000 });
    check('the revenue flow is drawn on request', await page.locator('#diagram svg[data-view="flow"] g.node').count() > 0);
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await page.locator('#export-svg').click();
    const saved = await download;
    const savedPath = await saved.path();
    check('Export SVG saves the view as an SVG file', saved.suggestedFilename() === 'revorg-flow.svg' && readFileSync(savedPath, 'utf8').startsWith('<svg'), saved.suggestedFilename());
    await page.locator('#view-org').click();
    await page.waitForFunction(() => document.querySelector('#diagram svg')?.getAttribute('data-view') === 'org', undefined, { timeout: 30_000 });

    // Hover and completion come from the server.
    await page.locator('.tab[data-file="org.revorg"]').click();
    await page.locator('.editor:not([hidden]) .cm-line', { hasText: 'kind: ceo' }).first().locator('text=ceo').hover();
    const hover = page.locator('.cm-tooltip-hover');
    await hover.waitFor({ timeout: 15_000 }).catch(() => undefined);
    check('hovering a value shows the server\'s hover', (await hover.count()) > 0 && ((await hover.textContent()) ?? '').length > 10, (await hover.count()) ? await hover.textContent() ?? '' : 'no tooltip');
    await page.mouse.move(0, 0);

    // 2. An error typed at the end of org.revorg is reported; its quick fix repairs it.
    await page.locator('.tab[data-file="org.revorg"]').click();
    await page.locator('.editor:not([hidden]) .cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('role Extra "Extra rep" { kind: ', { delay: 5 });
    await page.keyboard.press('Control+Space');
    const completion = page.locator('.cm-tooltip-autocomplete li');
    // The list typing `role` opened may still be showing: wait for the one asked for after `kind:`.
    await completion.filter({ hasText: /^sdr/ }).first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    const offered = await completion.allTextContents();
    check('completion after `kind:` offers the role kinds', offered.some(text => text.startsWith('sdr')) && offered.some(text => text.startsWith('ae')), offered.slice(0, 8).join(' | '));
    await page.keyboard.press('Escape');
    // Back to an empty line: the typed half-declaration goes.
    for (let index = 0; index < 'role Extra "Extra rep" { kind: '.length; index++) await page.keyboard.press('Backspace');
    const typedAt = await shownCount(page, 'org.revorg');
    await page.keyboard.type('role Extra "Extra rep" { kind: ae; team: Saless }', { delay: 5 });
    await page.keyboard.press('Escape');
    await diagnosticsAfter(page, typedAt, 'org.revorg');
    const error = page.locator('.editor:not([hidden]) .cm-lintRange-error', { hasText: 'Saless' });
    await error.waitFor({ timeout: 15_000 });
    check('a typed unresolved reference is underlined as an error', await error.count() === 1);
    await error.hover();
    const fix = page.locator('.cm-tooltip-lint .cm-diagnosticAction').first();
    await fix.waitFor({ timeout: 15_000 });
    const fixTitle = await fix.textContent();
    await page.screenshot({ path: path.join(out, 'playground-quick-fix.png') });
    await fix.click();
    await page.waitForFunction(() => !document.querySelector('.editor:not([hidden]) .cm-lintRange-error'), undefined, { timeout: 15_000 }).catch(() => undefined);
    const fixed = await visibleText(page);
    check('the quick fix replaces the name with the declared one', fixed.includes('team: Sales }') && !fixed.includes('Saless'), `${fixTitle}: ${fixed.slice(-120)}`);
    check('after the fix, no error is left in the file', await page.locator('.editor:not([hidden]) .cm-lintRange-error').count() === 0);

    // The rule configuration: turning a rule off in revorg.config.json takes its diagnostic away; a wrong rule name is listed as a problem.
    const ruleRows = await page.locator('#rule-list li').count();
    check('the rule list shows the rules', ruleRows > 20, String(ruleRows));
    const warningsBefore = await page.locator('.tab[data-file="org.revorg"]').getAttribute('data-warnings');
    await page.locator('.rules summary').click();
    const configAt = await shownCount(page, 'org.revorg');
    await page.locator('#config-editor .cm-content').click();
    await page.keyboard.insertText('{ "rules": { "multiple-top-roles": "off", "no-such-rule": "warning" } }');
    await diagnosticsAfter(page, configAt, 'org.revorg');
    await page.locator('#config-problems li').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    const configProblems = await page.locator('#config-problems li').allTextContents();
    check('a wrong rule name in the config is listed under it', configProblems.some(text => text.includes('no-such-rule')), configProblems.join(' | '));
    const said = await page.locator('#server-message').textContent();
    check('the server\'s message about the config is shown in the status line', (said ?? '').includes('no-such-rule'), said ?? '');
    const warningsAfter = await page.locator('.tab[data-file="org.revorg"]').getAttribute('data-warnings');
    check('turning a rule off in the config takes its warnings away', Number(warningsAfter) < Number(warningsBefore), `${warningsBefore} -> ${warningsAfter}`);
    const turnedOff = page.locator('#rule-list li[data-rule="multiple-top-roles"] .severity');
    await page.waitForFunction(() => document.querySelector('#rule-list li[data-rule="multiple-top-roles"] .severity')?.getAttribute('data-setting') === 'off', undefined, { timeout: 15_000 }).catch(() => undefined);
    check('the rule list shows the rule turned off, beside its default', (await turnedOff.textContent()) === 'off (default warning)', (await turnedOff.textContent()) ?? '');
    await page.screenshot({ path: path.join(out, 'playground-rules.png') });
    await page.locator('.rules summary').click();

    // 3. A click on a box puts the cursor on its declaration.
    const box = page.locator('#diagram g.node[data-uri$="org.revorg"]').first();
    const target = await box.evaluate(node => ({ line: Number(node.getAttribute('data-line')), title: node.querySelector('text')?.textContent ?? '' }));
    await page.locator('.tab[data-file="pipeline.revorg"]').click();
    await box.click();
    const expectedLine = exampleFiles('island-startup').find(file => file.name === 'org.revorg')?.text.split('\n')[target.line] ?? '';
    const cursor = await page.evaluate(() => ({
        tab: document.querySelector('.tab[aria-selected="true"]')?.getAttribute('data-file'),
        line: document.querySelector('.editor:not([hidden]) .cm-activeLine')?.textContent ?? '',
    }));
    check('a click on a box shows its file with the cursor on its declaration', cursor.tab === 'org.revorg' && cursor.line === expectedLine && /^\s*role /.test(expectedLine), `${JSON.stringify(cursor)} expected ${JSON.stringify(expectedLine)} (${target.title})`);
    const outlined = await page.locator('#diagram g.node.selected').evaluateAll(nodes => nodes.map(node => node.getAttribute('data-line')));
    check('the box of the declaration under the cursor is outlined', outlined.length === 1 && Number(outlined[0]) === target.line, outlined.join());
    await page.screenshot({ path: path.join(out, 'playground-jump.png') });

    // Go to definition (F12) crosses files: from a KPI's owner in operating.revorg to the role in org.revorg.
    await page.locator('.tab[data-file="operating.revorg"]').click();
    await page.locator('.editor:not([hidden]) .cm-line', { hasText: 'owners: [FullCycleAE' }).first().locator('text=FullCycleAE').click();
    await page.keyboard.press('F12');
    await page.waitForFunction(() => document.querySelector('.tab[aria-selected="true"]')?.getAttribute('data-file') === 'org.revorg', undefined, { timeout: 15_000 }).catch(() => undefined);
    const definition = await page.evaluate(() => document.querySelector('.editor:not([hidden]) .cm-activeLine')?.textContent ?? '');
    check('F12 on a name jumps to its declaration in another file', definition.startsWith('role FullCycleAE'), definition);

    // A new file is part of the model: its declaration links to another file's, and deleting it takes it out again.
    await page.locator('#new-file-name').fill('helpers');
    await page.locator('#new-file button[type="submit"]').click();
    await page.locator('.tab[data-file="helpers.revorg"][aria-selected="true"]').waitFor({ timeout: 5_000 });
    const helperAt = await shownCount(page, 'helpers.revorg');
    await page.locator('.editor:not([hidden]) .cm-content').click();
    await page.keyboard.insertText('role Helper "Helper" { kind: sdr; team: Sales; reportsTo: Founder }\n');
    await diagnosticsAfter(page, helperAt, 'helpers.revorg');
    check('a new file\'s declaration links to names in the other files', await page.locator('.tab[data-file="helpers.revorg"]').getAttribute('data-errors') === '0');
    await page.waitForFunction(() => [...document.querySelectorAll('#diagram g.node text')].some(text => text.textContent === 'Helper'), undefined, { timeout: 30_000 }).catch(() => undefined);
    check('the new file\'s role is in the org chart', await page.locator('#diagram g.node text', { hasText: /^Helper$/ }).count() === 1);
    page.once('dialog', dialog => void dialog.accept());
    await page.locator('.tab[data-file="helpers.revorg"] .tab-close').click();
    await page.waitForFunction(() => ![...document.querySelectorAll('#diagram g.node text')].some(text => text.textContent === 'Helper'), undefined, { timeout: 30_000 }).catch(() => undefined);
    check('deleting the file takes its role out of the model', await page.locator('.tab[data-file="helpers.revorg"]').count() === 0 && await page.locator('#diagram g.node text', { hasText: /^Helper$/ }).count() === 0);

    // 4. A reload keeps the text.
    await page.waitForTimeout(500);
    await page.reload();
    await diagnosticsAfter(page, 0);
    await page.locator('.tab[data-file="org.revorg"]').click();
    check('after a reload the edited text is still there', (await visibleText(page)).includes('role Extra "Extra rep" { kind: ae; team: Sales }'));

    // 5. Offline once loaded: with the network gone, a reload still opens the page and its language server (the service worker's copy).
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.reload();
    await diagnosticsAfter(page, 0).catch(() => undefined);
    check('offline, a reload still opens the playground with its diagnostics', await page.evaluate(() => document.body.dataset.diagnosticsShown !== undefined));
    // The layout engine is a chunk the worker imports at its first diagram: it must be in the offline copy too.
    await page.waitForFunction(() => document.querySelectorAll('#diagram svg g.node').length > 0, undefined, { timeout: 30_000 }).catch(() => undefined);
    check('offline, the diagram is still drawn', await page.locator('#diagram svg g.node').count() > 0);
    await context.setOffline(false);

    // 6. The share link opens the same model in a fresh context (no storage of its own).
    await page.locator('#share').click();
    const link = await page.locator('#share-link').inputValue();
    check('the share link carries the model in its fragment', link.startsWith(`${server.url}#model=`), link.slice(0, 80));
    const other = await freshPage();
    await other.page.goto(link);
    await diagnosticsAfter(other.page, 0);
    // The same model encodes to the same link: sharing again from the fresh browser gives it back.
    await other.page.locator('#share').click();
    const again = await other.page.locator('#share-link').inputValue();
    check('the share link opens the same model in a fresh browser', again === link, `${again.length} vs ${link.length} characters`);
    check('opening a share link leaves local storage alone until an edit', await other.page.evaluate(() => localStorage.getItem('revorg.playground.project')) === null);
    await other.context.close();
    await context.close();

    // 6b. Every example, opened one after another from the menu in one page (the files of one
    // replace those of the same names of the last), shows the CLI's errors and warnings per file.
    const tour = await freshPage();
    await tour.page.goto(server.url);
    await diagnosticsAfter(tour.page, 0);
    const mismatches = [];
    for (const example of [...examples, examples[0]]) {
        const expected = cliCounts(example);
        await tour.page.selectOption('#examples', example);
        const settled = await tour.page.waitForFunction(want => {
            const shown = [...document.querySelectorAll('.tab')].map(tab => `${tab.getAttribute('data-file')}:${tab.getAttribute('data-errors')}/${tab.getAttribute('data-warnings')}`).join(' ');
            if (shown === want) return true;
            /** @type {{ revorgLastSeen?: string }} */ (globalThis).revorgLastSeen = shown;
            return false;
        }, expected, { timeout: 20_000, polling: 250 }).then(() => true, () => false);
        if (!settled) {
            const seen = await tour.page.evaluate(() => String(/** @type {{ revorgLastSeen?: string }} */ (globalThis).revorgLastSeen));
            mismatches.push(`${example}: shown ${seen}, the CLI ${expected}`);
        }
    }
    check('every example, opened after another, shows the CLI\'s errors and warnings per file', mismatches.length === 0, mismatches.join('; '));
    await tour.context.close();

    // 7. Time to first diagnostics for the largest example, from the start of navigation.
    const largestRun = await freshPage();
    await largestRun.page.goto(server.url);
    await largestRun.page.evaluate(project => localStorage.setItem('revorg.playground.project', JSON.stringify(project)), { files: exampleFiles(largest), config: '' });
    await largestRun.page.reload();
    await largestRun.page.waitForFunction(() => performance.getEntriesByName('revorg-first-diagnostics').length > 0, undefined, { timeout: 30_000 });
    numbers.firstDiagnosticsMs = Math.round(await largestRun.page.evaluate(() => performance.getEntriesByName('revorg-first-diagnostics')[0].startTime));
    budget(`first diagnostics of the largest example (${largest}) after load`, numbers.firstDiagnosticsMs, 2000);
    await largestRun.context.close();

    // 8. Keystroke -> diagnostics with 1,000 roles: a character typed and taken back, timed from the key to the diagnostics of that file in the page.
    const generated = mkdtempSync(path.join(tmpdir(), 'revorg-playground-1k-'));
    try {
        generateModel(generated, 1000, { layout: 'multi-line', files: 10 });
        const files = readdirSync(generated).filter(name => name.endsWith('.revorg')).sort().map(name => ({ name, text: readFileSync(path.join(generated, name), 'utf8') }));
        const big = await freshPage();
        await big.page.goto(server.url);
        await big.page.evaluate(project => localStorage.setItem('revorg.playground.project', JSON.stringify(project)), { files, config: '' });
        await big.page.reload();
        await big.page.waitForFunction(() => performance.getEntriesByName('revorg-first-diagnostics').length > 0, undefined, { timeout: 60_000 });
        numbers.firstDiagnostics1kMs = Math.round(await big.page.evaluate(() => performance.getEntriesByName('revorg-first-diagnostics')[0].startTime));
        await big.page.waitForFunction(() => document.querySelectorAll('#diagram svg g.node').length > 0, undefined, { timeout: 60_000 });
        const file = (await big.page.locator('.tab[aria-selected="true"]').getAttribute('data-file')) ?? '';
        await big.page.locator('.editor:not([hidden]) .cm-content').click();
        await big.page.keyboard.press('Control+Home');
        await big.page.keyboard.press('End');
        /** @type {number[]} */
        const samples = [];
        for (let round = 0; round < 12; round++) {
            // Timed inside the page: from the key's keydown to the moment the file's tab counts new diagnostics.
            await big.page.evaluate(name => {
                const tab = document.querySelector(`.tab[data-file="${name}"]`);
                const timing = { down: 0, shown: 0 };
                Object.assign(window, { keystrokeTiming: timing });
                document.addEventListener('keydown', () => { timing.down = performance.now(); }, { capture: true, once: true });
                const observer = new MutationObserver(() => { if (timing.down) { timing.shown = performance.now(); observer.disconnect(); } });
                if (tab) observer.observe(tab, { attributes: true, attributeFilter: ['data-diagnostics-shown'] });
            }, file);
            await big.page.keyboard.press(round % 2 === 0 ? 'x' : 'Backspace');
            await big.page.waitForFunction(() => /** @type {{ keystrokeTiming: { shown: number } }} */ (/** @type {unknown} */ (window)).keystrokeTiming.shown > 0, undefined, { polling: 'raf', timeout: 30_000 });
            samples.push(Math.round(await big.page.evaluate(() => { const { down, shown } = /** @type {{ keystrokeTiming: { down: number; shown: number } }} */ (/** @type {unknown} */ (window)).keystrokeTiming; return shown - down; })));
            // Let the rest of the rebuild (other files' diagnostics, the diagram) settle before the next key.
            await big.page.waitForTimeout(300);
        }
        samples.sort((a, b) => a - b);
        numbers.keystrokeMedianMs = samples[Math.floor(samples.length / 2)];
        numbers.keystrokeMaxMs = samples[samples.length - 1];
        budget(`keystroke -> diagnostics at 1,000 roles, median of ${samples.length} (${samples.join(', ')} ms)`, numbers.keystrokeMedianMs, 150);
        await big.page.screenshot({ path: path.join(out, 'playground-1k.png') });
        await big.context.close();
    } finally {
        rmSync(generated, { recursive: true, force: true });
    }
} finally {
    await browser.close();
    await server.close();
}

check('no request left the local server', outside.length === 0, outside.join(' '));
check('no console error and no page error', problems.length === 0, problems.join(' | '));
if (process.argv.includes('--update-screenshot')) copyFileSync(path.join(out, 'playground-example.png'), path.join(root, 'docs', 'images', 'playground.png'));
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ ...numbers, files: transferred }, null, 2)}\n`);

for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} playground: ${result.name}${result.ok ? '' : `\n     got: ${result.detail}`}`);
for (const line of budgets) console.log(line);
console.log(`measured: ${JSON.stringify(numbers)}`);
const failed = results.filter(result => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed (screenshots in ${path.relative(root, out)}/playground-*.png)`);
process.exit(failed ? 1 : 0);
