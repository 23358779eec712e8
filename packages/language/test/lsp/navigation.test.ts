import { EmptyFileSystem, type LangiumDocument } from 'langium';
import {
    clearDocuments, expectFindReferences, expectFoldings, expectGoToDefinition, expectHighlight, expectSymbols, expectWorkspaceSymbols,
    parseHelper,
} from 'langium/test';
import { afterEach, describe, expect, it } from 'vitest';
import { SymbolKind, type DocumentSymbol, type Location } from 'vscode-languageserver';
import { createRevorgServices } from '../../src/index.js';

const { shared, Revorg: services } = createRevorgServices(EmptyFileSystem);
const parse = parseHelper(services);

afterEach(async () => {
    await clearDocuments(shared);
});

const ORG = `team Sales "Sales" { function: sales }
role Manager "Sales Manager" { kind: sales-manager team: Sales }
role SDR "Sales Development Representative" {
    kind: sdr
    team: Sales
    reportsTo: Manager
}
`;

async function givenOrgFile(): Promise<LangiumDocument> {
    return parse(ORG, { documentUri: 'file:///model/org.revorg' });
}

function rangeOf(document: LangiumDocument, text: string, occurrence = 0) {
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = document.textDocument.getText().indexOf(text, offset + 1);
    return { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + text.length) };
}

describe('go to definition', () => {
    it('jumps from a reference to the declaration name in the same file', async () => {
        await expectGoToDefinition(services)({
            text: 'role <|Lead|> { kind: sales-manager }\nrole Rep { kind: ae reportsTo: <|>Lead }',
            index: 0,
            rangeIndex: 0,
        });
    });

    it('jumps to a declaration in another file', async () => {
        const org = await givenOrgFile();
        const pipeline = await parse('handoff H {\n    from: SDR\n    to: Sales\n}', { documentUri: 'file:///model/pipeline.revorg' });
        const links = await services.lsp.DefinitionProvider!.getDefinition(pipeline, {
            textDocument: { uri: pipeline.uri.toString() },
            position: { line: 1, character: 11 },
        });
        expect(links?.map(link => ({ uri: link.targetUri, range: link.targetSelectionRange }))).toEqual([
            { uri: 'file:///model/org.revorg', range: rangeOf(org, 'SDR') },
        ]);
    });

    it('jumps from a list item and from a pod member', async () => {
        await expectGoToDefinition(services)({
            text: 'role <|AE|> { kind: ae }\nkpi K { measures: nrr owners: [<|>AE] }\npod P { members: [AE<|> x3] }',
            index: 1,
            rangeIndex: 0,
        });
    });
});

describe('the version 2 properties', () => {
    it('go to definition from dottedTo, embeddedIn, a role\'s segment and a pod among KPI owners', async () => {
        const text = 'role <|RVP|> { kind: vp-sales }\nteam <|EMEA|> { function: sales }\nsegment <|Ent|> { acv: 120K }\npod <|East|> { members: [RVP] }\n'
            + 'role Partner { kind: revops dottedTo: [<|>RVP] embeddedIn: [<|>EMEA, <|>Ent] segment: <|>Ent }\nkpi K { measures: pipeline owners: [<|>East] }';
        for (const [index, rangeIndex] of [[0, 0], [1, 1], [2, 2], [3, 2], [4, 3]]) {
            await clearDocuments(shared);
            await expectGoToDefinition(services)({ text, index, rangeIndex });
        }
    });

    it('find references includes them', async () => {
        await expectFindReferences(services)({
            text: 'role <|R<|>VP|> { kind: vp-sales }\nrole Partner { kind: revops dottedTo: [<|RVP|>] }\nicp I { owners: [<|RVP|>] }\nkpi K { measures: pipeline owners: [<|RVP|>] }',
            includeDeclaration: true,
        });
    });
});

describe('find references', () => {
    it('finds every reference in the file, with or without the declaration', async () => {
        const text = 'role <|Lead|> { kind: sales-manager }\nrole Rep { kind: ae reportsTo: <|Le<|>ad|> }\nteam T { function: sales lead: <|Lead|> }';
        await expectFindReferences(services)({ text, includeDeclaration: true });
        await clearDocuments(shared);
        await expectFindReferences(services)({
            text: 'role Lead { kind: sales-manager }\nrole Rep { kind: ae reportsTo: <|Le<|>ad|> }\nteam T { function: sales lead: <|Lead|> }',
            includeDeclaration: false,
        });
    });

    it('finds references in other files', async () => {
        const org = await givenOrgFile();
        const pipeline = await parse('handoff H {\n    from: SDR\n    to: Manager\n}\nkpi K { measures: meetings owners: [SDR] }', { documentUri: 'file:///model/pipeline.revorg' });
        const references = await services.lsp.ReferencesProvider!.findReferences(org, {
            textDocument: { uri: org.uri.toString() },
            position: rangeOf(org, 'SDR').start,
            context: { includeDeclaration: true },
        });
        const byPlace = (a: Location, b: Location) => a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line;
        expect(references.sort(byPlace)).toEqual([
            { uri: 'file:///model/org.revorg', range: rangeOf(org, 'SDR') },
            { uri: 'file:///model/pipeline.revorg', range: rangeOf(pipeline, 'SDR') },
            { uri: 'file:///model/pipeline.revorg', range: rangeOf(pipeline, 'SDR', 1) },
        ]);
    });
});

describe('document highlight', () => {
    it('highlights the declaration and its references in the file', async () => {
        await expectHighlight(services)({
            text: 'role <|Lead|> { kind: sales-manager }\nrole Rep { kind: ae reportsTo: <|Le<|>ad|> }\npod P { lead: <|Lead|> members: [<|Lead|> x1, Rep] }',
            index: 0,
            rangeIndex: [0, 1, 2, 3],
        });
    });

    it('highlights nothing on a keyword', async () => {
        await expectHighlight(services)({ text: 'ro<|>le Lead { kind: sales-manager }', index: 0, rangeIndex: [] });
    });
});

