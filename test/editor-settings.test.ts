/**
 * The editor's `revorg.ruleDocs` setting, as an LSP client sends it (VS Code's settings, or any
 * editor's `revorg` section): the language server reads it on start and when it changes, links the
 * diagnostics to that folder of rule pages, and lets revorg.config.json's `ruleDocs` win over it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { docsUrl } from '../packages/language/src/rules/rule-docs.js';
import { fileUri, LspClient } from './lsp-client.js';
import { workspace } from './run-cli.js';

const MODEL = `organization "Settings Co" { arr: 2M employees: 12 }
role Rep { kind: ae }
handoff RepToRep { from: Rep to: Rep owner: Rep }
`;
const EDITOR_PAGES = 'https://wiki.example.com/revops/rules';
const FILE_PAGES = 'https://github.com/acme/revorg/blob/main/docs/rules/';

describe('the revorg.ruleDocs setting of the editor', () => {
    const root = workspace({ 'model.revorg': MODEL });
    const model = path.join(root, 'model.revorg');
    let client: LspClient;
    const link = () => client.diagnostics.get(fileUri(model))?.find(diagnostic => diagnostic.code === 'handoff-sla-required')?.codeDescription?.href;

    beforeAll(async () => {
        client = new LspClient();
        await client.initialize(root, { ruleDocs: EDITOR_PAGES });
    });

    afterAll(async () => {
        await client.stop();
    });

    it('links the diagnostics to its folder from the start', async () => {
        await client.waitFor('the first diagnostics', () => link() !== undefined);
        expect(link()).toBe(`${EDITOR_PAGES}/handoff-sla-required.md`);
    });

    it('follows a change of the setting; empty is the project\'s pages', async () => {
        await client.settingsChanged({ ruleDocs: '' });
        await client.waitFor('links to the project\'s pages', () => link() === docsUrl('handoff-sla-required'));
        await client.settingsChanged({ ruleDocs: EDITOR_PAGES });
        await client.waitFor('links to the setting\'s pages again', () => link() === `${EDITOR_PAGES}/handoff-sla-required.md`);
    });

    it('gives way to the ruleDocs of revorg.config.json', async () => {
        const config = path.join(root, 'revorg.config.json');
        writeFileSync(config, JSON.stringify({ ruleDocs: FILE_PAGES }));
        await client.filesChanged([{ uri: fileUri(config), type: FileChangeType.Created }]);
        await client.waitFor('links to the config\'s pages', () => link() === `${FILE_PAGES}handoff-sla-required.md`);
    });

    it('ignores a value that is not a folder URL, and says so in the log', async () => {
        writeFileSync(path.join(root, 'revorg.config.json'), '{}');
        await client.filesChanged([{ uri: fileUri(path.join(root, 'revorg.config.json')), type: FileChangeType.Changed }]);
        await client.settingsChanged({ ruleDocs: 'docs/rules/' });
        await client.waitFor('links to the project\'s pages', () => link() === docsUrl('handoff-sla-required'));
        const warned = () => client.custom.some(({ method, params }) => method === 'window/logMessage' && JSON.stringify(params).includes('revorg.ruleDocs is ignored'));
        await client.waitFor('the warning', warned);
    });
});
