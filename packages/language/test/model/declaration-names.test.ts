/**
 * The facts read which declarations have each name from the workspace's name index, kept up to
 * date per document; a build without one (computeFacts on its own) indexes the names itself.
 * Both must agree on the duplicates and on the declaration a name stands for.
 */
import { EmptyFileSystem, URI } from 'langium';
import { expect, it } from 'vitest';
import { createRevorgServices } from '../../src/index.js';
import { computeFacts, modelOrder, type RevorgFacts } from '../../src/model/facts/index.js';

const FILES = {
    // Model order is by path: a.revorg's declarations come first.
    'b.revorg': 'team Sales { function: sales }\nrole AE { kind: ae }\nrole AE { kind: sdr }\nkpi Pipeline { measures: pipeline }',
    'a.revorg': 'role Sales { kind: vp-sales }\nrole Lead { kind: ae }\nkpi AE { measures: net-new-arr }',
    'c.revorg': 'handoff Lead { from: Sales to: AE }\nrole Solo { kind: csm }\norganization "Acme" { arr: 12M }',
};

function described(facts: RevorgFacts) {
    const nameOf = (declaration: { $type: string; name?: string; $cstNode?: { range: { start: { line: number } } } }) => `${declaration.$type} ${declaration.name} line ${declaration.$cstNode?.range.start.line}`;
    return {
        duplicates: facts.duplicates.map(({ declaration, first }) => `${nameOf(declaration)} after ${nameOf(first)}`),
        named: ['Sales', 'AE', 'Lead', 'Pipeline', 'Solo', 'Nobody'].map(name => {
            const declaration = facts.declarationNamed(name);
            return declaration ? nameOf(declaration) : `${name}: none`;
        }),
    };
}

it('the name index and a build of its own agree on duplicates, in model order, and on what each name stands for', async () => {
    const { shared, Revorg } = createRevorgServices(EmptyFileSystem);
    const documents = Object.entries(FILES).map(([name, text]) => shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/model/${name}`)));
    for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });

    const fromIndex = described(Revorg.revorg.Facts.get());
    expect(fromIndex).toEqual(described(computeFacts(modelOrder(documents))));
    expect(fromIndex.duplicates).toEqual([
        'Team Sales line 0 after Role Sales line 0',
        'Role AE line 1 after Kpi AE line 2',
        'Role AE line 2 after Kpi AE line 2',
        'Handoff Lead line 0 after Role Lead line 1',
    ]);
    expect(fromIndex.named).toEqual(['Role Sales line 0', 'Kpi AE line 2', 'Role Lead line 1', 'Kpi Pipeline line 3', 'Role Solo line 1', 'Nobody: none']);
});
