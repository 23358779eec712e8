#!/usr/bin/env node
// `npm run bench`: lints generated models (teams, handoffs, SLAs, KPIs) and prints the time of each
// phase in-process (parse, link, validate) and the whole process (`revorg lint`, from node start
// to exit), as the median of several runs.
//
// - sizes: 1k, 5k and 10k roles, one file per team, one property per line;
// - layout: the same 10k roles written one declaration per line (`;` between properties) and
//   one property per line, in per-team files and in a few large files, with each whole process's
//   peak memory (the time of a model should not depend on how its text is laid out);
// - `--large` adds 100k roles in 200 files of one-line declarations, run once.
// `npm run bench -- --quick` runs 1k roles once, and the layouts at 1k roles in 2 files (used by the
// test suite to keep this script working).
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import { generateModel } from './generate-model.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const quick = process.argv.includes('--quick');
const large = process.argv.includes('--large');
const sizes = quick ? [1000] : [1000, 5000, 10000];
/** @type {Array<{ roles: number; layout: 'multi-line' | 'one-line'; files?: number; runs?: number }>} */
const layoutModels = quick
    ? [{ roles: 1000, layout: 'multi-line', files: 2 }, { roles: 1000, layout: 'one-line', files: 2 }]
    : [
        { roles: 10000, layout: 'multi-line' }, { roles: 10000, layout: 'one-line' },
        { roles: 10000, layout: 'multi-line', files: 3 }, { roles: 10000, layout: 'one-line', files: 3 },
    ];
if (large) layoutModels.push({ roles: 100000, layout: 'one-line', files: 200, runs: 1 });
const runs = quick ? 1 : 5;
const cli = path.join(root, 'packages', 'cli', 'bin', 'revorg.js');
const reportMaxRss = path.join(root, 'scripts', 'report-max-rss.mjs');
const { lintFiles } = await import('../packages/language/out/node.js');

/** @param {number[]} values */
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** @param {number} value */
const ms = value => `${value.toFixed(0).padStart(6)} ms`;

/**
 * Lints the model in this process `runs` times, then as a whole process `runs` times.
 * @param {string} dir
 * @param {number} runs
 */
async function measure(dir, runs) {
    const paths = (await glob('**/*.revorg', { cwd: dir, absolute: true })).sort();
    /** @type {{ parse: number[]; link: number[]; validate: number[]; total: number[] }} */
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
    /** @type {number[]} */
    const whole = [];
    /** @type {number[]} */
    const maxRssMb = [];
    for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const result = spawnSync(process.execPath, ['--import', pathToFileURL(reportMaxRss).href, cli, 'lint', dir, '--format', 'json', '-o', path.join(dir, '..', 'report.json')], { encoding: 'utf8' });
        whole.push(performance.now() - started);
        if (result.status === 2) throw new Error(result.stderr);
        const rss = /^max-rss-kb (\d+)$/m.exec(result.stderr);
        if (rss) maxRssMb.push(Number(rss[1]) / 1024);
    }
    return {
        parse: median(phases.parse), link: median(phases.link), validate: median(phases.validate), total: median(phases.total),
        whole: median(whole), maxRssMb: maxRssMb.length > 0 ? median(maxRssMb) : NaN, problems,
    };
}

console.log(`revorg benchmark: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log(`median of ${runs} run(s)\n`);
console.log('roles   files   lines  |   parse     link  validate  in-process |  whole process   problems');
for (const roles of sizes) {
    const dir = path.join(root, '.bench', `model-${roles}`);
    const { files, lines } = generateModel(dir, roles);
    const m = await measure(dir, runs);
    console.log(`${String(roles).padStart(5)}  ${String(files).padStart(6)}  ${String(lines).padStart(6)}  | ${ms(m.parse)} ${ms(m.link)} ${ms(m.validate)}   ${ms(m.total)} |      ${ms(m.whole)}   ${m.problems}`);
}

console.log('\nlayout        roles   files   lines  lines/file |   parse     link  validate  in-process |  whole process  peak RSS   problems');
for (const model of layoutModels) {
    const dir = path.join(root, '.bench', `layout-${model.roles}-${model.layout}-${model.files ?? 'teams'}`);
    const { files, lines, largestFileLines } = generateModel(dir, model.roles, model);
    const m = await measure(dir, model.runs ?? runs);
    const rss = Number.isNaN(m.maxRssMb) ? '      ?' : `${m.maxRssMb.toFixed(0).padStart(4)} MB`;
    console.log(`${model.layout.padEnd(11)} ${String(model.roles).padStart(7)}  ${String(files).padStart(6)}  ${String(lines).padStart(6)}  ${String(largestFileLines).padStart(10)} | ${ms(m.parse)} ${ms(m.link)} ${ms(m.validate)}   ${ms(m.total)} |      ${ms(m.whole)}   ${rss}   ${m.problems}`);
}
