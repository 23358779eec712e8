/**
 * The declaration snippets, generated from the language schema for completion and written into
 * the extension's snippets file at build time: the file is exactly what the server offers, and
 * every snippet, once inserted with its placeholders, is a declaration the language accepts with
 * nothing required left out.
 */
import { clearDocuments } from 'langium/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DECLARATIONS, vscodeSnippets } from '../packages/language/src/index.js';
import { snippetPreview } from '../packages/language/src/lsp/completion/declaration-snippets.js';
import { lintModel, testServices } from '../packages/language/test/rule-tester.js';
import { REPO_ROOT } from './run-cli.js';

afterEach(async () => {
    await clearDocuments(testServices.shared);
});

describe('declaration snippets', () => {
    it('are the extension\'s snippets file, one per declaration kind', () => {
        const file = path.join(REPO_ROOT, 'packages', 'extension', 'snippets', 'revorg.json');
        expect(existsSync(file)).toBe(true);
        const shipped = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        expect(shipped).toEqual(vscodeSnippets());
        expect(Object.keys(shipped)).toEqual(DECLARATIONS.map(declaration => declaration.keyword));
    });

    it.each(DECLARATIONS.map(declaration => declaration.type))('%s: inserted as it is, parses with every required property', async type => {
        const { diagnostics } = await lintModel(snippetPreview(type));
        const codes = diagnostics.map(diagnostic => diagnostic.code);
        expect(codes).not.toContain('syntax-error');
        expect(codes).not.toContain('missing-property');
        expect(codes).not.toContain('invalid-value');
    });
});
