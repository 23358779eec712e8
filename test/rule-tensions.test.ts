/**
 * Rules that pull on the same part of a model must never contradict each other: a user has to be
 * able to satisfy both.
 *
 * - Some pairs ask opposite things of the same structure under different conditions (a RevOps
 *   role wanted from 51 employees, premature under $5M ARR; a CRO wanted at enterprise stage,
 *   premature under $10M ARR). For a company of any size and ARR, having the structure or not
 *   must satisfy both (checked over a grid), and no example, conformance case or fuzzed model
 *   gets both at once.
 * - Other pairs can both fire, and fixing one can bring the other (adding a KPI to a role can mix
 *   its dashboard; raising a headcount to fill pods can pass the company's size). Both pages of
 *   such a pair say how to satisfy both, in their "With other rules" section.
 */
import { clearDocuments } from 'langium/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ruleById } from '../packages/language/src/index.js';
import { lintModel, testServices } from '../packages/language/test/rule-tester.js';
import { CASES_DIR, caseFiles, caseNames } from './conformance/cases.js';
import { mutate, random, seedTexts } from './fuzz.js';
import { REPO_ROOT } from './run-cli.js';

/**
 * Pairs whose conditions exclude each other: both never fire on one model. `premature-structure`
 * counts here for its findings on RevOps teams and roles (what `revops-leader-required` asks for),
 * not for those on pods, which a company of any size can remove without upsetting another rule.
 */
const EXCLUSIVE: ReadonlyArray<readonly [string, string]> = [
    ['premature-structure', 'revops-leader-required'],
    ['cro-before-10m-arr', 'cro-at-enterprise'],
];

/** Whether a diagnostic is one the exclusive pairs are about. */
function counts(diagnostic: { code?: unknown; data?: unknown }): boolean {
    return diagnostic.code !== 'premature-structure' || (diagnostic.data as { structure?: string } | undefined)?.structure === 'revops';
}

/** Pairs that may both fire, where fixing one can bring the other: both pages explain how to satisfy both. */
const EXPLAINED: ReadonlyArray<readonly [string, string]> = [
    ...EXCLUSIVE,
    ['role-kpi-required', 'motion-kpi-mismatch'],
    ['flat-structure-at-startup', 'multiple-top-roles'],
    ['sla-before-second-rep', 'handoff-sla-required'],
    ['handoff-rate-threshold', 'handoff-rate-broken'],
    ['headcount-exceeds-employees', 'pod-seats-exceed-headcount'],
    ['revops-governance-required', 'revops-embedded-partners'],
    ['revops-leader-required', 'revops-placement'],
    ['revops-placement', 'revops-embedded-partners'],
];

afterEach(async () => {
    await clearDocuments(testServices.shared);
});

async function firing(code: string | Record<string, string>): Promise<Set<string>> {
    await clearDocuments(testServices.shared);
    const { diagnostics } = await lintModel(code);
    return new Set(diagnostics.filter(counts).map(diagnostic => String(diagnostic.code)));
}

function bothFire(fired: ReadonlySet<string>): string[] {
    return EXCLUSIVE.filter(([a, b]) => fired.has(a) && fired.has(b)).map(([a, b]) => `${a} + ${b}`);
}

/** The "With other rules" section of a rule's docs page. */
function withOtherRules(id: string): string {
    const page = readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
    const start = page.indexOf('\n## With other rules\n');
    if (start < 0) return '';
    const end = page.indexOf('\n## ', start + 1);
    return page.slice(start, end < 0 ? undefined : end);
}

describe('rules that pull on the same structure', () => {
    it.each(EXPLAINED)('%s and %s: each page says how to satisfy both', (a, b) => {
        expect(ruleById(a)).toBeDefined();
        expect(ruleById(b)).toBeDefined();
        expect(withOtherRules(a), `docs/rules/${a}.md`).toContain(`\`${b}\``);
        expect(withOtherRules(b), `docs/rules/${b}.md`).toContain(`\`${a}\``);
    });

    it('can both be satisfied by a company of any size and ARR: with or without RevOps, with or without a CRO', async () => {
        const unsatisfiable: string[] = [];
        for (const employees of [8, 50, 51, 200, 201, 900]) {
            for (const arr of ['900K', '4.9M', '5M', '9.9M', '10M', '40M']) {
                const model = (revops: boolean, cro: boolean) => [
                    `organization "Grid" { arr: ${arr} employees: ${employees} }`,
                    'role CEO { kind: ceo }',
                    cro ? 'role CRO { kind: cro reportsTo: CEO }' : '',
                    revops ? 'team RevOps { function: revops lead: Ops }\nrole Ops { kind: revops team: RevOps reportsTo: CEO }' : '',
                ].join('\n');
                for (const [pair, vary] of [[EXCLUSIVE[0], 'revops'], [EXCLUSIVE[1], 'cro']] as const) {
                    let satisfied = false;
                    for (const present of [false, true]) {
                        const fired = await firing(model(vary === 'revops' && present, vary === 'cro' && present));
                        if (!fired.has(pair[0]) && !fired.has(pair[1])) satisfied = true;
                    }
                    if (!satisfied) unsatisfiable.push(`${employees} employees, $${arr} ARR: no ${vary === 'revops' ? 'RevOps' : 'CRO'} choice satisfies ${pair.join(' and ')}`);
                }
            }
        }
        expect(unsatisfiable).toEqual([]);
    });

    it('never both fire on an example, a conformance case or a fuzzed model', async () => {
        const contradictions: string[] = [];
        const examples = path.join(REPO_ROOT, 'examples');
        for (const text of seedTexts([examples])) {
            for (const pair of bothFire(await firing(text))) contradictions.push(`an example file: ${pair}`);
        }
        for (const name of caseNames()) {
            const files = Object.fromEntries(caseFiles(name).map(file => [file, readFileSync(path.join(CASES_DIR, name, file), 'utf8')]));
            for (const pair of bothFire(await firing(files))) contradictions.push(`${name}: ${pair}`);
        }
        const seeds = seedTexts([examples, CASES_DIR]);
        const next = random(7);
        for (let round = 0; round < 300; round++) {
            const text = mutate(seeds[Math.floor(next() * seeds.length)], next, seeds);
            for (const pair of bothFire(await firing(text))) contradictions.push(`fuzz round ${round}: ${pair}`);
        }
        expect(contradictions).toEqual([]);
    }, 300_000);
});
