/**
 * The rule documentation pages ship inside the extension, so `revorg.openRuleDocs` opens them in
 * the Markdown preview without a network: the packaged extension (as `vsce ls` lists it) has a
 * page for every rule of the catalogue, the same text as docs/rules, and no page of a rule that
 * is gone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../packages/language/src/index.js';
import { EXTENSION_DIR, packagedFiles } from './extension-package.js';
import { REPO_ROOT } from './run-cli.js';

const PAGES = 'dist/rules/';

describe('the rule pages in the packaged extension', () => {
    it.each(RULES.map(rule => rule.meta.id))('%s has its page, as docs/rules has it', id => {
        expect(packagedFiles()).toContain(`${PAGES}${id}.md`);
        const shipped = readFileSync(path.join(EXTENSION_DIR, PAGES, `${id}.md`), 'utf8');
        expect(shipped).toBe(readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`), 'utf8'));
    });

    it('holds no page of a rule the catalogue does not have', () => {
        const ids = new Set(RULES.map(rule => rule.meta.id));
        const pages = [...packagedFiles()].filter(file => file.startsWith(PAGES)).map(file => file.slice(PAGES.length, -'.md'.length));
        expect(pages.filter(page => !ids.has(page))).toEqual([]);
    });
});
