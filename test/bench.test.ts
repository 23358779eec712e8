/**
 * Keeps `npm run bench` working: its quick mode generates the 1k-role model and lints it in-process
 * and as a whole process. It asserts what the run produced, never how long it took (the numbers
 * belong in BENCHMARKS.md, measured on a quiet machine).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from './run-cli.js';

it('npm run bench -- --quick lints the generated 1k-role model, and runs the describing commands on it', () => {
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'bench.mjs'), '--quick'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const row = run.stdout.split('\n').find(line => /^\s*1000\s/.test(line));
    expect(row, run.stdout).toBeDefined();
    // roles, files, lines | parse link validate in-process | whole process problems
    const [roles, files, lines] = row!.trim().split(/\s+/).map(Number);
    expect(roles).toBe(1000);
    expect(files).toBe(51);
    expect(lines).toBeGreaterThan(10_000);
    expect(row).toMatch(/\|\s+\d+ ms\s+\d+ ms\s+\d+ ms\s+\d+ ms \|\s+\d+ ms\s+\d+$/);
    // The same 1k roles in two files, one property per line and one declaration per line:
    // layout, roles, files, lines, lines of the largest file | phases | whole process, peak RSS, problems.
    // The layout changes nothing the rules see: both report the same problems.
    const problems = ['multi-line', 'one-line'].map(layout => {
        const match = new RegExp(`^${layout} +1000 +2 +\\d+ +\\d+ \\|( +\\d+ ms){4} \\| +\\d+ ms +\\d+ MB +(\\d+)$`, 'm').exec(run.stdout);
        expect(match, run.stdout).not.toBeNull();
        return Number(match![2]);
    });
    expect(problems[1]).toBe(problems[0]);
    // The describing commands on the same 1k roles (the diff against a changed copy), each a whole process with its peak memory.
    expect(run.stdout).toMatch(/^describing the model, 1000 roles/m);
    for (const command of ['lint --format json', 'report --format md', 'report --format html', 'report --format json', 'export --format json', 'export --format csv', 'export --format mermaid', 'diff --format md (changed copy)', 'diff --format json', 'diff --format md --svg']) {
        expect(run.stdout, command).toMatch(new RegExp(`^revorg ${command.replace(/[()]/g, '\\$&')} +\\| +\\d+ ms +\\d+ MB$`, 'm'));
    }
});

it('npm run bench:lsp -- --quick measures edits, added and removed declarations and completion against the real language server', () => {
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'bench-lsp.mjs'), '--quick'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^revorg language server: 1000 roles in \d+ files, edited file \d+ lines, 5 rounds$/m);
    expect(run.stdout).toMatch(/edit -> diagnostics +median \d+\.\d ms, p90 \d+\.\d ms/);
    expect(run.stdout).toMatch(/add declaration -> diagnostics +median \d+\.\d ms, p90 \d+\.\d ms/);
    expect(run.stdout).toMatch(/remove declaration -> diagnostics +median \d+\.\d ms, p90 \d+\.\d ms/);
    // Every role but the one being edited, narrowed to the first 500 (the editor asks again as the user types).
    expect(run.stdout).toMatch(/completion \(500 items\) +median \d+\.\d ms, p90 \d+\.\d ms/);
});

it('npm run bench:diagram -- --quick renders, redraws through the real language server and samples its memory', () => {
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'bench-diagram.mjs'), '--quick'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 180_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // model, view, nodes, edges | in-process | whole process
    expect(run.stdout).toMatch(/^200 roles +org +212 +201 \| +\d+ ms +\| +\d+ ms$/m);
    expect(run.stdout).toMatch(/^200 roles +flow +\d+ +10 \| +\d+ ms +\| +\d+ ms$/m);
    expect(run.stdout).toMatch(/^dense: 10 teams, 60 handoffs +flow +10 +60 \| +\d+ ms +\| +\d+ ms$/m);
    expect(run.stdout).toMatch(/rebuild notification -> SVG received +median \d+ ms, p90 \d+ ms/);
    expect(run.stdout).toMatch(/edit -> SVG received +median \d+ ms, p90 \d+ ms/);
    // A sample every 5 redraws, from 0 to 20.
    expect(run.stdout).toMatch(/memory over 20 preview redraws \(RSS, MB\)\n +0: \d+ +5: \d+ +10: \d+ +15: \d+ +20: \d+/);
}, 200_000);
