#!/usr/bin/env node
// `npm run bench:lsp`: the editor's latency in a 10k-role workspace. Starts the real language
// server over stdio, opens a 5,000-line file among 480 others, then (after warm-up) measures
//  - edit -> diagnostics: an incremental edit of a value in that file until the server publishes
//    that file's diagnostics again;
//  - add / remove a declaration -> diagnostics: a `role` with a new name inserted in the middle of
//    that file, then removed again, each until that file's diagnostics are published (the name
//    index changes: what references resolve to may change in any file);
//  - completion: a completion request after `reportsTo: ` in that file.
// Prints the median and the 90th percentile of each and, where Linux tells (/proc/PID/schedstat),
// how long the server's main thread was on a CPU in that time: on a busy machine the wall clock
// also counts waiting for a core, the CPU time hardly does. `--quick` uses the 1k-role model and
// fewer rounds. `--profile DIR` writes a CPU profile of the server and, in rounds.json, the
// (monotonic, microsecond) time window of each measured round, to cut the profile by round kind.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    CompletionRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest,
    StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { generateModel } from './generate-model.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const quick = process.argv.includes('--quick');
const roles = quick ? 1000 : 10000;
const rounds = quick ? 5 : 30;
const dir = path.join(root, '.bench', `lsp-${roles}`);

// The generated model, with its first 23 team files merged into one large file (~5,000 lines).
generateModel(dir, roles);
const teamFiles = readdirSync(dir).filter(name => name.startsWith('team-')).sort().slice(0, quick ? 5 : 23);
const big = path.join(dir, 'big.revorg');
writeFileSync(big, teamFiles.map(name => readFileSync(path.join(dir, name), 'utf8')).join('\n'));
for (const name of teamFiles) rmSync(path.join(dir, name));
const bigText = readFileSync(big, 'utf8');
const bigUri = pathToFileURL(big).toString();
const lines = bigText.split('\n');
const files = readdirSync(dir).length;

// `--profile DIR` writes a V8 CPU profile of the server (open it in Chrome DevTools).
const profileDir = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : undefined;
const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
const server = spawn(process.execPath, [...nodeArgs, path.join(root, 'packages', 'server', 'bin', 'revorg-language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
/** @type {Map<string, import('vscode-languageserver-protocol').Diagnostic[]>} */
const published = new Map();
/** @type {(uri: string) => void} */
let onPublish = () => {};
connection.onNotification(PublishDiagnosticsNotification.type, params => {
    published.set(params.uri, params.diagnostics);
    onPublish(params.uri);
});
connection.onRequest(RegistrationRequest.type, () => undefined);
connection.listen();

/** @type {(uri: string) => Promise<void>} */
const nextPublishOf = uri => new Promise(resolve => {
    onPublish = published => { if (published === uri) resolve(); };
});

const started = performance.now();
const firstDiagnostics = nextPublishOf(bigUri);
await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).toString(),
    workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'bench' }],
    capabilities: { textDocument: { synchronization: {}, completion: { completionItem: { snippetSupport: true } } } },
});
await connection.sendNotification(InitializedNotification.type, {});
await firstDiagnostics;
const startup = performance.now() - started;
await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: bigUri, languageId: 'revorg', version: 1, text: bigText } });
await new Promise(resolve => setTimeout(resolve, 1000));

// The server's main thread's time on a CPU, in ms (undefined where /proc does not tell).
const schedstat = `/proc/${server.pid}/schedstat`;
/** @returns {number | undefined} */
const cpuTime = () => (existsSync(schedstat) ? Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6 : undefined);

/** Applies one change to the large file and waits for its diagnostics; then lets the server settle. */
/** @typedef {{ elapsed: number; cpu: number | undefined; window: [number, number] }} Round */
/** @type {{ edit: Round[]; add: Round[]; remove: Round[] }} */
const measured = { edit: [], add: [], remove: [] };
let version = 1;
/**
 * @param {'edit' | 'add' | 'remove'} kind
 * @param {import('vscode-languageserver-protocol').TextDocumentContentChangeEvent} change
 * @param {boolean} record
 */