describe('document symbols', () => {
    const text = `organization "Acme Analytics" {
    arr: 12M
    employees: 140
}
team Sales "Sales" { function: sales }
role SDR "Sales Development Representative" {
    kind: sdr
    team: Sales
    kpis: [Meetings,
           Pipeline]
}
handoff SdrToAe { from: SDR to: AE }
kpi Meetings { measures: meetings owners: [SDR] }
`;

    it('lists the declarations in text order, each with its kind, summary and properties', async () => {
        await expectSymbols(services)({
            text,
            assert: symbols => {
                const outline = (symbol: DocumentSymbol): unknown => ({
                    name: symbol.name,
                    kind: symbol.kind,
                    detail: symbol.detail,
                    ...(symbol.children ? { children: symbol.children.map(outline) } : {}),
                });
                expect(symbols.map(outline)).toEqual([
                    {
                        name: 'Acme Analytics', kind: SymbolKind.Namespace, detail: 'organization · ARR 12M', children: [
                            { name: 'arr', kind: SymbolKind.Property, detail: '12M' },
                            { name: 'employees', kind: SymbolKind.Property, detail: '140' },
                        ],
                    },
                    { name: 'Sales', kind: SymbolKind.Module, detail: 'team · sales · Sales', children: [{ name: 'function', kind: SymbolKind.Property, detail: 'sales' }] },
                    {
                        name: 'SDR', kind: SymbolKind.Class, detail: 'role · sdr · Sales Development Representative', children: [
                            { name: 'kind', kind: SymbolKind.Property, detail: 'sdr' },
                            { name: 'team', kind: SymbolKind.Property, detail: 'Sales' },
                            { name: 'kpis', kind: SymbolKind.Property, detail: '[Meetings, Pipeline]' },
                        ],
                    },
                    {
                        name: 'SdrToAe', kind: SymbolKind.Event, detail: 'handoff · SDR → AE', children: [
                            { name: 'from', kind: SymbolKind.Property, detail: 'SDR' },
                            { name: 'to', kind: SymbolKind.Property, detail: 'AE' },
                        ],
                    },
                    {
                        name: 'Meetings', kind: SymbolKind.Number, detail: 'KPI · meetings', children: [
                            { name: 'measures', kind: SymbolKind.Property, detail: 'meetings' },
                            { name: 'owners', kind: SymbolKind.Property, detail: '[SDR]' },
                        ],
                    },
                ]);
            },
        });
    });

    it('selects the name and spans the block, with every child inside its parent', async () => {
        await expectSymbols(services)({
            text,
            assert: symbols => {
                const role = symbols[2];
                expect(role.selectionRange).toEqual({ start: { line: 5, character: 5 }, end: { line: 5, character: 8 } });
                expect(role.range).toEqual({ start: { line: 5, character: 0 }, end: { line: 10, character: 1 } });
                expect(role.children?.[2].range).toEqual({ start: { line: 8, character: 4 }, end: { line: 9, character: 20 } });
                expect(role.children?.[2].selectionRange).toEqual({ start: { line: 8, character: 4 }, end: { line: 8, character: 8 } });
                expect(symbols[0].selectionRange).toEqual({ start: { line: 0, character: 13 }, end: { line: 0, character: 29 } });
            },
        });
    });

    it('leaves out a declaration the parser could not name', async () => {
        await expectSymbols(services)({
            text: 'role { kind: sdr }\nteam Sales { function: sales }',
            expectedSymbols: ['Sales'],
        });
    });
});

describe('workspace symbols', () => {
    it('finds declarations of every file by name, with kind and summary', async () => {
        await givenOrgFile();
        await parse('handoff SdrToAe { from: SDR to: Sales }\nkpi SdrMeetings { measures: meetings owners: [SDR] }', { documentUri: 'file:///model/pipeline.revorg' });
        await expectWorkspaceSymbols(shared)({
            query: 'sdr',
            assert: symbols => {
                expect(symbols.map(symbol => ({ name: symbol.name, kind: symbol.kind, containerName: symbol.containerName, uri: 'uri' in symbol.location ? symbol.location.uri : '' }))).toEqual([
                    { name: 'SDR', kind: SymbolKind.Class, containerName: 'role · sdr · Sales Development Representative', uri: 'file:///model/org.revorg' },
                    { name: 'SdrToAe', kind: SymbolKind.Event, containerName: 'handoff · SDR → Sales', uri: 'file:///model/pipeline.revorg' },
                    { name: 'SdrMeetings', kind: SymbolKind.Number, containerName: 'KPI · meetings', uri: 'file:///model/pipeline.revorg' },
                ]);
            },
        });
    });

    it('lists every named declaration for an empty query', async () => {
        await givenOrgFile();
        await expectWorkspaceSymbols(shared)({ query: '', expectedSymbols: ['Sales', 'Manager', 'SDR'] });
    });
});

describe('folding ranges', () => {
    it('folds multi-line blocks and lists, keeping the closing line visible, and whole block comments', async () => {
        await expectFoldings(services)({
            text: `<|/*
 * The sales team.
 */|>
<|team Sales {
    function: sales|>
}
<|role SDR {
    kind: sdr
    <|kpis: [
        Meetings,|>
    ]|>
}
role AE { kind: ae }
`,
        });
    });

    it('does not fold one- or two-line blocks and comments', async () => {
        await expectFoldings(services)({ text: '/* one */\nrole AE { kind: ae }\nrole SE {\n    kind: se }\n// a line\n// another line\n' });
    });
});
