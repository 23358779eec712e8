#!/usr/bin/env node
// `npm run bench:diagram`: how fast diagrams are drawn, and whether the language server's memory
// stays flat while the preview redraws.
//  1. `revorg render` as a whole process (node start to exit: parse, validate, layout, SVG) on the
//     generated models of 1k and 5k roles, both views, and on a dense flow (hundreds of handoffs
//     between a few dozen teams); with the in-process split between building the model and the
//     layout + SVG.
//  2. The preview: the real language server over stdio with a 200-role model. Each round edits a
//     file, waits for the server's `revorg/modelChanged` and asks for the diagram, as the preview
//     does; measured from the notification (the rebuild done) to the SVG received.
//  3. Memory: the server's resident set size (RSS, from /proc) over 1,000 such redraws.
// `--quick` (used by the test suite to keep this script working) runs small sizes and few rounds;
// `--redraws N` makes the memory series N redraws long.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    InitializedNotification, InitializeRequest, RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { generateDenseFlow, generateModel } from './generate-model.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const quick = process.argv.includes('--quick');
const cli = path.join(root, 'packages', 'cli', 'bin', 'revorg.js');
const serverBin = path.join(root, 'packages', 'server', 'bin', 'revorg-language-server.js');
const { lintFiles } = await import('../packages/language/out/node.js');
const { buildGraph, drawDiagram } = await import('../packages/diagram/out/index.js');
const { DiagramRequest, ModelChangedNotification } = await import('../packages/server/out/protocol.js');
const { glob } = await import('tinyglobby');

/** @param {number[]} values */
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** @type {(values: number[], p: number) => number} */
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
/** @param {number} value */
const ms = value => `${value.toFixed(0).padStart(6)} ms`;

console.log(`revorg diagram benchmark: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB${quick ? ' (quick)' : ''}\n`);

// 1. revorg render, whole process.
/** @type {Array<{ name: string; dir: string; views: Array<'org' | 'flow'>; runs: number }>} */
const models = [];
for (const roles of quick ? [200] : [1000, 5000]) {
    const dir = path.join(root, '.bench', `model-${roles}`);
    generateModel(dir, roles);
    models.push({ name: `${roles} roles`, dir, views: ['org', 'flow'], runs: quick ? 1 : roles > 1000 ? 1 : 5 });
}
const dense = quick ? { teams: 10, handoffs: 60 } : { teams: 40, handoffs: 400 };
const denseDir = path.join(root, '.bench', `dense-${dense.teams}-${dense.handoffs}`);
generateDenseFlow(denseDir, dense.teams, dense.handoffs);
models.push({ name: `dense: ${dense.teams} teams, ${dense.handoffs} handoffs`, dir: denseDir, views: ['flow'], runs: quick ? 1 : 3 });

console.log('model                             view  nodes  edges |  layout+SVG (in-process) | revorg render (whole process)');
for (const model of models) {
    const paths = (await glob('**/*.revorg', { cwd: model.dir, absolute: true })).sort();
    const outcome = await lintFiles(paths);
    const facts = outcome.facts();
    for (const view of model.views) {
        const graph = buildGraph(facts, view);
        const nodes = graph.nodes.reduce((sum, node) => sum + 1 + (node.children?.length ?? 0), 0);
        const inProcess = [];
        for (let run = 0; run < model.runs; run++) {
            const started = performance.now();
            await drawDiagram(facts, view, { theme: 'light' });
            inProcess.push(performance.now() - started);
        }
        const whole = [];
        for (let run = 0; run < model.runs; run++) {
            const started = performance.now();
            const result = spawnSync(process.execPath, [cli, 'render', model.dir, '--view', view, '-o', path.join(root, '.bench', `render-${view}.svg`)], { encoding: 'utf8' });
            whole.push(performance.now() - started);
            if (result.status !== 0) throw new Error(`revorg render failed: ${result.stderr}`);
        }
        console.log(`${model.name.padEnd(33)} ${view.padEnd(4)} ${String(nodes).padStart(6)} ${String(graph.edges.length).padStart(6)} |  ${ms(median(inProcess))}               |  ${ms(median(whole))}`);
    }
}

