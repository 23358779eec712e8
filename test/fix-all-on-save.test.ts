/**
 * `source.fixAll.revorg` from the real language server over stdio, as VS Code asks for it on save
 * when `editor.codeActionsOnSave` opts in: one action that applies `revorg lint --fix`'s preferred
 * fixes to the document, and nothing when every fix would add an error or none is asked for.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CodeActionRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from './lsp-client.js';
import { workspace } from './run-cli.js';
import { SERVER_ORG as ORG } from './server-model.js';

const HANDOFFS = `handoff VpToAe {
    from: VP
    to: AE
    owner: VP
}
`;

async function fixAllOnSave(files: Record<string, string>, only: string[]): Promise<{ actions: CodeAction[]; file: string }> {
    const root = workspace(files);
    const file = path.join(root, 'handoffs.revorg');
    client = new LspClient();
    await client.initialize(root);
    await client.open(file, HANDOFFS);
    await client.waitFor('diagnostics on handoffs.revorg', () => client!.codes(file).includes('handoff-sla-required'));
    const actions = await client.request(CodeActionRequest.type, {
        textDocument: { uri: fileUri(file) },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only, triggerKind: 2 },
    }) as CodeAction[];
    return { actions, file };
}

let client: LspClient | undefined;

afterEach(async () => {
    await client?.stop();
    client = undefined;
});

describe('source.fixAll.revorg', () => {
    it('is one action that inserts the SLA the handoff lacks, asked for as source.fixAll', async () => {
        const { actions, file } = await fixAllOnSave({ 'org.revorg': ORG, 'handoffs.revorg': HANDOFFS }, ['source.fixAll']);
        expect(actions.map(action => action.kind)).toEqual(['source.fixAll.revorg']);
        const edits = actions[0].edit!.changes![fileUri(file)];
        expect(Object.keys(actions[0].edit!.changes!)).toEqual([fileUri(file)]);
        const fixed = TextDocument.applyEdits(TextDocument.create(fileUri(file), 'revorg', 1, HANDOFFS), edits);
        expect(fixed).toBe(`${HANDOFFS}\nsla VpToAeSla {\n    handoff: VpToAe\n    within: 24h\n    touches: 3\n    audit: weekly\n}\n`);
    });

    it('is offered only when asked for: the lightbulb (quickfix) does not get it', async () => {
        const { actions } = await fixAllOnSave({ 'org.revorg': ORG, 'handoffs.revorg': HANDOFFS }, ['quickfix']);
        expect(actions.map(action => action.kind)).not.toContain('source.fixAll.revorg');
    });

    it('applies no fix that would add an error: with sla-incomplete an error, there is nothing to do', async () => {
        const { actions } = await fixAllOnSave({
            'org.revorg': ORG,
            'handoffs.revorg': HANDOFFS,
            'revorg.config.json': '{ "rules": { "sla-incomplete": "error" } }',
        }, ['source.fixAll.revorg']);
        expect(actions).toEqual([]);
    });
});
