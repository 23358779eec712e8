/**
 * Model roots, partial linting, `ignores` and stdin (CLI.md, version 2), end to end with the real
 * CLI: a folder holding revorg.config.json is a model root, found upward from each path; naming
 * one file of a model loads the whole model and reports only that file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../packages/cli/src/results.js';
import { runCli, workspace } from './run-cli.js';

const ORG = `organization "Roots Co" {
    arr: 12M
    employees: 30
}

team Sales { function: sales lead: VP }
role VP "VP Sales" { kind: vp-sales team: Sales }
definition SAL { stage: sal title: "Director+" fit: "SaaS" engagement: "Demo booked" }
cadence Review { purpose: structure-review every: yearly attendees: [VP] }
`;

/** Refers to VP, declared in org.revorg: it resolves only when the whole model is loaded. */
const REPS = `role AE { kind: ae team: Sales reportsTo: VP }
kpi NewArr { measures: net-new-arr owners: [AE] }
handoff VpToAe { from: VP to: AE owner: VP }
`;

/** The handoff has no SLA, a warning this config makes an error: a config that applies is visible in the report. */
const CONFIG = '{ "rules": { "handoff-sla-required": "error" } }';

function report(stdout: string): FileResult[] {
    return JSON.parse(stdout) as FileResult[];
}

function rules(results: readonly FileResult[]): string[] {
    return results.flatMap(result => result.messages.map(message => `${result.filePath} ${message.ruleId} ${message.severity}`));
}

describe('model roots', () => {
    it('finds revorg.config.json upward from a file, and loads the whole model but reports only that file', () => {
        const dir = workspace({ 'models/revorg.config.json': CONFIG, 'models/org.revorg': ORG, 'models/team/reps.revorg': REPS });
        const run = runCli(['lint', 'models/team/reps.revorg', '-f', 'json'], dir);
        const results = report(run.stdout);
        expect(results.map(result => result.filePath)).toEqual(['models/team/reps.revorg']);
        // VP resolves (org.revorg was read), and the root's config is the one in force.
        expect(rules(results)).toEqual(['models/team/reps.revorg handoff-sla-required error']);
        expect(run.status).toBe(1);
    });

    it('without a model root, the files named are the model, as before', () => {
        const dir = workspace({ 'org.revorg': ORG, 'reps.revorg': REPS });
        const results = report(runCli(['lint', 'reps.revorg', '-f', 'json'], dir).stdout);
        expect(rules(results)).toContain('reps.revorg unresolved-reference error');
    });

    it('lints each model under a folder on its own, with its own config, and a deeper root is its own model', () => {
        const dir = workspace({
            'a/revorg.config.json': CONFIG,
            'a/org.revorg': ORG,
            'a/reps.revorg': REPS,
            'b/revorg.config.json': '{}',
            'b/org.revorg': ORG,
            'b/reps.revorg': REPS,
            'b/nested/revorg.config.json': '{}',
            'b/nested/org.revorg': ORG,
        });
        const results = report(runCli(['lint', '.', '-f', 'json'], dir).stdout);
        expect(results.map(result => result.filePath)).toEqual(['a/org.revorg', 'a/reps.revorg', 'b/nested/org.revorg', 'b/org.revorg', 'b/reps.revorg']);
        // The same names in three models are not duplicates, and each model has its own config.
        expect(rules(results)).toEqual(['a/reps.revorg handoff-sla-required error', 'b/reps.revorg handoff-sla-required warning']);
    });

    it('refuses, for a command that describes one model, paths that span two', () => {
        const dir = workspace({ 'a/revorg.config.json': '{}', 'a/org.revorg': ORG, 'b/revorg.config.json': '{}', 'b/org.revorg': ORG });
        for (const command of ['report', 'render', 'export']) {
            const run = runCli([command, '.'], dir);
            expect(run.status, command).toBe(2);
            expect(run.stdout).toBe('');
            expect(run.stderr).toBe('revorg: . spans 2 models (a; b): name one model (a folder holding revorg.config.json marks one)\n');
        }
        expect(runCli(['report', 'a/org.revorg'], dir).status).toBe(0);
    });

    it('reads the whole model for render when one file of it is named', () => {
        const dir = workspace({ 'revorg.config.json': '{}', 'org.revorg': ORG, 'reps.revorg': REPS });
        const svg = runCli(['render', 'org.revorg'], dir).stdout;
        expect(svg).toContain('AE');
    });
});

