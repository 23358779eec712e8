/**
 * The project's homepage is written in packages/language/package.json and read from there (rule
 * docs links, SARIF's informationUri). The CLI and the extension publish the same homepage and
 * repository in their own package.json (npm and the Marketplace show them): they must agree, so a
 * move of the repository is one search-and-replace that this test checks was complete.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_HOMEPAGE } from '../packages/language/src/project-home.js';
import { DEFAULT_RULE_DOCS_BASE, docsUrl } from '../packages/language/src/rules/rule-docs.js';
import { REPO_ROOT } from './run-cli.js';

interface Manifest {
    homepage?: string;
    repository?: { type?: string; url?: string; directory?: string };
}

const PUBLISHED = ['language', 'cli', 'extension'];

function manifest(pkg: string): Manifest {
    return JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages', pkg, 'package.json'), 'utf8')) as Manifest;
}

describe('the project homepage', () => {
    const language = manifest('language');

    it('is an https URL in the language package, the one the code reads', () => {
        expect(language.homepage).toMatch(/^https:\/\/[^/]+\/\S+[^/]$/);
        expect(PROJECT_HOMEPAGE).toBe(language.homepage);
    });

    it.each(PUBLISHED)('%s: the same homepage, and the repository it names with the package\'s folder', pkg => {
        const { homepage, repository } = manifest(pkg);
        expect(homepage).toBe(language.homepage);
        expect(repository).toEqual({ type: 'git', url: language.homepage, directory: `packages/${pkg}` });
    });

    it('gives the default rule pages: docs/rules on the main branch of its repository', () => {
        expect(DEFAULT_RULE_DOCS_BASE).toBe(`${language.homepage}/blob/main/docs/rules/`);
        expect(docsUrl('handoff-sla-required')).toBe(`${language.homepage}/blob/main/docs/rules/handoff-sla-required.md`);
    });
});
