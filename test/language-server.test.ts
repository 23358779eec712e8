/**
 * `revorg-language-server --stdio` driven by a real LSP client: the published diagnostics carry
 * their rule ids and docs links, follow edits across files, and follow revorg.config.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { RULES } from '../packages/language/src/index.js';
import { RuleSettingsRequest } from '../packages/server/src/protocol.js';
import { BUNDLED_SERVER, fileUri, LspClient, SERVER } from './lsp-client.js';
import { workspace } from './run-cli.js';
import { SERVER_ORG as ORG } from './server-model.js';

const HANDOFFS = `handoff VpToAe {
    from: VP
    to: AE
}
`;

describe.each([
    { name: 'revorg-language-server --stdio', server: SERVER },
    { name: 'the server bundled in the extension (dist/server.mjs)', server: BUNDLED_SERVER },
])('$name', ({ server }) => {
    const root = workspace({ 'org.revorg': ORG, 'handoffs.revorg': HANDOFFS, 'slas.revorg': '// SLAs live here.\n' });
    const handoffs = path.join(root, 'handoffs.revorg');
    const slas = path.join(root, 'slas.revorg');
    const config = path.join(root, 'revorg.config.json');
    let client: LspClient;

    beforeAll(async () => {
        client = new LspClient(server);
        await client.initialize(root);
    });

    afterAll(async () => {
        await client.stop();
    });

    it('publishes the diagnostics of every workspace file, with rule ids and docs links', async () => {
        await client.waitFor('diagnostics on handoffs.revorg', () => client.codes(handoffs).length === 2);
        expect(client.codes(handoffs)).toEqual(['handoff-owner-required', 'handoff-sla-required']);
        const [owner] = client.diagnostics.get(fileUri(handoffs))!.filter(d => d.code === 'handoff-owner-required');
        expect(owner.severity).toBe(1);
        expect(owner.range.start).toEqual({ line: 0, character: 8 });
        expect(owner.message).toContain("Handoff 'VpToAe' has no owner");
        expect(owner.codeDescription?.href).toMatch(/docs\/rules\/handoff-owner-required\.md$/);
        expect(owner.data).toMatchObject({ code: 'handoff-owner-required' });
        expect(client.codes(path.join(root, 'org.revorg'))).toEqual([]);
        expect(client.registrations).toContain('workspace/didChangeWatchedFiles');
    });

    it('follows edits: fixing the handoff in the editor clears its error', async () => {
        await client.open(handoffs, HANDOFFS);
        await client.change(handoffs, HANDOFFS.replace('to: AE', 'to: AE\n    owner: VP'), 2);
        await client.waitFor('the owner error to go', () => !client.codes(handoffs).includes('handoff-owner-required'));
        expect(client.codes(handoffs)).toEqual(['handoff-sla-required']);
    });

    it('revalidates other files: an SLA added in one file clears the warning on the handoff in another', async () => {
        await client.open(slas, '// SLAs live here.\n');
        await client.change(slas, 'sla Fast { handoff: VpToAe within: 4h touches: 3 volume: 40 audit: weekly }\n', 2);
        await client.waitFor('the SLA warning to go', () => client.codes(handoffs).length === 0);
        expect(client.codes(slas)).toEqual([]);
    });

    it('reports syntax errors as syntax-error and unknown names as unresolved-reference', async () => {
        await client.change(slas, 'sla Fast { handoff: VpToAx within: 4h touches: 3 volume: 40 audit: weekly }\nrole Broken {\n', 3);
        await client.waitFor('errors in slas.revorg', () => client.codes(slas).includes('syntax-error') && client.codes(slas).includes('unresolved-reference'));
        const unresolved = client.diagnostics.get(fileUri(slas))!.find(d => d.code === 'unresolved-reference')!;
        expect(unresolved.message).toBe("Unknown handoff 'VpToAx': no declaration in the model has this name; check the spelling or declare it.");
    });

    it('relinks the documents that reference an edited one: renaming a role breaks, then restores, a reference in another file', async () => {
        const org = path.join(root, 'org.revorg');
        await client.open(org, ORG);
        await client.change(org, ORG.replace('role AE {', 'role AccountExec {'), 2);
        await client.waitFor('the handoff to lose its target', () => client.codes(handoffs).includes('unresolved-reference'));
        const [unresolved] = client.diagnostics.get(fileUri(handoffs))!.filter(d => d.code === 'unresolved-reference');
        expect(unresolved.message).toBe("Unknown team or role 'AE': no declaration in the model has this name; check the spelling or declare it.");
        await client.change(org, ORG, 3);
        await client.waitFor('the reference to resolve again', () => !client.codes(handoffs).includes('unresolved-reference'));
    });

    it('reloads revorg.config.json when it changes and revalidates', async () => {
        await client.change(slas, '// SLAs removed again.\n', 4);
        await client.waitFor('the SLA warning to come back', () => client.codes(handoffs).includes('handoff-sla-required'));
        writeFileSync(config, JSON.stringify({ rules: { 'handoff-sla-required': 'off' } }));
        await client.filesChanged([{ uri: fileUri(config), type: FileChangeType.Created }]);
        await client.waitFor('the rule to be turned off', () => client.codes(handoffs).length === 0);
        const settings = new Map((await client.requestWithoutParams(RuleSettingsRequest)).map(({ id, setting }) => [id, setting]));
        expect(settings.get('handoff-sla-required')).toBe('off');
        expect(settings.get('handoff-owner-required')).toBe('error');
        expect(settings.size).toBe(RULES.length);
    });

    it('reports a broken config as an error message and a diagnostic at the JSON path', async () => {
        writeFileSync(config, '{\n  "rules": {\n    "handoff-sla-required": "loud"\n  }\n}\n');
        await client.filesChanged([{ uri: fileUri(config), type: FileChangeType.Changed }]);
        await client.waitFor('config diagnostics', () => (client.diagnostics.get(fileUri(config)) ?? []).length > 0);
        const [problem] = client.diagnostics.get(fileUri(config))!;
        expect(problem.message).toContain('rules["handoff-sla-required"]: the severity of \'handoff-sla-required\' must be one of');
        expect(problem.range.start).toEqual({ line: 2, character: 28 });
        await client.waitFor('an error message', () => client.messages.some(message => message.type === 1 && message.message.includes('revorg.config.json')));
        // The invalid setting is ignored, so the default severity is back.
        await client.waitFor('the default severity to apply', () => client.codes(handoffs).includes('handoff-sla-required'));
    });
});
