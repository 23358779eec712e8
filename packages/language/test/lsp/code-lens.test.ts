import { EmptyFileSystem, URI } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeLens } from 'vscode-languageserver';
import { createRevorgServices } from '../../src/index.js';

const services = createRevorgServices(EmptyFileSystem);
const parse = parseHelper(services.Revorg);

afterEach(async () => {
    await clearDocuments(services.shared);
});

async function lensesOf(text: string): Promise<CodeLens[]> {
    const document = await parse(text);
    return (await services.Revorg.lsp.CodeLensProvider.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } })) ?? [];
}

/** A lens as `line:start-end title`, the range being the declaration's name. */
function describeLens(lens: CodeLens): string {
    const { start, end } = lens.range;
    expect(end.line).toBe(start.line);
    return `${start.line}:${start.character}-${end.character} ${lens.command?.title}`;
}

describe('code lens', () => {
    it('shows span of control on roles and SLA terms on handoffs', async () => {
        const lenses = await lensesOf([
            'role Ceo { kind: ceo }',                                            // 0
            'role VP { kind: vp-sales reportsTo: Ceo headcount: 2 }',            // 1
            'role SDR { kind: sdr reportsTo: VP headcount: 4 }',                 // 2
            'role AE { kind: ae reportsTo: VP headcount: 1 }',                   // 3
            'handoff SdrToAe { from: SDR to: AE owner: VP }',                    // 4
            'handoff AeToSdr { from: AE to: SDR }',                              // 5
            'sla Fast { handoff: SdrToAe within: 4h touches: 3 audit: weekly }', // 6
        ].join('\n'));
        expect(lenses.map(describeLens)).toEqual([
            '0:5-8 1 direct report · 7 people beneath',
            '1:5-7 2 direct reports · 5 people beneath',
            '2:5-8 0 direct reports · 0 people beneath',
            '3:5-7 0 direct reports · 0 people beneath',
            '4:8-15 SLA 4h · 3 touches',
            '5:8-15 no SLA',
        ]);
        // Informational: VS Code draws a lens with an empty command as plain text.
        expect(lenses.every(lens => lens.command?.command === '')).toBe(true);
    });

    it('shows one lens per SLA when a handoff has several', async () => {
        const lenses = await lensesOf([
            'handoff H { from: A to: B }',
            'role A { kind: sdr }',
            'role B { kind: ae }',
            'sla First { handoff: H within: 1h }',
            'sla Second { handoff: H touches: 1 }',
            'sla Third { handoff: H within: 0h }',
        ].join('\n'));
        expect(lenses.map(describeLens)).toEqual([
            '0:8-9 SLA 1h',
            '0:8-9 SLA 1 touch',
            // `within: 0h` does not read (an invalid-value error): the lens names the SLA instead.
            '0:8-9 SLA Third',
            '1:5-6 0 direct reports · 0 people beneath',
            '2:5-6 0 direct reports · 0 people beneath',
        ]);
    });

    it('counts reports and SLAs declared in other files of the model', async () => {
        const workspace = services.shared.workspace;
        const [a, b] = [
            ['/model/a.revorg', 'role Boss { kind: vp-sales }\nhandoff H { from: Boss to: Rep }'],
            ['/model/b.revorg', 'role Rep { kind: ae reportsTo: Boss headcount: 5 }\nsla S { handoff: H within: 2d }'],
        ].map(([path, text]) => {
            const document = workspace.LangiumDocumentFactory.fromString(text, URI.file(path));
            workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await workspace.DocumentBuilder.build([a, b]);
        const lenses = (await services.Revorg.lsp.CodeLensProvider.provideCodeLens(a, { textDocument: { uri: a.uri.toString() } })) ?? [];
        expect(lenses.map(describeLens)).toEqual([
            '0:5-9 1 direct report · 5 people beneath',
            '1:8-9 SLA 2d',
        ]);
    });

    it('marks roles on a reporting cycle instead of counting forever', async () => {
        const lenses = await lensesOf([
            'role A { kind: ae reportsTo: B }',
            'role B { kind: ae reportsTo: A }',
            'role C { kind: ae reportsTo: A headcount: 3 }',
        ].join('\n'));
        expect(lenses.map(describeLens)).toEqual([
            '0:5-6 2 direct reports · on a reporting cycle',
            '1:5-6 1 direct report · on a reporting cycle',
            '2:5-6 0 direct reports · 0 people beneath',
        ]);
    });

    it('shows nothing for other declarations', async () => {
        expect(await lensesOf('team T { function: sales }\nkpi K { measures: nrr owners: [T] }')).toEqual([]);
    });
});
