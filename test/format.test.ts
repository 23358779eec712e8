/**
 * `revorg format [paths] [--check]` (CLI.md, version 2): the language server's formatter from the
 * command line. End to end with the real CLI, and idempotent on every example and on the fuzz
 * corpus (the same mutated models the fuzzer lints).
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSource } from '../packages/language/src/index.js';
import { CASES_DIR } from './conformance/cases.js';
import { mutate, random, seedTexts } from './fuzz.js';
import { REPO_ROOT, runCli, workspace } from './run-cli.js';

const MESSY = 'role AE{kind:ae,team:Sales ;reportsTo:VP}\n\n\n\nrole VP { kind: vp-sales team: Sales }\n';
const TIDY = 'role AE {\n    kind: ae\n    team: Sales\n    reportsTo: VP\n}\n\nrole VP {\n    kind: vp-sales\n    team: Sales\n}\n';

describe('revorg format', () => {
    it('rewrites the files that are not in the canonical layout and lists them', () => {
        const dir = workspace({ 'a.revorg': MESSY, 'b.revorg': TIDY });
        const run = runCli(['format'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('a.revorg\n');
        expect(readFileSync(path.join(dir, 'a.revorg'), 'utf8')).toBe(TIDY);
        expect(runCli(['format'], dir).stdout).toBe('');
    });

    it('--check changes nothing, lists the files to format and exits 1; 0 when all are formatted', () => {
        const dir = workspace({ 'models/a.revorg': MESSY, 'models/b.revorg': TIDY });
        const run = runCli(['format', 'models', '--check'], dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('models/a.revorg\n');
        expect(run.stderr).toBe('revorg: 1 file is not formatted; run revorg format to format it\n');
        expect(readFileSync(path.join(dir, 'models/a.revorg'), 'utf8')).toBe(MESSY);
        expect(runCli(['format', 'models/b.revorg', '--check'], dir).status).toBe(0);
    });

    it('formats stdin to stdout, for editors', () => {
        const dir = workspace({});
        expect(runCli(['format', '--stdin'], dir, MESSY).stdout).toBe(TIDY);
        expect(runCli(['format', '-'], dir, MESSY).stdout).toBe(TIDY);
        expect(runCli(['format', '-', '--check'], dir, MESSY).status).toBe(1);
    });

    it('leaves alone what the config ignores, and refuses what is not a model file', () => {
        const dir = workspace({ 'revorg.config.json': '{ "ignores": ["drafts/**"] }', 'drafts/a.revorg': MESSY });
        expect(runCli(['format', '.'], dir).status).toBe(0);
        expect(readFileSync(path.join(dir, 'drafts/a.revorg'), 'utf8')).toBe(MESSY);
        const notes = workspace({ 'notes.txt': 'hello' });
        const run = runCli(['format', 'notes.txt'], notes);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('revorg: not a .revorg file: notes.txt (revorg reads only *.revorg files)\n');
    });

    it('is idempotent on every example: a formatted copy passes --check', () => {
        const copy = mkdtempSync(path.join(tmpdir(), 'revorg-format-'));
        cpSync(path.join(REPO_ROOT, 'examples'), copy, { recursive: true });
        expect(runCli(['format', '.'], copy).status).toBe(0);
        const check = runCli(['format', '.', '--check'], copy);
        expect(check.stdout).toBe('');
        expect(check.status).toBe(0);
    });
});

describe('formatSource on the fuzz corpus', () => {
    it('formats a formatted text into itself, whatever the text (syntax errors included)', () => {
        const seeds = seedTexts([path.join(REPO_ROOT, 'examples'), CASES_DIR]);
        const failures: number[] = [];
        for (let seed = 1; seed <= 400; seed++) {
            const next = random(seed);
            const once = formatSource(mutate(seeds[Math.floor(next() * seeds.length)], next, seeds));
            if (formatSource(once) !== once) failures.push(seed);
        }
        expect(failures).toEqual([]);
    });
});
