/**
 * revorg in other people's pipelines: the composite GitHub Action (action.yml) and the pre-commit
 * hooks (.pre-commit-hooks.yaml), checked against the shapes GitHub and pre-commit document, and
 * the action's lint step run by bash the way a runner runs it, on the real CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { helpFlags, readAction, type ActionStep } from './github-action.js';
import { REPO_ROOT, workspace } from './run-cli.js';

const action = readAction();
const steps = action.runs.steps;
const scriptSteps = steps.filter((step): step is ActionStep & { run: string } => typeof step.run === 'string');
const INPUT_REFERENCE = /\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}/g;
const EXPRESSION_INPUT = /\binputs\.([A-Za-z0-9_-]+)/g;

/** The input names an expression (`${{ ... }}` or a step's `if`) reads. */
function inputsRead(text: string): string[] {
    return [...text.matchAll(EXPRESSION_INPUT)].map(match => match[1]);
}

/**
 * The revorg commands a step's script runs (`node "$revorg" <command> ...`), each with the long
 * options on its line and in the arrays it expands (`model+=(--config ...)` ... `"${model[@]}"`).
 */
function revorgInvocations(script: string): Array<{ command: string; flags: string[] }> {
    const arrays = new Map<string, string[]>();
    for (const [, name, items] of script.matchAll(/(\w+)\+=\(([^)]*)\)/g)) {
        arrays.set(name, [...(arrays.get(name) ?? []), ...(items.match(/--[a-z][a-z-]*/g) ?? [])]);
    }
    return [...script.matchAll(/node "\$revorg" ([a-z]+)([^\n]*)/g)].map(([, command, rest]) => ({
        command,
        flags: [
            ...(rest.match(/(?<=\s)--[a-z][a-z-]*/g) ?? []),
            ...[...rest.matchAll(/"\$\{(\w+)\[@\]\}"/g)].flatMap(([, name]) => arrays.get(name) ?? []),
        ],
    }));
}

interface StepRun {
    status: number | null;
    stdout: string;
    stderr: string;
    summary: string;
    outputs: string;
}

/**
 * Runs one of the action's script steps as a runner does (`bash --noprofile --norc -eo pipefail`),
 * with its `env` evaluated from the given inputs (defaults for the others), in `cwd` as the workspace.
 */
function runStep(step: ActionStep & { run: string }, given: Record<string, string>, cwd: string): StepRun {
    const runner = mkdtempSync(path.join(tmpdir(), 'revorg-runner-'));
    const files = { script: path.join(runner, 'step.sh'), summary: path.join(runner, 'summary.md'), outputs: path.join(runner, 'outputs') };
    writeFileSync(files.script, step.run);
    writeFileSync(files.summary, '');
    writeFileSync(files.outputs, '');
    const env: Record<string, string | undefined> = {
        ...process.env,
        NO_COLOR: '1',
        FORCE_COLOR: undefined,
        GITHUB_ACTION_PATH: REPO_ROOT,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_OUTPUT: files.outputs,
        RUNNER_TEMP: runner,
    };
    for (const [name, value] of Object.entries(step.env ?? {})) {
        env[name] = String(value).replace(INPUT_REFERENCE, (_match, input: string) => given[input] ?? String(action.inputs[input].default));
    }
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', files.script], { cwd, env, encoding: 'utf8', timeout: 120_000 });
    return {
        status: result.status,
        stdout: result.stdout,
        stderr: result.stderr,
        summary: readFileSync(files.summary, 'utf8'),
        outputs: readFileSync(files.outputs, 'utf8'),
    };
}

const CLEAN = `organization "Fixture Co" { arr: 2M employees: 5 }
team Sales { function: sales lead: Founder }
role Founder { kind: ceo team: Sales }
cadence Review { purpose: structure-review every: yearly attendees: [Founder] }
`;
/** One warning: a CRO at $2M ARR (cro-before-10m-arr), and a notice (cro-scope). */
const WITH_WARNING = `${CLEAN}role Chief { kind: cro team: Sales reportsTo: Founder }\n`;
/** One error: a role without its required kind. */
const WITH_ERROR = `${CLEAN}role Rep { team: Sales reportsTo: Founder }\n`;

