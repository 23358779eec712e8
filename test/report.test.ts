/**
 * `revorg report` end to end: the real CLI on every example (the markdown against its golden file,
 * the JSON against the schema the package ships, the headcount roll-up checked against the facts),
 * the HTML page, and what it does with bad input: files it cannot read and syntax errors are named
 * and the rest is reported, an empty model is exit 2 with one line, `-o` creates missing folders,
 * and a model full of errors still gets its report (exit 0: a report is not a gate).
 */
import type { RevorgFacts, Role } from '@revorg/language';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../packages/insights/src/index.js';
import { buildTestModel, EXAMPLES, exampleFiles } from '../packages/insights/test/helpers.js';
import { generateModel } from '../scripts/generate-model.mjs';
import { CLI, REPO_ROOT, runCli, workspace, type CliRun } from './run-cli.js';

const { default: { default: Ajv2020 } } = await import('ajv/dist/2020.js');
/** The schema file the CLI package ships, not the TypeBox value it was written from. */
const SHIPPED_SCHEMA = JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages', 'cli', 'schemas', 'report.v1.json'), 'utf8')) as object;
const validateReport = new Ajv2020({ strict: true, allErrors: true }).compile(SHIPPED_SCHEMA);

const SMALL = `organization "Acme" { arr: 8M employees: 40 acv: 20K }
team Marketing { function: marketing lead: VPM }
team Sales { function: sales lead: VPS }
role CEO { kind: ceo }
role VPM { kind: vp-marketing team: Marketing reportsTo: CEO }
role VPS { kind: vp-sales team: Sales reportsTo: CEO }
role AE { kind: ae team: Sales reportsTo: VPS headcount: 4 }
`;

function reportJson(args: string[], cwd = REPO_ROOT): Report {
    const run = runCli(['report', ...args, '--format', 'json'], cwd);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout) as Report;
}

/** Everyone beneath a role, walked from the facts' direct reports (undefined on a reporting cycle). */
function beneath(facts: RevorgFacts, role: Role, seen = new Set<Role>()): number | undefined {
    let total = 0;
    for (const report of facts.role(role)?.directReports ?? []) {
        if (seen.has(report)) return undefined;
        seen.add(report);
        const below = beneath(facts, report, seen);
        if (below === undefined) return undefined;
        total += facts.role(report)!.headcount + below;
    }
    return total;
}

/**
 * Runs the CLI as a user the file modes apply to: as is for any user but root, as `nobody` through
 * setpriv for root (which reads any file). Undefined when root cannot drop its privileges here.
 */
