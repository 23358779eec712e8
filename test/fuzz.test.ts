/**
 * The quick fuzz run of `npm test` (FUZZ_COUNT inputs, 2,000 by default; `npm run fuzz` runs many
 * more): no mutated model may crash, hang or produce a diagnostic without a rule id, and the real
 * CLI must answer broken files with a lint result, never a stack trace; the diagrams of every
 * mutated model must build, and those laid out must be whole SVG documents.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES_DIR } from './conformance/cases.js';
import { fuzz, mutate, random, seedTexts } from './fuzz.js';
import { REPO_ROOT, runCli, workspace } from './run-cli.js';

const seeds = seedTexts([path.join(REPO_ROOT, 'examples'), CASES_DIR]);
const count = Number(process.env.FUZZ_COUNT ?? 2000);
const firstSeed = Number(process.env.FUZZ_SEED ?? 1);

describe('fuzzing', () => {
    it('has realistic models to start from', () => {
        expect(seeds.length).toBeGreaterThan(5);
    });

    it(`lints ${count} mutated models without a crash, a hang or a diagnostic without a rule id`, async () => {
        const failures = await fuzz(seeds, count, firstSeed);
        const report = failures.slice(0, 3).map(f => `seed ${f.seed}: ${f.problem}\n--- input ---\n${f.input.join('\n--- next file ---\n')}`).join('\n\n');
        expect(failures.length, report).toBe(0);
    }, 600_000);

    it('the CLI answers mutated files with a lint result: exit 0 or 1, JSON on stdout, nothing on stderr', () => {
        const next = random(firstSeed);
        const files: Record<string, string> = {};
        for (let i = 0; i < 25; i++) files[`m${i}.revorg`] = mutate(seeds[Math.floor(next() * seeds.length)], next, seeds);
        const dir = workspace({});
        for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
        const run = runCli(['lint', '--format', 'json'], dir);
        expect(run.stderr).toBe('');
        expect([0, 1]).toContain(run.status);
        expect(JSON.parse(run.stdout)).toHaveLength(25);
    });
});
