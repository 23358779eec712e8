import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LSPErrorCodes, ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { createRevorgServices } from '../../src/index.js';

const services = createRevorgServices(EmptyFileSystem).Revorg;
const parse = parseHelper(services);
const provider = services.lsp.RenameProvider;

afterEach(async () => {
    await clearDocuments(services.shared);
});

const ORG = `organization "Acme" { arr: 12M employees: 140 }
team Sales "Sales" { function: sales }
role SDR "Sales Development Representative" {
    kind: sdr
    team: Sales
    reportsTo: Manager
}
role Manager { kind: sales-manager team: Sales }
`;

const PIPELINE = `handoff SdrToManager {
    from: SDR
    to: Manager
    owner: Manager
}
kpi Meetings { measures: meetings owners: [SDR, Manager] }
pod Core { members: [SDR x2, Manager] }
`;

async function givenModel(): Promise<{ org: LangiumDocument; pipeline: LangiumDocument }> {
    const org = await parse(ORG, { documentUri: 'file:///model/org.revorg' });
    const pipeline = await parse(PIPELINE, { documentUri: 'file:///model/pipeline.revorg' });
    return { org, pipeline };
}

/** A position inside the first occurrence of a text (on its second character). */
function positionOf(document: LangiumDocument, text: string) {
    const offset = document.textDocument.getText().indexOf(text);
    if (offset < 0) throw new Error(`'${text}' not found`);
    return document.textDocument.positionAt(offset + 1);
}

/** Every file's text once the edit is applied. */
function applied(edit: WorkspaceEdit | undefined, documents: LangiumDocument[]): string[] {
    return documents.map(document => {
        const edits = edit?.changes?.[document.uri.toString()] ?? [];
        return TextDocument.applyEdits(document.textDocument, edits);
    });
}

async function renameError(document: LangiumDocument, at: string, newName: string): Promise<ResponseError<unknown>> {
    let error: unknown;
    try {
        await provider.rename(document, { textDocument: { uri: document.uri.toString() }, position: positionOf(document, at), newName });
    } catch (thrown) {
        error = thrown;
    }
    expect(error).toBeInstanceOf(ResponseError);
    return error as ResponseError<unknown>;
}