describe('action.yml', () => {
    it('has the metadata GitHub requires, and Marketplace branding', () => {
        expect(action.name).toEqual(expect.any(String));
        expect(action.description).toEqual(expect.any(String));
        expect((action.description as string).length).toBeLessThanOrEqual(125); // the Marketplace's limit
        expect(action.branding).toEqual({ icon: expect.any(String) as unknown, color: expect.any(String) as unknown });
    });

    it('declares each input with a description and a string default', () => {
        expect(Object.keys(action.inputs).sort()).toEqual(['config', 'max-warnings', 'path', 'report', 'sarif']);
        for (const [name, input] of Object.entries(action.inputs)) {
            expect(input.description, name).toEqual(expect.any(String));
            expect(input.default, name).toEqual(expect.any(String));
            expect(input.required, name).toBe(false);
        }
        expect(action.inputs.path.default).toBe('.');
        expect(action.inputs.sarif.default).toBe('false');
        expect(['true', 'false']).toContain(action.inputs.report.default);
    });

    it('is a composite action whose scripts each name their shell', () => {
        expect(action.runs.using).toBe('composite');
        expect(scriptSteps.length).toBeGreaterThan(0);
        for (const step of scriptSteps) expect(step.shell, step.name).toBe('bash');
    });

    it('passes inputs to scripts only through environment variables, never as script text', () => {
        for (const step of scriptSteps) {
            expect(step.run, step.name).not.toContain('${{');
            for (const value of Object.values(step.env ?? {})) expect(String(value), step.name).toMatch(/^\$\{\{\s*inputs\.[A-Za-z0-9_-]+\s*\}\}$/);
        }
    });

    it('reads only declared inputs, and reads every one of them', () => {
        const text = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
        const expressions = [...text.matchAll(/\$\{\{([^}]*)\}\}/g)].map(match => match[1]);
        const conditions = steps.map(step => step.if ?? '');
        const read = new Set([...expressions, ...conditions].flatMap(inputsRead));
        expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
    });

    it('runs only revorg commands and options that exist', () => {
        const invocations = scriptSteps.flatMap(step => revorgInvocations(step.run));
        expect(invocations.map(invocation => invocation.command)).toEqual(expect.arrayContaining(['lint', 'report']));
        for (const { command, flags } of invocations) {
            const known = helpFlags(command);
            for (const flag of flags) expect(known, `revorg ${command} ${flag}`).toContain(flag);
        }
        expect(invocations.find(invocation => invocation.command === 'lint')?.flags).toContain('--format');
        expect(scriptSteps.map(step => step.run).join('\n')).toMatch(/lint --format github /);
    });

    it('uploads SARIF only when the sarif input is true, and after a failing lint too', () => {
        const upload = steps.find(step => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
        expect(upload?.if).toMatch(/inputs\.sarif == 'true'/);
        expect(upload?.if).toMatch(/!cancelled\(\)/);
        expect(upload?.with?.sarif_file).toBe('${{ steps.lint.outputs.sarif-file }}');
        expect(action.outputs?.['sarif-file']?.value).toBe('${{ steps.lint.outputs.sarif-file }}');
    });
});

