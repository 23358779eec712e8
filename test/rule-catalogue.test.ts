/**
 * The meta-test (like typescript-eslint's): the rules in the code and the project's own docs say
 * the same thing. Every registered rule has its implementation file, a docs page in docs/rules/
 * whose default severity and options match the rule's meta, and a test file with valid and invalid
 * cases; every docs page belongs to a registered rule; the README's table lists the registry; and
 * the errors docs/language.md lists are exactly the rules that are errors of the language. The
 * docs pages' examples are executed: the failing one must trigger the rule, the passing one must not.
 */
import { clearDocuments } from 'langium/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../packages/language/src/index.js';
import { lintModel, testServices } from '../packages/language/test/rule-tester.js';
import { REPO_ROOT } from './run-cli.js';

const DOCS = path.join(REPO_ROOT, 'docs', 'rules');

/** The first ```revorg block after a heading of a docs page. */
function exampleUnder(page: string, heading: string): string | undefined {
    const start = page.indexOf(`\n## ${heading}\n`);
    if (start < 0) return undefined;
    const match = /```revorg\n([\s\S]*?)```/.exec(page.slice(start));
    return match?.[1];
}

/** `| [\`id\`](...) | severity ...` rows of the README's rule table. */
function readmeRows(): Array<{ id: string; severity: string }> {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    return [...readme.matchAll(/^\| \[`([a-z0-9-]+)`\]\(docs\/rules\/[a-z0-9-]+\.md\) \| (error|warning|info|hint)/gm)].map(([, id, severity]) => ({ id, severity }));
}

/** The ids in the table of docs/language.md's "Errors of the language". */
function languageErrors(): string[] {
    const text = readFileSync(path.join(REPO_ROOT, 'docs', 'language.md'), 'utf8');
    const section = text.slice(text.indexOf('\n## Errors of the language\n'), text.indexOf('\n## ', text.indexOf('\n## Errors of the language\n') + 1));
    return [...section.matchAll(/^\| \[`([a-z-]+)`\]/gm)].map(([, id]) => id);
}

describe('the rule catalogue', () => {
    it('has a docs page for every rule and a rule for every docs page', () => {
        const pages = readdirSync(DOCS).filter(name => name.endsWith('.md')).map(name => name.slice(0, -'.md'.length)).sort();
        expect(pages).toEqual(RULES.map(rule => rule.meta.id).sort());
    });

    it('is listed in the README in registry order, with each default severity', () => {
        expect(readmeRows()).toEqual(RULES.map(rule => ({ id: rule.meta.id, severity: rule.meta.defaultSeverity })));
    });

    it('has as the errors of the language exactly the rules that can never be turned off', () => {
        expect(languageErrors()).toEqual(RULES.filter(rule => rule.meta.core).map(rule => rule.meta.id));
        for (const rule of RULES.filter(candidate => candidate.meta.core)) expect(rule.meta.defaultSeverity).toBe('error');
    });
});

describe.each(RULES.map(rule => ({ id: rule.meta.id, severity: rule.meta.defaultSeverity })))('rule $id', ({ id, severity }) => {
    afterEach(async () => {
        await clearDocuments(testServices.shared);
    });

    it('is implemented in its own file, with a description', () => {
        expect(existsSync(path.join(REPO_ROOT, 'packages', 'language', 'src', 'rules', `${id}.ts`))).toBe(true);
        expect(ruleById(id)!.meta.description.length).toBeGreaterThan(10);
    });

    it('has tests with valid and invalid cases', () => {
        const file = path.join(REPO_ROOT, 'packages', 'language', 'test', 'rules', `${id}.test.ts`);
        expect(existsSync(file), `missing ${path.relative(REPO_ROOT, file)}`).toBe(true);
        const text = readFileSync(file, 'utf8');
        expect(text).toContain(`runRuleTests('${id}'`);
        expect(text).toMatch(/valid: \[\s*\{/);
        expect(text).toMatch(/invalid: \[\s*\{/);
    });

    it('has a docs page with its default severity and options, whose failing example fails and whose passing example passes', async () => {
        const file = path.join(DOCS, `${id}.md`);
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
        await clearDocuments(testServices.shared);
        const passed = await lintModel(passing!);
        const codes = passed.diagnostics.map(d => d.code);
        expect(codes).not.toContain(id);
        expect(codes).not.toContain('syntax-error');
    });
});
