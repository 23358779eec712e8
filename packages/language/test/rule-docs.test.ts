/**
 * Where diagnostics link a rule's documentation (`codeDescription.href`): the project's docs/rules,
 * derived from the homepage in package.json, unless revorg.config.json's `ruleDocs` names another
 * folder of pages. Every kind of diagnostic follows it: a rule's finding, the parser's and
 * linker's errors, and an unused suppression.
 */
import { clearDocuments } from 'langium/test';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyOverrides, parseConfig, resolveConfig, type RuleOverrides } from '../src/index.js';
import { lintModel, testServices } from './rule-tester.js';

const { homepage } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { homepage: string };
const MIRROR = 'https://wiki.example.com/revops/rules/';

/** A handoff without an SLA, a reference to nothing, a suppression of a rule that does not fire there, and a syntax error. */
const MODEL = `organization "Docs Co" { arr: 2M employees: 12 }
role Rep { kind: ae }
handoff RepToRep { from: Rep to: Rep owner: Rep }
// revorg-disable-next-line cro-scope
role Ghost { kind: ae reportsTo: Nobody }
role ! { }
`;

const hrefs = (diagnostics: ReadonlyArray<{ code?: number | string; codeDescription?: { href: string } }>) =>
    Object.fromEntries(diagnostics.map(diagnostic => [String(diagnostic.code), diagnostic.codeDescription?.href]));

afterEach(async () => {
    await clearDocuments(testServices.shared);
});

describe('rule documentation links', () => {
    it('point at docs/rules on the homepage of package.json by default', async () => {
        const { diagnostics } = await lintModel(MODEL);
        const links = hrefs(diagnostics);
        for (const id of ['handoff-sla-required', 'unresolved-reference', 'unused-suppression', 'syntax-error']) {
            expect(links[id], id).toBe(`${homepage}/blob/main/docs/rules/${id}.md`);
        }
    });

    it('point at the folder the config\'s ruleDocs names, for every kind of diagnostic', async () => {
        const { overrides, problems } = parseConfig(JSON.stringify({ ruleDocs: MIRROR }));
        expect(problems).toEqual([]);
        const { diagnostics } = await lintModel(MODEL, { ruleDocs: overrides.ruleDocs });
        const links = hrefs(diagnostics);
        for (const id of ['handoff-sla-required', 'unresolved-reference', 'unused-suppression', 'syntax-error']) {
            expect(links[id], id).toBe(`${MIRROR}${id}.md`);
        }
    });
});

describe('the ruleDocs setting', () => {
    const read = (value: unknown) => {
        const { overrides, problems } = parseConfig(JSON.stringify({ ruleDocs: value }));
        return { ruleDocs: overrides.ruleDocs, problems: problems.map(problem => `${problem.path}: ${problem.message}`) };
    };

    it('takes an http(s) folder URL, with or without its final slash', () => {
        expect(read(MIRROR)).toEqual({ ruleDocs: MIRROR, problems: [] });
        expect(read('http://intranet/revorg/rules')).toEqual({ ruleDocs: 'http://intranet/revorg/rules/', problems: [] });
    });

    it.each([
        ['not a string', 42, /^ruleDocs: "ruleDocs" must be the URL of the folder of rule pages/],
        ['a relative path', 'docs/rules/', /^ruleDocs: "ruleDocs" must be an absolute URL/],
        ['another scheme', 'file:///srv/rules/', /^ruleDocs: "ruleDocs" must be an http or https URL/],
        ['a query the page name would follow', 'https://wiki.example.com/rules?page=', /^ruleDocs: "ruleDocs" is a folder .* cannot have a query or a fragment/],
    ])('reports %s at its JSON path', (_name, value, message) => {
        const { ruleDocs, problems } = read(value);
        expect(ruleDocs).toBeUndefined();
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(message);
    });

    it('is taken from the last layer that sets it', () => {
        const layer = (ruleDocs?: string): RuleOverrides => ({ ...emptyOverrides(), ruleDocs });
        expect(resolveConfig().docsUrl('cro-scope')).toBe(`${homepage}/blob/main/docs/rules/cro-scope.md`);
        expect(resolveConfig(layer(MIRROR), layer()).docsUrl('cro-scope')).toBe(`${MIRROR}cro-scope.md`);
        expect(resolveConfig(layer(MIRROR), layer('https://fork.example.com/rules/')).docsUrl('cro-scope')).toBe('https://fork.example.com/rules/cro-scope.md');
    });
});
