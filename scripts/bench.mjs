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
// - describe: the commands for the people who run the org (`report` in each format, `export` in
//   each format, `diff` of the model against a changed copy), whole process, at 10k roles.
// `npm run bench -- --quick` runs 1k roles once, the layouts at 1k roles in 2 files, and the
// describing commands at 1k roles (used by the test suite to keep this script working).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * A changed copy of a generated model, as a pull request would change it: one team's file deleted,
 * one team's roles renamed, a manager's reports moved to another manager, headcounts changed.
 * @param {string} from
 * @param {string} to
 */
function changedCopy(from, to) {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
    rmSync(path.join(to, 'team-0001.revorg'));
    const edit = (/** @type {string} */ file, /** @type {(text: string) => string} */ change) => {
        const target = path.join(to, file);
        writeFileSync(target, change(readFileSync(target, 'utf8')));
    };
    edit('team-0002.revorg', text => text.replace(/\bT2R(\d+)\b/g, 'T2Rep$1'));
    edit('team-0003.revorg', text => text.replace(/reportsTo: T3Lead/g, 'reportsTo: T4Lead').replace(/headcount: 2/g, 'headcount: 5'));
    edit('team-0004.revorg', text => text.replace(/within: 4h/g, 'within: 2h'));
}

const describeRoles = quick ? 1000 : 10000;
const describeDir = path.join(root, '.bench', `model-${describeRoles}`);
generateModel(describeDir, describeRoles);
const changedDir = path.join(root, '.bench', `model-${describeRoles}-changed`);
changedCopy(describeDir, changedDir);
const out = path.join(root, '.bench', 'describe-out');
mkdirSync(out, { recursive: true });
/** @type {Array<[string, string[]]>} */
const describeCommands = [
    // The yardstick: every describing command builds the model as lint does, then describes it.
    ['lint --format json', ['lint', describeDir, '--format', 'json', '-o', path.join(out, 'lint.json')]],
    ['report --format md', ['report', describeDir, '--format', 'md', '-o', path.join(out, 'report.md')]],
    ['report --format html', ['report', describeDir, '--format', 'html', '-o', path.join(out, 'report.html')]],
    ['report --format json', ['report', describeDir, '--format', 'json', '-o', path.join(out, 'report.json')]],
    ['export --format json', ['export', describeDir, '--format', 'json', '-o', path.join(out, 'model.json')]],
    ['export --format csv', ['export', describeDir, '--format', 'csv', '-o', path.join(out, 'roles.csv')]],
    ['export --format mermaid', ['export', describeDir, '--format', 'mermaid', '-o', path.join(out, 'model.md')]],
    ['diff --format md (changed copy)', ['diff', describeDir, changedDir, '--format', 'md', '-o', path.join(out, 'diff.md')]],
    ['diff --format json', ['diff', describeDir, changedDir, '--format', 'json', '-o', path.join(out, 'diff.json')]],
    ['diff --format md --svg', ['diff', describeDir, changedDir, '--format', 'md', '-o', path.join(out, 'diff-svg.md'), '--svg', path.join(out, 'diff.svg')]],
];
console.log(`\ndescribing the model, ${describeRoles} roles           |  whole process  peak RSS`);
for (const [label, args] of describeCommands) {
    /** @type {number[]} */
    const whole = [];
    /** @type {number[]} */
    const rssMb = [];
    for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const result = spawnSync(process.execPath, ['--import', pathToFileURL(reportMaxRss).href, cli, ...args], { encoding: 'utf8' });
        whole.push(performance.now() - started);
        // lint exits 1 on the generated model's errors; the describing commands exit 0 whatever the findings.
        if (result.status !== 0 && !(args[0] === 'lint' && result.status === 1)) throw new Error(`revorg ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
        const rss = /^max-rss-kb (\d+)$/m.exec(result.stderr);
        if (rss) rssMb.push(Number(rss[1]) / 1024);
    }
    const rss = rssMb.length > 0 ? `${median(rssMb).toFixed(0).padStart(4)} MB` : '      ?';
    console.log(`revorg ${label.padEnd(33)}|      ${ms(median(whole))}   ${rss}`);
}