describe("the action's lint step, run by bash as a runner runs it", () => {
    const lintStep = scriptSteps.find(step => step.id === 'lint');
    if (!lintStep) throw new Error('action.yml has no step with id lint');

    it('passes a clean model, and writes the org-health report to the job summary', () => {
        const run = runStep(lintStep, {}, workspace({ 'org.revorg': CLEAN }));
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('');
        expect(run.summary).toMatch(/^# Org-health report: Fixture Co/m);
        expect(run.outputs).toBe('');
    });

    it('keeps the gate\'s verdict when the report cannot be written (paths spanning two models), with a warning', () => {
        const dir = workspace({ 'a/revorg.config.json': '{}', 'a/org.revorg': CLEAN, 'b/revorg.config.json': '{}', 'b/org.revorg': CLEAN });
        const run = runStep(lintStep, {}, dir);
        expect(run.status).toBe(0);
        expect(run.summary).toBe('');
        expect(run.stderr).toContain('revorg: . spans 2 models');
        expect(run.stdout).toContain('::warning title=revorg report::the org-health report was not written to the job summary');
    });

    it('annotates an error with a workflow command and fails, still writing the report and the SARIF', () => {
        const dir = workspace({ 'models/org.revorg': WITH_ERROR });
        const run = runStep(lintStep, { path: 'models', sarif: 'true' }, dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^::error file=models\/org\.revorg,line=5,col=6,endLine=5,endColumn=9,title=missing-property::Role 'Rep' has no `kind`/m);
        expect(run.summary).toContain('# Org-health report: Fixture Co');
        const sarifFile = /^sarif-file=(.+)$/m.exec(run.outputs)?.[1];
        expect(sarifFile).toBeDefined();
        const sarif = JSON.parse(readFileSync(sarifFile ?? '', 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.runs[0].results.map(result => result.ruleId)).toContain('missing-property');
    });

    it('fails on warnings beyond max-warnings, and skips the report when report is false', () => {
        const dir = workspace({ 'org.revorg': WITH_WARNING });
        expect(runStep(lintStep, {}, dir).status).toBe(0);
        const run = runStep(lintStep, { 'max-warnings': '0', report: 'false' }, dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^::warning file=org\.revorg,.*title=cro-before-10m-arr::/m);
        expect(run.summary).toBe('');
    });

    it('takes one path per line, spaces within a path kept, blank lines and indentation dropped', () => {
        const dir = workspace({ 'sales team/org.revorg': CLEAN, 'other/org.revorg': WITH_ERROR, 'ignored/org.revorg': WITH_ERROR });
        const run = runStep(lintStep, { path: '  sales team\n\n' }, dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const both = runStep(lintStep, { path: 'sales team\nother/org.revorg\n', report: 'false' }, dir);
        expect(both.status).toBe(1);
        expect(both.stdout).toContain('file=other/org.revorg,');
        expect(both.stdout).not.toContain('ignored');
    });

    it('uses the config input instead of the revorg.config.json beside the model', () => {
        const dir = workspace({
            'org.revorg': WITH_WARNING,
            'strict.json': JSON.stringify({ rules: { 'cro-before-10m-arr': 'error' } }),
        });
        const run = runStep(lintStep, { config: 'strict.json', report: 'false' }, dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^::error .*title=cro-before-10m-arr::/m);
    });

    it('exits 2 without a report or SARIF when revorg cannot read the model', () => {
        const run = runStep(lintStep, { path: 'nowhere', sarif: 'true' }, workspace({ 'org.revorg': CLEAN }));
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('revorg: no such file or directory: nowhere');
        expect(run.summary).toBe('');
        expect(run.outputs).toBe('');
    });

    it('treats an input as data: shell syntax in a path is a file name, never a command', () => {
        const dir = workspace({ 'org.revorg': CLEAN });
        const run = runStep(lintStep, { path: '$(touch injected); `touch injected`', config: '"; touch injected; "' }, dir);
        expect(run.status).toBe(2);
        expect(existsSync(path.join(dir, 'injected'))).toBe(false);
    });
});

interface PreCommitHook {
    id?: unknown;
    name?: unknown;
    entry?: unknown;
    language?: unknown;
    files?: unknown;
    pass_filenames?: unknown;
    always_run?: unknown;
}

describe('.pre-commit-hooks.yaml', () => {
    const hooks = parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as PreCommitHook[];
    const lint = hooks.find(hook => hook.id === 'revorg-lint');

    it('lists hooks with the keys pre-commit requires', () => {
        expect(Array.isArray(hooks)).toBe(true);
        for (const hook of hooks) {
            for (const key of ['id', 'name', 'entry', 'language'] as const) expect(hook[key], `${String(hook.id)}.${key}`).toEqual(expect.any(String));
        }
        expect(new Set(hooks.map(hook => hook.id)).size).toBe(hooks.length);
    });

    it('revorg-lint lints the whole model (not the changed files alone) when a model or config file changes', () => {
        expect(lint).toMatchObject({ entry: 'revorg lint', language: 'node', pass_filenames: false });
        expect(lint?.always_run ?? false).toBe(false);
        const files = new RegExp(String(lint?.files));
        for (const changed of ['org.revorg', 'models/sales/handoffs.revorg', 'revorg.config.json', 'models/revorg.config.json']) expect(changed).toMatch(files);
        for (const unrelated of ['README.md', 'org.revorg.bak', 'src/index.ts', 'my-revorg.config.json']) expect(unrelated).not.toMatch(files);
    });

    it('revorg-format checks the layout of the changed .revorg files only, changing none', () => {
        const format = hooks.find(hook => hook.id === 'revorg-format');
        expect(format).toMatchObject({ entry: 'revorg format --check', language: 'node' });
        expect(format?.pass_filenames ?? true).toBe(true);
        expect('models/org.revorg').toMatch(new RegExp(String(format?.files)));
        expect('revorg.config.json').not.toMatch(new RegExp(String(format?.files)));
    });

    it('runs commands the CLI has', () => {
        for (const hook of hooks) {
            const [bin, command, ...flags] = String(hook.entry).split(/\s+/);
            expect(bin).toBe('revorg');
            const known = helpFlags(command);
            for (const flag of flags.filter(word => word.startsWith('--'))) expect(known, `${String(hook.id)}: ${flag}`).toContain(flag);
        }
    });

    it('can install: the root package has the revorg bin and packs it with the bundle, and npm pack prints only the file name', () => {
        // pre-commit's `language: node` runs `npm install` in this repository, then `npm pack`, and
        // installs the tarball whose name npm printed: the bin must be in the tarball, and the
        // build's output must not be printed (.npmrc).
        const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin?: Record<string, string>; files?: string[] };
        expect(manifest.bin).toEqual({ revorg: 'packages/cli/bin/revorg.js' });
        expect(manifest.files).toEqual(expect.arrayContaining(['packages/cli/bin', 'packages/cli/dist', 'packages/cli/package.json']));
        expect(readFileSync(path.join(REPO_ROOT, '.npmrc'), 'utf8')).toMatch(/^foreground-scripts=false$/m);
    });
});

describe('README.md, "In GitHub Actions and pre-commit"', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = /^### In GitHub Actions and pre-commit\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
    const yamlBlocks = [...section.matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map(match => parse(match[1]) as unknown);

    /** Every object in the parsed YAML, however deep. */
    function objects(value: unknown): Array<Record<string, unknown>> {
        if (Array.isArray(value)) return value.flatMap(objects);
        if (typeof value !== 'object' || value === null) return [];
        return [value as Record<string, unknown>, ...Object.values(value).flatMap(objects)];
    }

    it('lists every input of the action with its default', () => {
        const rows = [...section.matchAll(/^\| `([a-z-]+)` \| (?:`([^`]*)`)? *\|/gm)].map(([, name, fallback]) => [name, fallback ?? '']);
        expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])));
    });

    it('shows the action with inputs it declares, and the hooks .pre-commit-hooks.yaml has', () => {
        const uses = objects(yamlBlocks).filter(step => String(step.uses).startsWith('revorg/revorg@'));
        expect(uses.length).toBeGreaterThanOrEqual(2);
        for (const step of uses) {
            for (const name of Object.keys(step.with as object)) expect(Object.keys(action.inputs), name).toContain(name);
        }
        const hookIds = (parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string }>).map(hook => hook.id);
        const shown = objects(yamlBlocks).filter(item => typeof item.id === 'string' && Object.keys(item).every(key => ['id', 'args'].includes(key)));
        expect(shown.map(hook => hook.id).sort()).toEqual([...hookIds].sort());
    });
});
