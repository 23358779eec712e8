/**
 * `revorg lint --fix` and `--fix-dry-run` (CLI.md, version 2), end to end with the real CLI: on a
 * copy of every conformance case, fixing never adds an error and leaves nothing that a preferred
 * quick fix could still fix; a fix that would add an error is never written.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../packages/cli/src/results.js';
import { CASES_DIR, caseNames } from './conformance/cases.js';
import { runCli, workspace } from './run-cli.js';

function copyOf(folder: string): string {
    const copy = mkdtempSync(path.join(tmpdir(), 'revorg-fix-'));
    cpSync(folder, copy, { recursive: true });
    return copy;
}

function report(stdout: string): FileResult[] {
    return JSON.parse(stdout) as FileResult[];
}

/** Each error as file, rule and message (positions move when a fix inserts text), with how often it occurs. */
function errorCounts(results: readonly FileResult[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const result of results) {
        for (const message of result.messages.filter(candidate => candidate.severity === 'error')) {
            const key = `${result.filePath} ${message.ruleId}: ${message.message}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return counts;
}

function texts(folder: string): Record<string, string> {
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.revorg')).sort();
    return Object.fromEntries(files.map(file => [file, readFileSync(path.join(folder, file), 'utf8')]));
}

describe('lint --fix on a copy of every conformance case', () => {
    let fixedProblems = 0;

    it.each(caseNames())('%s: adds no error and leaves nothing a preferred fix could fix', name => {
        const copy = copyOf(path.join(CASES_DIR, name));
        const before = runCli(['lint', '.', '-f', 'json'], copy);
        const fixed = runCli(['lint', '.', '--fix', '-f', 'json'], copy);
        expect(fixed.status, fixed.stderr).not.toBe(2);
        expect(fixed.stderr).not.toContain('unapplied');
        fixedProblems += [...fixed.stderr.matchAll(/fixed (\d+) problems?/g)].reduce((sum, match) => sum + Number(match[1]), 0);

        const errorsBefore = errorCounts(report(before.stdout));
        for (const [error, count] of errorCounts(report(fixed.stdout))) {
            expect(count, `--fix added ${error}`).toBeLessThanOrEqual(errorsBefore.get(error) ?? 0);
        }
        // The files as written give the report --fix printed, and a second look finds nothing left to fix.
        const again = runCli(['lint', '.', '--fix-dry-run', '-f', 'json'], copy);
        expect(report(again.stdout)).toEqual(report(fixed.stdout));
        expect(again.stderr).not.toMatch(/would fix/);
        expect(report(again.stdout).every(result => result.output === undefined)).toBe(true);
    });

    it('fixes something across the cases (the test above would pass vacuously otherwise)', () => {
        expect(fixedProblems).toBeGreaterThanOrEqual(10);
    });
});

/** Leaves the KPI quick fixes out of these tests, so that the one fix in play is the SLA's. */
const ONLY_SLA_FIXES = ['--rule', 'role-kpi-required=off'];

const MODEL = `organization "Fix Co" {
    arr: 6M
    employees: 40
}

team Marketing { function: marketing lead: VPM }
team Sales { function: sales lead: VPS }
role VPS { kind: vp-sales team: Sales }
role VPM { kind: vp-marketing team: Marketing reportsTo: VPS }
role SDR { kind: sdr team: Sales reportsTo: VPS }
role AE { kind: ae team: Sales reportsTo: VPS }
definition SAL { stage: sal title: "Director+" fit: "SaaS" engagement: "Demo booked" }
handoff SdrToAe {
    from: SDR
    to: AE
    owner: VPS
}
`;

describe('lint --fix', () => {
    it('writes the fixed files and reports what remains, the same as --fix-dry-run showed', () => {
        const dir = workspace({ 'org.revorg': MODEL });
        const dryRun = runCli(['lint', '.', '--fix-dry-run', '-f', 'json', ...ONLY_SLA_FIXES], dir);
        const [shown] = report(dryRun.stdout);
        expect(shown.output).toContain('sla SdrToAeSla {');
        expect(dryRun.stderr).toContain('revorg: would fix 1 problem in 1 file');
        expect(readFileSync(path.join(dir, 'org.revorg'), 'utf8')).toBe(MODEL);

        const fixed = runCli(['lint', '.', '--fix', '-f', 'json', ...ONLY_SLA_FIXES], dir);
        expect(fixed.stderr).toContain('revorg: fixed 1 problem in 1 file');
        expect(readFileSync(path.join(dir, 'org.revorg'), 'utf8')).toBe(shown.output);
        const [remaining] = report(fixed.stdout);
        expect(remaining.output).toBeUndefined();
        expect(remaining.messages.map(message => message.ruleId)).not.toContain('handoff-sla-required');
        expect(remaining.messages.map(message => message.ruleId)).toEqual(shown.messages.map(message => message.ruleId));
    });

    it('never writes a fix that would add an error: the SLA it would insert has no volume, which this config makes an error', () => {
        const dir = workspace({ 'org.revorg': MODEL, 'revorg.config.json': '{ "rules": { "sla-incomplete": "error" } }' });
        const run = runCli(['lint', '.', '--fix', '-f', 'json', ...ONLY_SLA_FIXES], dir);
        expect(run.stderr).toContain("revorg: left a fix of handoff-sla-required (Insert SLA for SdrToAe) unapplied: it would add an error");
        expect(readFileSync(path.join(dir, 'org.revorg'), 'utf8')).toBe(MODEL);
        expect(report(run.stdout)[0].messages.map(message => message.ruleId)).toContain('handoff-sla-required');
    });

    it('fixes only the files named, though it reads the whole model', () => {
        const dir = workspace({
            'revorg.config.json': '{}',
            'org.revorg': MODEL,
            'more.revorg': 'handoff VpmToSdr {\n    from: VPM\n    to: SDR\n    owner: VPS\n}\n',
        });
        const run = runCli(['lint', 'more.revorg', '--fix', ...ONLY_SLA_FIXES], dir);
        expect(run.stderr).toContain('revorg: fixed 1 problem in 1 file');
        expect(readFileSync(path.join(dir, 'org.revorg'), 'utf8')).toBe(MODEL);
        expect(readFileSync(path.join(dir, 'more.revorg'), 'utf8')).toContain('sla VpmToSdrSla {');
    });

    it('is refused with stdin (there is no file to write) and together with --fix-dry-run', () => {
        const dir = workspace({ 'org.revorg': MODEL });
        const piped = runCli(['lint', '--stdin', '--fix'], dir, MODEL);
        expect(piped.status).toBe(2);
        expect(piped.stderr).toBe('revorg: --fix cannot write the text read from stdin: use --fix-dry-run --format json, whose "output" is the fixed text\n');
        const both = runCli(['lint', '.', '--fix', '--fix-dry-run'], dir);
        expect(both.status).toBe(2);
        expect(both.stdout).toBe('');
        expect(texts(dir)).toEqual({ 'org.revorg': MODEL });
    });
});
