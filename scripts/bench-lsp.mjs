#!/usr/bin/env node
// `npm run bench:lsp`: the editor's latency in a 10k-role workspace. Starts the real language
// server over stdio, opens a 5,000-line file among 480 others, then (after warm-up) measures
//  - edit -> diagnostics: an incremental edit of a value in that file until the server publishes
//    that file's diagnostics again;
//  - completion: a completion request after `reportsTo: ` in that file.
// Prints the median and the 90th percentile of each. `--quick` uses the 1k-role model and fewer rounds.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// Edits: toggle a headcount in the middle of the big file, as a user typing would.
const headcountLine = lines.findIndex((line, index) => index > lines.length / 2 && /^\s+headcount: \d+$/.test(line));
const column = lines[headcountLine].indexOf(':') + 2;
const editTimes = [];
let version = 1;
for (let round = 0; round < rounds + 3; round++) {
    const digit = String(1 + (round % 9));
    const arrived = nextPublishOf(bigUri);
    const before = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: bigUri, version: ++version },
        contentChanges: [{ range: { start: { line: headcountLine, character: column }, end: { line: headcountLine, character: column + 1 } }, text: digit }],
    });
    await arrived;
    if (round >= 3) editTimes.push(performance.now() - before);
    await new Promise(resolve => setTimeout(resolve, 50));
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
console.log(`revorg language server: ${roles} roles in ${files} files, edited file ${lines.length} lines, ${rounds} rounds`);
console.log(`  start-up to first diagnostics  ${ms(startup)}`);
console.log(`  edit -> diagnostics            median ${ms(percentile(editTimes, 0.5))}, p90 ${ms(percentile(editTimes, 0.9))}`);
console.log(`  completion (${offered} items)       median ${ms(percentile(completionTimes, 0.5))}, p90 ${ms(percentile(completionTimes, 0.9))}`);
