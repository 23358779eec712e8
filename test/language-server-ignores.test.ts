/**
 * The config's `ignores` in the real language server over stdio: a file it leaves out is not part
 * of the model, as in `revorg lint`; changing the config puts it back, and takes it out again.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from './lsp-client.js';
import { workspace } from './run-cli.js';
import { SERVER_ORG as ORG } from './server-model.js';


/** A draft that declares VP again: in the model, both declarations are duplicate-name errors. */
const DRAFT = 'role VP { kind: vp-sales team: Sales }\n';

describe('ignores in the language server', () => {
    const root = workspace({ 'revorg.config.json': '{ "ignores": ["drafts/**"] }', 'org.revorg': ORG, 'drafts/next-year.revorg': DRAFT });
    const org = path.join(root, 'org.revorg');
    const draft = path.join(root, 'drafts', 'next-year.revorg');
    const config = path.join(root, 'revorg.config.json');
    let client: LspClient;

    beforeAll(async () => {
        client = new LspClient();
        await client.initialize(root);
    });

    afterAll(async () => {
        await client.stop();
    });

    it('leaves the ignored file out of the model: no diagnostics for it, no duplicate in the rest', async () => {
        await client.waitFor('diagnostics on org.revorg', () => client.diagnostics.has(fileUri(org)));
        expect(client.codes(org)).toEqual([]);
        expect(client.diagnostics.has(fileUri(draft))).toBe(false);
    });

    it('puts the file back when the config no longer ignores it, and takes it out again', async () => {
        writeFileSync(config, '{}');
        await client.filesChanged([{ uri: fileUri(config), type: FileChangeType.Changed }]);
        await client.waitFor('the draft to clash with org.revorg', () => client.codes(org).includes('duplicate-name'));
        expect(client.codes(draft).length).toBeGreaterThan(0);

        writeFileSync(config, '{ "ignores": ["drafts/**"] }');
        await client.filesChanged([{ uri: fileUri(config), type: FileChangeType.Changed }]);
        await client.waitFor('the clash to go', () => !client.codes(org).includes('duplicate-name'));
        await client.waitFor('the draft\'s diagnostics to be cleared', () => client.codes(draft).length === 0);
    });

    it('drops a watcher\'s news of a new file in an ignored folder', async () => {
        const another = path.join(root, 'drafts', 'another.revorg');
        writeFileSync(another, 'role AE { kind: ae team: Sales }\n');
        await client.filesChanged([{ uri: fileUri(another), type: FileChangeType.Created }]);
        // A change to a file of the model after it proves the server handled the news first.
        writeFileSync(org, `${ORG}// touched\n`);
        await client.filesChanged([{ uri: fileUri(org), type: FileChangeType.Changed }]);
        await new Promise(resolve => setTimeout(resolve, 500));
        expect(client.codes(org)).toEqual([]);
        expect(client.diagnostics.has(fileUri(another))).toBe(false);
    });
});