describe('rename', () => {
    it('renames a role from a reference: its declaration and every reference, in both files', async () => {
        const { org, pipeline } = await givenModel();
        const edit = await provider.rename(pipeline, { textDocument: { uri: pipeline.uri.toString() }, position: positionOf(pipeline, 'Manager\n}'), newName: 'SalesManager' });
        expect(applied(edit, [org, pipeline])).toEqual([
            ORG.replace('reportsTo: Manager', 'reportsTo: SalesManager').replace('role Manager', 'role SalesManager'),
            PIPELINE.replaceAll('Manager', 'SalesManager').replace('SdrToSalesManager', 'SdrToManager'),
        ]);
        expect(Object.keys(edit?.changes ?? {}).sort()).toEqual(['file:///model/org.revorg', 'file:///model/pipeline.revorg']);
        expect(edit?.changes?.['file:///model/org.revorg']).toHaveLength(2);
        expect(edit?.changes?.['file:///model/pipeline.revorg']).toHaveLength(4);
    });

    it('renames from the declaration name too', async () => {
        const { org, pipeline } = await givenModel();
        const edit = await provider.rename(org, { textDocument: { uri: org.uri.toString() }, position: positionOf(org, 'SDR "'), newName: 'Sdr' });
        expect(applied(edit, [org, pipeline])).toEqual([
            ORG.replace('role SDR', 'role Sdr'),
            PIPELINE.replace('from: SDR', 'from: Sdr').replace('[SDR, Manager]', '[Sdr, Manager]').replace('[SDR x2', '[Sdr x2'),
        ]);
    });

    it('renames a team used as a party', async () => {
        const { org, pipeline } = await givenModel();
        const edit = await provider.rename(org, { textDocument: { uri: org.uri.toString() }, position: positionOf(org, 'Sales "'), newName: 'SalesTeam' });
        expect(applied(edit, [org, pipeline])).toEqual([
            ORG.replace('team Sales "', 'team SalesTeam "').replaceAll('team: Sales', 'team: SalesTeam'),
            PIPELINE,
        ]);
    });

    it('refuses a name another declaration of any kind already has, and says which', async () => {
        const { org, pipeline } = await givenModel();
        const error = await renameError(pipeline, 'Manager\n}', 'Sales');
        expect(error.code).toBe(LSPErrorCodes.RequestFailed);
        expect(error.message).toBe("Cannot rename role 'Manager' to 'Sales': team 'Sales' already exists (org.revorg, line 2). "
            + 'Names are unique across the whole model, whatever the declaration kind.');
        expect((await renameError(org, 'Manager {', 'Meetings')).message).toBe("Cannot rename role 'Manager' to 'Meetings': kpi 'Meetings' already exists (pipeline.revorg, line 6). "
            + 'Names are unique across the whole model, whatever the declaration kind.');
    });

    it('refuses a name that is not an identifier', async () => {
        const { pipeline } = await givenModel();
        expect((await renameError(pipeline, 'Manager]', 'Sales Manager')).message)
            .toBe("'Sales Manager' is not a valid name: a name starts with a letter or '_' and continues with letters, digits or '_' (for example SalesManager).");
        expect((await renameError(pipeline, 'Manager]', 'vp-sales')).message).toContain("'vp-sales' is not a valid name");
        expect((await renameError(pipeline, 'Manager]', '2ndLine')).message).toContain('(for example _2ndLine)');
        expect((await renameError(pipeline, 'Manager]', '')).message).toContain("'' is not a valid name");
    });

    it('accepts the current name (nothing changes)', async () => {
        const { org, pipeline } = await givenModel();
        const edit = await provider.rename(org, { textDocument: { uri: org.uri.toString() }, position: positionOf(org, 'Manager {'), newName: 'Manager' });
        expect(applied(edit, [org, pipeline])).toEqual([ORG, PIPELINE]);
    });
});

describe('prepareRename', () => {
    it('gives the range of a declaration name or a reference', async () => {
        const { org, pipeline } = await givenModel();
        const at = (document: LangiumDocument, text: string) => provider.prepareRename(document, { textDocument: { uri: document.uri.toString() }, position: positionOf(document, text) });
        expect(await at(org, 'Manager {')).toEqual({ start: { line: 7, character: 5 }, end: { line: 7, character: 12 } });
        expect(await at(pipeline, 'SDR x2')).toEqual({ start: { line: 6, character: 21 }, end: { line: 6, character: 24 } });
    });

    it('gives nothing on a keyword, a value, the organization title or an unresolved name', async () => {
        const { org } = await givenModel();
        const broken = await parse('role Rep { kind: ae reportsTo: Nobody }', { documentUri: 'file:///model/broken.revorg' });
        const at = (document: LangiumDocument, text: string) => provider.prepareRename(document, { textDocument: { uri: document.uri.toString() }, position: positionOf(document, text) });
        expect(await at(org, 'role SDR')).toBeUndefined();
        expect(await at(org, 'sdr\n')).toBeUndefined();
        expect(await at(org, 'Acme')).toBeUndefined();
        expect(await at(broken, 'Nobody')).toBeUndefined();
    });

    it('renames a segment where a role serves it and is embedded in it', async () => {
        const document = await parse('segment Ent { acv: 120K }\nrole Partner { kind: revops embeddedIn: [Ent] segment: Ent }\n', { documentUri: 'file:///model/v2.revorg' });
        const edit = await provider.rename(document, { textDocument: { uri: document.uri.toString() }, position: positionOf(document, 'Ent {'), newName: 'Enterprise' });
        const edits = edit?.changes?.[document.uri.toString()] ?? [];
        expect(edits.map(change => change.newText)).toEqual(['Enterprise', 'Enterprise', 'Enterprise']);
    });
});
