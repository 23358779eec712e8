#!/usr/bin/env node
// `revorg export --format mermaid` checked by Mermaid itself, in headless Chromium: for every
// example and for a model of hostile titles (hostile-titles.revorg), the real CLI writes the
// Markdown, and each ```mermaid block is parsed with `mermaid.parse` and drawn with
// `mermaid.render` from Mermaid's browser bundle (installed into .tools/ by
// scripts/e2e/install-tools.mjs, loaded into the page from disk: no network). The drawing must
// have a box per node, a line per edge and a frame per subgraph of the text; for the hostile model,
// every title must be drawn as its own text, with no element, script or dialog coming from it.
// Saves a screenshot of each drawing as .tools/e2e/mermaid-<model>-<view>.png; prints one line per
// check and exits 1 when one fails.
//
// Needs the built CLI (`npm run build`; `npm run test:e2e` builds it with `npm run package`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { installMermaid, MERMAID_BUNDLE, MERMAID_VERSION } from '../../scripts/e2e/install-tools.mjs';

/**
 * The page's window once Mermaid's bundle has run (the page's callbacks cast `window` to it
 * through `unknown`: a plain window has no `mermaid`).
 * @typedef {{ mermaid: {
 *   initialize(config: object): void;
 *   parse(text: string): Promise<{ diagramType: string }>;
 *   render(id: string, text: string): Promise<{ svg: string }>;
 * } }} MermaidWindow
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const out = path.join(root, '.tools', 'e2e');
const cli = path.join(root, 'packages', 'cli', 'bin', 'revorg.js');
const HOSTILE = path.join(here, 'hostile-titles.revorg');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Runs the built CLI; any exit code but 0 fails the run.
 * @param {string[]} args
 */
