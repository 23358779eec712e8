#!/usr/bin/env node
// Where the language server's time goes in one kind of benchmark round:
//   npm run bench:lsp -- --profile DIR
//   node scripts/profile-rounds.mjs DIR [edit|add|remove] [lines]
// Reads the server's CPU profile and the round windows `bench-lsp.mjs` wrote next to it, keeps the
// samples taken inside the measured rounds of that kind (from sending the change until 50 ms after
// the diagnostics arrived, so work done after publishing counts too) and prints, per round, the
// self and the total time of each function, the garbage collector and idle time included.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [dir, kind = 'add', shown = '40'] = process.argv.slice(2);
if (!dir) {
    console.error('usage: node scripts/profile-rounds.mjs DIR [edit|add|remove] [lines]');
    process.exit(2);
}
const profileFile = readdirSync(dir).filter(name => name.endsWith('.cpuprofile')).sort().pop();
if (!profileFile) throw new Error(`no .cpuprofile in ${dir}`);
/** @typedef {{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }} ProfileNode */
/** @type {unknown} */
const profileJson = JSON.parse(readFileSync(path.join(dir, profileFile), 'utf8'));
const profile = /** @type {{ nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }} */ (profileJson);
/** @type {unknown} */
const roundsJson = JSON.parse(readFileSync(path.join(dir, 'rounds.json'), 'utf8'));
const rounds = /** @type {Record<string, Array<[number, number]> | undefined>} */ (roundsJson);
const windows = rounds[kind];
if (!windows?.length) throw new Error(`no measured ${kind} rounds in ${dir}/rounds.json`);

const nodes = new Map(profile.nodes.map(node => [node.id, node]));
/** @type {Map<number, number>} */
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
/** @param {ProfileNode} node */
const label = node => `${node.callFrame.functionName || '(anonymous)'} ${path.basename(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;

/** @type {Map<string, number>} */
const self = new Map();
/** @type {Map<string, number>} */
const total = new Map();
let time = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    if (!windows.some(([start, end]) => time >= start && time < end)) continue;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = nodes.get(profile.samples[i]);
    if (!leaf) continue;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
    // Recursive functions count once per sample in the total.
    const seen = new Set();
    for (let id = /** @type {number | undefined} */ (leaf.id); id !== undefined; id = parents.get(id)) {
        const node = nodes.get(id);
        if (!node) break;
        const name = label(node);
        if (seen.has(name)) continue;
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + ms);
    }
}

/** @type {(title: string, times: Map<string, number>) => void} */
const print = (title, times) => {
    console.log(`-- ${title}, ms per ${kind} round (${windows.length} rounds)`);
    for (const [name, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, Number(shown))) {
        console.log(`${(ms / windows.length).toFixed(1).padStart(7)}  ${name}`);
    }
};
print('self', self);
print('total', total);