// 2 and 3. The preview against the real language server.
const previewRoles = 200;
// `--redraws N` runs a longer memory series (the default is 1,000).
const redrawsArg = process.argv.indexOf('--redraws');
const redraws = redrawsArg > 0 ? Number(process.argv[redrawsArg + 1]) : quick ? 20 : 1000;
const latencyRounds = quick ? 10 : 50;
const previewDir = path.join(root, '.bench', `preview-${previewRoles}`);
generateModel(previewDir, previewRoles);
const edited = path.join(previewDir, 'team-0001.revorg');
const editedUri = pathToFileURL(edited).toString();
const text = readFileSync(edited, 'utf8');
const lines = text.split('\n');
const headcountLine = lines.findIndex(line => /^\s+headcount: \d+$/.test(line));
const column = lines[headcountLine].indexOf(':') + 2;

const server = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
let onModelChanged = () => {};
connection.onNotification(ModelChangedNotification, () => onModelChanged());
connection.onRequest(RegistrationRequest.type, () => undefined);
connection.listen();
await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(previewDir).toString(),
    workspaceFolders: [{ uri: pathToFileURL(previewDir).toString(), name: 'bench' }],
    capabilities: {},
});
await connection.sendNotification(InitializedNotification.type, {});
await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: editedUri, languageId: 'revorg', version: 1, text } });
// The first request also turns the server's rebuild notifications on, as the preview's does.
const first = await connection.sendRequest(DiagramRequest, { view: 'org' });
if (!first.svg) throw new Error(`no diagram: ${first.empty}`);

function rss() {
    try {
        const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
        return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
    } catch {
        return Number.NaN; // not Linux
    }
}

let version = 1;
/**
 * One preview redraw: an edit, the rebuild's notification, the diagram. Returns both latencies.
 * @param {number} round
 */
async function redraw(round) {
    /** @type {Promise<void>} */
    const rebuilt = new Promise(resolve => { onModelChanged = resolve; });
    const edited = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: editedUri, version: ++version },
        contentChanges: [{ range: { start: { line: headcountLine, character: column }, end: { line: headcountLine, character: column + 1 } }, text: String(1 + (round % 9)) }],
    });
    await rebuilt;
    const started = performance.now();
    const result = await connection.sendRequest(DiagramRequest, { view: 'org' });
    if (!result.svg) throw new Error('the diagram disappeared');
    const done = performance.now();
    return { afterRebuild: done - started, afterEdit: done - edited };
}

const afterRebuild = [];
const afterEdit = [];
for (let round = 0; round < latencyRounds + 5; round++) {
    const took = await redraw(round);
    if (round < 5) continue; // warm-up
    afterRebuild.push(took.afterRebuild);
    afterEdit.push(took.afterEdit);
}
console.log(`\npreview, ${previewRoles} roles, org view, real language server, ${latencyRounds} redraws`);
console.log(`  rebuild notification -> SVG received  median ${median(afterRebuild).toFixed(0)} ms, p90 ${percentile(afterRebuild, 0.9).toFixed(0)} ms`);
console.log(`  edit -> SVG received                  median ${median(afterEdit).toFixed(0)} ms, p90 ${percentile(afterEdit, 0.9).toFixed(0)} ms`);

const samples = [{ redraws: 0, rss: rss() }];
const every = quick ? 5 : Math.max(100, Math.round(redraws / 10 / 100) * 100);
for (let round = 1; round <= redraws; round++) {
    await redraw(round);
    if (round % every === 0) samples.push({ redraws: round, rss: rss() });
}
console.log(`\nlanguage server memory over ${redraws} preview redraws (RSS, MB)`);
console.log(`  ${samples.map(sample => `${sample.redraws}: ${sample.rss.toFixed(0)}`).join('  ')}`);

await connection.sendRequest(ShutdownRequest.type);
await connection.sendNotification(ExitNotification.type);
connection.dispose();
await new Promise(resolve => server.on('exit', resolve));