function revorg(args) {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`revorg ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return result.stdout;
}

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

/**
 * What the Mermaid text declares, counted from the text itself: the drawing must show as many.
 * @param {string} text
 */
function declared(text) {
    const lines = text.split('\n').map(line => line.trim());
    return {
        nodes: lines.filter(line => /^n\d+[[(]/.test(line)).length,
        edges: lines.filter(line => /^n\d+ -(->|\.->)/.test(line)).length,
        frames: lines.filter(line => line.startsWith('subgraph ')).length,
    };
}

/** A title as a label shows it: its lines run together (each is a line of the label), control characters as spaces. */
/** @param {string} title */
const shown = title => title.replace(/\r\n|[\n\r]/g, '').replace(/[\t]/g, ' ');

if (!existsSync(cli)) throw new Error('the CLI is not built: run `npm run build` first');
if (!existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium not found: run scripts/e2e/install-system-packages.sh');
installMermaid();
mkdirSync(out, { recursive: true });

const examples = readdirSync(path.join(root, 'examples'), { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name).sort();
/** @type {Array<{ name: string; target: string }>} */
const models = [...examples.map(name => ({ name, target: path.join('examples', name) })), { name: 'hostile', target: path.relative(root, HOSTILE) }];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    /** @type {string[]} */
    const incidents = [];
    page.on('pageerror', error => incidents.push(`page error: ${error.message}`));
    page.on('dialog', dialog => { incidents.push(`dialog: ${dialog.message()}`); void dialog.dismiss(); });
    // Nothing may be fetched: the bundle is inlined from disk and a label must not load anything.
    await page.route('**/*', route => { incidents.push(`request: ${route.request().url()}`); void route.abort(); });
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#fff"><div id="stage" style="display:inline-block;padding:16px"></div></body></html>');
    await page.addScriptTag({ path: MERMAID_BUNDLE });
    await page.evaluate(() => /** @type {MermaidWindow} */ (/** @type {unknown} */ (window)).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default', flowchart: { useMaxWidth: false } }));
    check(`Mermaid ${MERMAID_VERSION} loaded from .tools without any request`, incidents.length === 0, incidents.join(' | '));

    for (const { name, target } of models) {
        const markdown = revorg(['export', target, '--format', 'mermaid']);
        const blocks = [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map(match => match[1]);
        check(`${name}: the Markdown has the org chart and the flow, each in a mermaid block`, blocks.length === 2 && blocks[0].startsWith('flowchart TD\n') && blocks[1].startsWith('flowchart LR\n'), `${blocks.length} blocks`);
        /** @type {Array<['org' | 'flow', string]>} */
        const views = [['org', blocks[0] ?? ''], ['flow', blocks[1] ?? '']];
        for (const [view, text] of views) {
            check(`${name} ${view}: --view ${view} writes the same diagram bare`, revorg(['export', target, '--format', 'mermaid', '--view', view]) === text);
            const before = incidents.length;
            const parsed = await page.evaluate(async diagram => {
                try {
                    return { type: (await /** @type {MermaidWindow} */ (/** @type {unknown} */ (window)).mermaid.parse(diagram)).diagramType, error: '' };
                } catch (error) {
                    return { type: '', error: String(/** @type {Error} */ (error).message ?? error) };
                }
            }, text);
            check(`${name} ${view}: mermaid.parse accepts it as a flowchart`, parsed.type.startsWith('flowchart') && !parsed.error, parsed.error || parsed.type);
            const drawn = await page.evaluate(async ([diagram, id]) => {
                const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
                stage.innerHTML = '';
                try {
                    const { svg } = await /** @type {MermaidWindow} */ (/** @type {unknown} */ (window)).mermaid.render(id, diagram);
                    stage.innerHTML = svg;
                } catch (error) {
                    return { error: String(/** @type {Error} */ (error).message ?? error), nodes: 0, edges: 0, frames: 0, injected: 0, labels: [] };
                }
                const drawing = /** @type {SVGSVGElement} */ (stage.querySelector('svg'));
                return {
                    error: '',
                    nodes: drawing.querySelectorAll('g.node').length,
                    edges: drawing.querySelectorAll('path.flowchart-link').length,
                    frames: drawing.querySelectorAll('g.cluster').length,
                    // Only revorg's own <br> may be markup inside a label.
                    injected: drawing.querySelectorAll('img, script, iframe, object, embed, a, b, i, em, strong, code, del, [onerror], [onload], [onclick]').length,
                    labels: [...drawing.querySelectorAll('.nodeLabel, .edgeLabel, .cluster-label')].map(label => label.textContent ?? ''),
                };
            }, [text, `${name}-${view}`.replace(/[^\w-]/g, '-')]);
            const expected = declared(text);
            check(`${name} ${view}: mermaid.render draws it`, !drawn.error, drawn.error);
            check(`${name} ${view}: a box per node, a line per edge, a frame per subgraph (${expected.nodes}, ${expected.edges}, ${expected.frames})`,
                drawn.nodes === expected.nodes && drawn.edges === expected.edges && drawn.frames === expected.frames,
                JSON.stringify({ drawn: { nodes: drawn.nodes, edges: drawn.edges, frames: drawn.frames }, expected }));
            check(`${name} ${view}: no element from the model's text, no script run, no request`, drawn.injected === 0 && incidents.length === before, `${drawn.injected} elements; ${incidents.slice(before).join(' | ')}`);
            if (name === 'hostile') {
                /** @type {unknown} */
                const parsed = JSON.parse(revorg(['export', target, '--format', 'json']));
                const model = /** @type {import('../../packages/insights/src/index.js').ModelExport} */ (parsed);
                const text = drawn.labels.join('\n');
                const titles = view === 'org'
                    ? [...model.roles.map(role => role.title ?? role.name), ...model.teams.filter(team => team.name === 'subgraph').map(team => team.title ?? team.name)]
                    : [...model.teams.filter(team => team.name === 'Marketing').map(team => team.title ?? team.name), 'classDef'];
                const missing = titles.filter(title => !text.includes(shown(title)));
                check(`hostile ${view}: every title is drawn as its own text (${titles.length})`, missing.length === 0, `missing ${JSON.stringify(missing)} in ${JSON.stringify(drawn.labels)}`);
            }
            if (!drawn.error) await page.locator('#stage').screenshot({ path: path.join(out, `mermaid-${name}-${view}.png`) });
        }
    }
} finally {
    await browser.close();
}

for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} mermaid: ${result.name}${result.ok ? '' : `\n     got: ${result.detail}`}`);
const failed = results.filter(result => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed (screenshots in ${path.relative(root, out)}/mermaid-*.png)`);
process.exit(failed ? 1 : 0);