async function measure(kind, change, record) {
    const arrived = nextPublishOf(bigUri);
    const windowStart = process.hrtime.bigint();
    const cpuBefore = cpuTime();
    const before = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: bigUri, version: ++version }, contentChanges: [change] });
    await arrived;
    const elapsed = performance.now() - before;
    const cpuAfter = cpuTime();
    const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
    await new Promise(resolve => setTimeout(resolve, 50));
    if (record) measured[kind].push({ elapsed, cpu, window: [Number(windowStart / 1000n), Number(process.hrtime.bigint() / 1000n)] });
}

// Edits: toggle a headcount in the middle of the big file, as a user typing would.
const headcountLine = lines.findIndex((line, index) => index > lines.length / 2 && /^\s+headcount: \d+$/.test(line));
const column = lines[headcountLine].indexOf(':') + 2;
for (let round = 0; round < rounds + 3; round++) {
    const digit = String(1 + (round % 9));
    await measure('edit', { range: { start: { line: headcountLine, character: column }, end: { line: headcountLine, character: column + 1 } }, text: digit }, round >= 3);
}

// Declarations: a copy of a role under a new name, inserted before that role, then removed.
const roleLine = lines.findIndex((line, index) => index > lines.length / 2 && /^role \w+/.test(line));
const roleEnd = lines.indexOf('}', roleLine);
const added = [lines[roleLine].replace(/^role \w+/, 'role BenchAdded'), ...lines.slice(roleLine + 1, roleEnd + 1), '', ''].join('\n');
const at = { line: roleLine, character: 0 };
const afterAdded = { line: roleLine + roleEnd - roleLine + 2, character: 0 };
for (let round = 0; round < rounds + 3; round++) {
    await measure('add', { range: { start: at, end: at }, text: added }, round >= 3);
    // The added role is a valid declaration: were it reported, this would measure another case.
    const reported = published.get(bigUri)?.find(diagnostic => diagnostic.code === 'duplicate-name' || diagnostic.code === 'unresolved-reference');
    if (reported) throw new Error(`The added role is reported: ${typeof reported.message === 'string' ? reported.message : reported.message.value}`);
    await measure('remove', { range: { start: at, end: afterAdded }, text: '' }, round >= 3);
}
if (profileDir) {
    mkdirSync(profileDir, { recursive: true });
    writeFileSync(path.join(profileDir, 'rounds.json'), JSON.stringify(Object.fromEntries(Object.entries(measured).map(([kind, list]) => [kind, list.map(round => round.window)]))));
}

const reportsToLine = lines.findIndex((line, index) => index > lines.length / 2 && /^\s+reportsTo: \w+$/.test(line));
const position = { line: reportsToLine, character: lines[reportsToLine].indexOf(':') + 2 };
const completionTimes = [];
let offered = 0;
for (let round = 0; round < rounds + 3; round++) {
    const before = performance.now();
    const result = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri: bigUri }, position });
    if (round >= 3) completionTimes.push(performance.now() - before);
    offered = Array.isArray(result) ? result.length : result?.items.length ?? 0;
}

await connection.sendRequest(ShutdownRequest.type);
await connection.sendNotification(ExitNotification.type);
connection.dispose();
await new Promise(resolve => server.on('exit', resolve));

/** @type {(values: number[], p: number) => number} */
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
/** @param {number} value */
const ms = value => `${value.toFixed(1)} ms`;
/** @param {number[]} times */
const stats = times => `median ${ms(percentile(times, 0.5))}, p90 ${ms(percentile(times, 0.9))}`;
/** @param {Round[]} list */
const withCpu = list => {
    const text = stats(list.map(round => round.elapsed));
    const cpu = list.map(round => round.cpu).filter(/** @returns {value is number} */ value => value !== undefined);
    return cpu.length === list.length ? `${text} (server on CPU: median ${ms(percentile(cpu, 0.5))})` : text;
};
/** @type {(label: string, value: string) => void} */
const row = (label, value) => console.log(`  ${label.padEnd(34)} ${value}`);
console.log(`revorg language server: ${roles} roles in ${files} files, edited file ${lines.length} lines, ${rounds} rounds`);
row('start-up to first diagnostics', ms(startup));
row('edit -> diagnostics', withCpu(measured.edit));
row('add declaration -> diagnostics', withCpu(measured.add));
row('remove declaration -> diagnostics', withCpu(measured.remove));
row(`completion (${offered} items)`, stats(completionTimes));