describe('ignores', () => {
    const files = {
        'revorg.config.json': '{ "ignores": ["drafts/**"] }',
        'org.revorg': ORG,
        'reps.revorg': REPS,
        'drafts/broken.revorg': 'role Broken { kind: ae team: Nowhere }\n',
    };

    it('leaves the files the globs match out of the model, silently when a folder is linted', () => {
        const dir = workspace(files);
        const run = runCli(['lint', '.', '-f', 'json'], dir);
        expect(report(run.stdout).map(result => result.filePath)).toEqual(['org.revorg', 'reps.revorg']);
        expect(rules(report(run.stdout))).toEqual(['reps.revorg handoff-sla-required warning']);
        expect(run.stderr).toBe('');
    });

    it('says so when a file it leaves out is named, and exits 2 when nothing is left', () => {
        const dir = workspace(files);
        const run = runCli(['lint', 'drafts/broken.revorg'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe([
            'revorg: drafts/broken.revorg is not linted: the "ignores" of its revorg.config.json leave it out',
            'revorg: every .revorg file under drafts/broken.revorg is left out by the "ignores" of its revorg.config.json',
            '',
        ].join('\n'));
    });

    it('is checked: a glob must be a relative, non-negated string', () => {
        const dir = workspace({ ...files, 'revorg.config.json': '{ "ignores": ["!keep.revorg", 3] }' });
        const run = runCli(['lint', '.'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe([
            'revorg: invalid config revorg.config.json: ignores[0]: negated globs are not supported: list only what to leave out, got "!keep.revorg"',
            'invalid config revorg.config.json: ignores[1]: each entry of "ignores" must be a glob (a non-empty string), like "drafts/**"',
            '',
        ].join('\n'));
    });
});

describe('lint --stdin', () => {
    it('lints the buffer as the file --stdin-filename names, inside its model, without touching the file', () => {
        const dir = workspace({ 'revorg.config.json': CONFIG, 'org.revorg': ORG, 'reps.revorg': REPS });
        const buffer = `${REPS}role SE { kind: se team: Sales reportsTo: Nobody }\n`;
        const run = runCli(['lint', '--stdin', '--stdin-filename', 'reps.revorg', '-f', 'json'], dir, buffer);
        const results = report(run.stdout);
        expect(results.map(result => result.filePath)).toEqual(['reps.revorg']);
        expect(results[0].messages.map(message => `${message.line} ${message.ruleId}`)).toContain('4 unresolved-reference');
        // Only Nobody is unresolved: VP comes from org.revorg on disk.
        expect(results[0].messages.filter(message => message.ruleId === 'unresolved-reference')).toHaveLength(1);
        expect(readFileSync(path.join(dir, 'reps.revorg'), 'utf8')).toBe(REPS);
        expect(run.status).toBe(1);
    });

    it('lints a buffer named after a file that does not exist yet as a new file of the model', () => {
        const dir = workspace({ 'revorg.config.json': CONFIG, 'org.revorg': ORG });
        const results = report(runCli(['lint', '--stdin', '--stdin-filename', 'new/reps.revorg', '-f', 'json'], dir, REPS).stdout);
        expect(results.map(result => result.filePath)).toEqual(['new/reps.revorg']);
        expect(rules(results)).not.toContainEqual(expect.stringContaining('unresolved-reference'));
    });

    it('reads stdin for -, and names a buffer with no file <stdin>', () => {
        const dir = workspace({});
        const run = runCli(['lint', '-', '-f', 'json'], dir, ORG);
        expect(report(run.stdout).map(result => result.filePath)).toEqual(['<stdin>']);
        const stylish = runCli(['lint', '-'], dir, 'role X {\n');
        expect(stylish.status).toBe(1);
        expect(stylish.stdout).toMatch(/^<stdin>\n/);
    });

    it('refuses what it cannot do, with one line and exit 2', () => {
        const dir = workspace({ 'org.revorg': ORG });
        const cases: Array<[string[], string]> = [
            [['lint', '--stdin', 'org.revorg'], 'revorg: --stdin reads the model file from stdin: give no path with it (got org.revorg); name the file with --stdin-filename\n'],
            [['lint', '-', 'org.revorg'], 'revorg: - reads the model file from stdin: give no other path with it\n'],
            [['lint', '--stdin-filename', 'org.revorg'], 'revorg: --stdin-filename names the text read with --stdin\n'],
            [['lint', '--stdin', '--stdin-filename', 'notes.txt'], 'revorg: --stdin-filename notes.txt: not a .revorg file (revorg reads only *.revorg files)\n'],
        ];
        for (const [args, message] of cases) {
            const run = runCli(args, dir, ORG);
            expect(run.status, args.join(' ')).toBe(2);
            expect(run.stderr).toBe(message);
            expect(run.stdout).toBe('');
        }
    });
});