function runUnprivileged(args: string[], cwd: string): CliRun | undefined {
    if (process.getuid?.() !== 0) return runCli(args, cwd);
    chmodSync(cwd, 0o755);
    const result = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    if (result.error || (result.status !== 0 && /setpriv/.test(result.stderr))) return undefined;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('revorg report on the examples', () => {
    it.each(EXAMPLES)('writes the markdown report of %s (golden file)', async name => {
        const run = runCli(['report', `examples/${name}`], REPO_ROOT);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^# Org-health report: /);
        await expect(run.stdout).toMatchFileSnapshot(`golden/report/${name}.md`);
    });

    it.each(EXAMPLES)('writes the JSON report of %s under the shipped schema, every role counted once', async name => {
        const report = reportJson([`examples/${name}`]);
        validateReport(report);
        expect(validateReport.errors ?? []).toEqual([]);
        expect(report).toMatchObject({ format: 'revorg-report', version: 1 });

        const { facts } = await buildTestModel(exampleFiles(name));
        const { headcount } = report;
        const sum = (groups: ReadonlyArray<{ headcount: number }>) => groups.reduce((total, group) => total + group.headcount, 0);
        expect(headcount.modelled).toBe(facts.roles.reduce((total, role) => total + role.headcount, 0));
        expect(report.company.modelledHeadcount).toBe(headcount.modelled);
        // The teams and the roles without a team add up to the company: no role twice, none left out.
        expect(sum(headcount.byTeam)).toBe(headcount.modelled);
        expect(headcount.byTeam.reduce((total, group) => total + group.roles, 0)).toBe(facts.roles.length);
        expect(sum(headcount.byFunction)).toBe(headcount.modelled);
        for (const team of facts.teams) {
            const group = headcount.byTeam.find(each => each.name === team.node.name)!;
            const members = facts.roles.filter(role => role.team === team.node);
            expect({ team: team.node.name, roles: group.roles, headcount: group.headcount })
                .toEqual({ team: team.node.name, roles: members.length, headcount: members.reduce((total, role) => total + role.headcount, 0) });
        }
        // Rolled up the reporting tree: each manager's people beneath, and the tops' trees cover everyone once.
        for (const manager of headcount.managers) {
            const role = facts.roles.find(each => each.node.name === manager.name)!;
            expect({ manager: manager.name, beneath: manager.headcountBeneath, direct: manager.directReports })
                .toEqual({ manager: manager.name, beneath: beneath(facts, role.node) ?? null, direct: role.directReports.length });
        }
        const tops = facts.roles.filter(role => !role.manager);
        expect(tops.reduce((total, role) => total + role.headcount + (beneath(facts, role.node) ?? 0), 0)).toBe(headcount.modelled);
        expect(report.handoffs.handoffs.map(handoff => handoff.name)).toEqual(facts.handoffs.map(handoff => handoff.node.name));
    });

    it.each(EXAMPLES)('writes the HTML report of %s as one page with both diagrams and no script', name => {
        const dir = workspace({});
        const out = path.join(dir, 'report.html');
        const run = runCli(['report', `examples/${name}`, '--format', 'html', '-o', out], REPO_ROOT);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('');
        const html = readFileSync(out, 'utf8');
        expect(html).toMatch(/^<!doctype html>/);
        for (const id of ['company', 'stack', 'maturity', 'headcount', 'handoffs', 'findings']) expect(html).toContain(`<section id="${id}">`);
        expect(html).toContain('data-view="org"');
        expect(html).toContain('data-view="flow"');
        expect(html).not.toMatch(/<script|<link\b|\bsrc=|@import/i);
        // No absolute path of the machine that wrote it: the page is handed around.
        expect(html).not.toContain(REPO_ROOT);
    });
});

describe('revorg report on bad input', () => {
    it('reports what parses and names the syntax errors, on stderr and at the top of the report', () => {
        const dir = workspace({ 'org.revorg': SMALL, 'broken.revorg': 'role Rep { kind: ae team: }\nrole Other { kind: sdr team: Sales }\n' });
        const run = runCli(['report', '.'], dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('revorg: broken.revorg has a syntax error (line 1): the text the parser skipped there is left out\n');
        expect(run.stdout).toContain('**What this report does not cover**');
        expect(run.stdout).toMatch(/`broken\.revorg:1`: .*The text the parser skipped there is left out/);
        const json = JSON.parse(runCli(['report', '.', '--format', 'json'], dir).stdout) as Report;
        expect(json.coverage.syntaxErrors).toEqual([expect.objectContaining({ file: 'broken.revorg', line: 1 })]);
        // What parsed is in the report: the role after the error is counted.
        expect(json.headcount.byTeam.find(team => team.name === 'Sales')!.roles).toBeGreaterThanOrEqual(3);
    });

    it('skips a file it cannot read, says so, and reports the rest', ctx => {
        const dir = workspace({ 'org.revorg': SMALL, 'secret.revorg': 'role Hidden { kind: ae }\n' });
        chmodSync(path.join(dir, 'secret.revorg'), 0o000);
        const run = runUnprivileged(['report', '.'], dir);
        // Root reads a file whatever its mode; without a way to drop to another user there is nothing to test.
        if (!run) return ctx.skip();
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('revorg: skipped secret.revorg: cannot read (EACCES)\n');
        expect(run.stdout).toContain('`secret.revorg` was skipped: cannot read (EACCES). Nothing in it is in this report.');
        expect(run.stdout).toContain('# Org-health report: Acme');
    });

    it('exits 2 with one line and no output for an empty model, a folder without .revorg files, or no file read', () => {
        const empty = workspace({ 'empty.revorg': '// nothing declared yet\n' });
        for (const [cwd, args, line] of [
            [empty, ['report', '.', '-o', 'out/report.md'], /^revorg: the model under \. is empty: it declares nothing/],
            [workspace({ 'notes.txt': 'x' }), ['report', '.'], /^revorg: no \.revorg files under \./],
            [empty, ['report', 'missing'], /^revorg: no such file or directory: missing/],
            [empty, ['report', '.', '--format', 'pdf'], /^revorg: .*'pdf' is invalid/],
        ] as const) {
            const run = runCli([...args], cwd);
            expect(run.status).toBe(2);
            expect(run.stdout).toBe('');
            expect(run.stderr).toMatch(line);
            expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
        }
        expect(existsSync(path.join(empty, 'out'))).toBe(false);
    });

    it('creates the folders of -o that do not exist, in every format', () => {
        const dir = workspace({ 'org.revorg': SMALL });
        for (const format of ['md', 'html', 'json']) {
            const run = runCli(['report', '.', '--format', format, '-o', `deep/er/${format}/report.${format}`], dir);
            expect(run.status).toBe(0);
            expect(run.stdout).toBe('');
            expect(readFileSync(path.join(dir, 'deep', 'er', format, `report.${format}`), 'utf8')).toContain('Acme');
        }
    });

    it('exits 0 when the model has errors, and lists them with the rule\'s docs', () => {
        const dir = workspace({ 'org.revorg': `${SMALL}role Lost { kind: sdr reportsTo: Nobody }\n` });
        const lint = runCli(['lint', '.'], dir);
        expect(lint.status).toBe(1);
        const run = runCli(['report', '.'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/\*\*error\*\* \[`unresolved-reference`\]\(https:\/\/[^)]+\/unresolved-reference\.md\) `org\.revorg:8`/);
        const json = reportJson(['.'], dir);
        expect(json.findings.errors).toBeGreaterThan(0);
    });

    it('follows the config: a rule turned off reports nothing, and the layers still read the model', () => {
        const dir = workspace({ 'org.revorg': SMALL, 'quiet.json': JSON.stringify({ rules: { 'shared-icp-required': 'off' } }) });
        const loud = reportJson(['.'], dir);
        const quiet = reportJson(['.', '-c', 'quiet.json'], dir);
        const icpFindings = (report: Report) => report.findings.groups.flatMap(group => group.findings).filter(finding => finding.ruleId === 'shared-icp-required');
        expect(icpFindings(loud)).toHaveLength(1);
        expect(icpFindings(quiet)).toHaveLength(0);
        const icp = (report: Report) => report.alignmentStack.layers.find(layer => layer.id === 'icp')!.status;
        expect(icp(quiet)).toBe('missing');
        expect(icp(loud)).toBe('missing');
    });
});

describe('revorg report on a large model', () => {
    it('leaves the org chart out of the HTML past its size limit, and says how to draw it', () => {
        const dir = workspace({});
        generateModel(path.join(dir, 'model'), 400);
        const run = runCli(['report', 'model', '--format', 'html', '-o', 'report.html'], dir);
        expect(run.status).toBe(0);
        const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
        expect(html).not.toContain('data-view="org"');
        expect(html).toMatch(/The org chart is left out: 4\d\d roles are more than a page shows readably/);
        expect(html).toContain('<code>revorg render model --view org -o org.svg</code>');
    });
});

describe('the README', () => {
    it('shows real output: every line of its report excerpt is in the golden report of revops-transition', () => {
        const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
        const section = readme.slice(readme.indexOf('### Org-health report'));
        const excerpt = /```markdown\n([\s\S]*?)```/.exec(section)![1].split('\n').filter(line => line.trim() !== '');
        const golden = new Set(readFileSync(path.join(REPO_ROOT, 'test', 'golden', 'report', 'revops-transition.md'), 'utf8').split('\n'));
        expect(excerpt.length).toBeGreaterThan(10);
        expect(excerpt.filter(line => !golden.has(line))).toEqual([]);
        expect(section).toContain('](docs/images/report.png)');
    });
});
