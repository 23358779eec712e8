/**
 * An untitled buffer (VS Code's New File, the extension's New Model starter) is part of the model
 * while it is open, and leaves it when it is closed without being saved: its declarations must not
 * linger in the server, resolving (or clashing with) the names of the workspace's files.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client.js';
import { workspace } from './run-cli.js';

describe('an untitled document in the language server', () => {
    const root = workspace({ 'org.revorg': 'team Sales {\n    function: sales\n    lead: Scratch\n}\n' });
    const org = path.join(root, 'org.revorg');
    const untitled = 'untitled:Untitled-1';
    let client: LspClient;
    const unresolved = () => client.codes(org).includes('unresolved-reference');

    beforeAll(async () => {
        client = new LspClient();
        await client.initialize(root);
        await client.waitFor('org.revorg to miss the role Scratch', unresolved);
    });

    afterAll(async () => {
        await client.stop();
    });

    it('declares names for the workspace while it is open', async () => {
        await client.openUri(untitled, 'role Scratch {\n    kind: ae\n    team: Sales\n}\n');
        await client.waitFor('Scratch to resolve from the untitled buffer', () => !unresolved());
        expect(client.codes(org)).not.toContain('unresolved-reference');
    });

    it('takes them away when it is closed', async () => {
        await client.closeUri(untitled);
        await client.waitFor('Scratch to be unknown again', unresolved);
        expect(client.codes(org)).toContain('unresolved-reference');
    });
});
