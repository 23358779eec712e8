#!/usr/bin/env node
// `npm run bench`: lints generated models of 1k and 10k roles (teams, handoffs, SLAs, KPIs, spread
// over many files) and prints the time of each phase in-process (parse, link, validate) and the
// whole process (`revorg lint`, from node start to exit), as the median of several runs.
// `npm run bench -- --quick` runs the 1k model once (used by the test suite to keep this script working).
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateModel } from './generate-model.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const quick = process.argv.includes('--quick');
const sizes = quick ? [1000] : [1000, 5000, 10000];
const runs = quick ? 1 : 5;
const cli = path.join(root, 'packages', 'cli', 'bin', 'revorg.js');
const { lintFiles } = await import('../packages/language/out/node.js');

/** @param {number[]} values */
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** @param {number} value */
const ms = value => `${value.toFixed(0).padStart(6)} ms`;

console.log(`revorg benchmark: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log(`median of ${runs} run(s)\n`);
console.log('roles   files   lines  |   parse     link  validate  in-process |  whole process   problems');
for (const roles of sizes) {
    const dir = path.join(root, '.bench', `model-${roles}`);
    const { files, lines } = generateModel(dir, roles);
    const { glob } = await import('tinyglobby');
    const paths = (await glob('**/*.revorg', { cwd: dir, absolute: true })).sort();

    /** @type {Record<'parse' | 'link' | 'validate' | 'total', number[]>} */
    const phases = { parse: [], link: [], validate: [], total: [] };
    let problems = 0;
    for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const outcome = await lintFiles(paths);
        phases.total.push(performance.now() - started);
        phases.parse.push(outcome.timings.parseMs);
        phases.link.push(outcome.timings.linkMs);
        phases.validate.push(outcome.timings.validateMs);
        problems = outcome.files.reduce((sum, file) => sum + file.diagnostics.length, 0);
    }
    const whole = [];
    for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const result = spawnSync(process.execPath, [cli, 'lint', dir, '--format', 'json', '-o', path.join(dir, '..', 'report.json')], { encoding: 'utf8' });
        whole.push(performance.now() - started);
        if (result.status === 2) throw new Error(result.stderr);
    }
    console.log(`${String(roles).padStart(5)}  ${String(files).padStart(6)}  ${String(lines).padStart(6)}  | ${ms(median(phases.parse))} ${ms(median(phases.link))} ${ms(median(phases.validate))}   ${ms(median(phases.total))} |      ${ms(median(whole))}   ${problems}`);
}
