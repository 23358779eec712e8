/**
 * The meta-test (like typescript-eslint's): every rule id of the spec (RULES.md's catalogue and
 * LANGUAGE.md's errors) has its implementation file, its registry entry with the documented default
 * severity, its docs page with the required sections, and a test file with valid and invalid
 * cases. The docs pages' examples are executed: the failing one must trigger the rule, the passing
 * one must not.
 */
import { clearDocuments } from 'langium/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../packages/language/src/index.js';
import { lintModel } from '../packages/language/test/rule-tester.js';
import { REPO_ROOT } from './run-cli.js';

const SPEC = path.resolve(REPO_ROOT, '..', 'shared', 'spec');

/** `| \`id\` | default | ...` rows of RULES.md's catalogue table. */
function catalogue(): Array<{ id: string; severity: string }> {
    const text = readFileSync(path.join(SPEC, 'RULES.md'), 'utf8');
    const table = text.slice(text.indexOf('## The catalogue'), text.indexOf('## Quick fixes'));
    return [...table.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning|info|hint) \|/gm)].map(([, id, severity]) => ({ id, severity }));
}

/** The errors every implementation reports (LANGUAGE.md section 4). */
function languageErrors(): string[] {
    const text = readFileSync(path.join(SPEC, 'LANGUAGE.md'), 'utf8');
    const section = text.slice(text.indexOf('## 4.'), text.indexOf('## 5.'));
    return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map(([, id]) => id);
}

/** The first ```revorg block after a heading of a docs page. */
function exampleUnder(page: string, heading: string): string | undefined {
    const start = page.indexOf(`\n## ${heading}\n`);
    if (start < 0) return undefined;
    const match = /```revorg\n([\s\S]*?)```/.exec(page.slice(start));
    return match?.[1];
}

const specRules = catalogue();
const specErrors = languageErrors();

describe('the rule catalogue', () => {
    it('is read from the spec', () => {
        expect(specRules.length).toBe(27);
        expect(specErrors).toEqual(['syntax-error', 'unresolved-reference', 'duplicate-name', 'duplicate-property', 'missing-property', 'invalid-value']);
    });

    it('has no rule in the registry that the spec does not know, except unused-suppression', () => {
        const known = new Set([...specRules.map(rule => rule.id), ...specErrors, 'unused-suppression']);
        expect(RULES.map(rule => rule.meta.id).filter(id => !known.has(id))).toEqual([]);
    });
});

const everyId = [...specErrors.map(id => ({ id, severity: 'error' })), ...specRules, { id: 'unused-suppression', severity: 'hint' }];

describe.each(everyId)('rule $id', ({ id, severity }) => {
    afterEach(async () => {
        await clearDocuments((await import('../packages/language/test/rule-tester.js')).testServices.shared);
    });

    it('is implemented in its own file and registered with the default severity of the spec', () => {
        expect(existsSync(path.join(REPO_ROOT, 'packages', 'language', 'src', 'rules', `${id}.ts`))).toBe(true);
        const rule = ruleById(id);
        expect(rule).toBeDefined();
        expect(rule!.meta.defaultSeverity).toBe(severity);
        expect(rule!.meta.description.length).toBeGreaterThan(10);
    });

    it('has tests with valid and invalid cases', () => {
        const file = path.join(REPO_ROOT, 'packages', 'language', 'test', 'rules', `${id}.test.ts`);
        expect(existsSync(file), `missing ${path.relative(REPO_ROOT, file)}`).toBe(true);
        const text = readFileSync(file, 'utf8');
        expect(text).toContain(`runRuleTests('${id}'`);
        expect(text).toMatch(/valid: \[\s*\{/);
        expect(text).toMatch(/invalid: \[\s*\{/);
    });

    it('has a docs page whose failing example fails and whose passing example passes', async () => {
        const file = path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`);
        expect(existsSync(file), `missing docs/rules/${id}.md`).toBe(true);
        const page = readFileSync(file, 'utf8');
        expect(page.startsWith(`# ${id}\n`)).toBe(true);
        for (const heading of ['## Why', '## Fails', '## Passes']) expect(page).toContain(`\n${heading}\n`);
        expect(page).toMatch(new RegExp(`\\| Default severity \\| \`${severity}\` \\|`));
        const options = Object.keys(ruleById(id)?.meta.options ?? {});
        if (options.length > 0) {
            expect(page).toContain('\n## Options\n');
            for (const option of options) expect(page).toContain(`\`${option}\``);
        }

        const failing = exampleUnder(page, 'Fails');
        const passing = exampleUnder(page, 'Passes');
        expect(failing, 'a ```revorg block under ## Fails').toBeDefined();
        expect(passing, 'a ```revorg block under ## Passes').toBeDefined();
        const failed = await lintModel(failing!);
        expect(failed.diagnostics.map(d => d.code)).toContain(id);
        await clearDocuments((await import('../packages/language/test/rule-tester.js')).testServices.shared);
        const passed = await lintModel(passing!);
        const codes = passed.diagnostics.map(d => d.code);
        expect(codes).not.toContain(id);
        expect(codes).not.toContain('syntax-error');
    });
});
