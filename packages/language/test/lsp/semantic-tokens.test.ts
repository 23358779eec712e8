import { EmptyFileSystem } from 'langium';
import { clearDocuments, expectSemanticToken, highlightHelper } from 'langium/test';
import { afterEach, describe, expect, it } from 'vitest';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { createRevorgServices } from '../../src/index.js';

const services = createRevorgServices(EmptyFileSystem);
const highlight = highlightHelper(services.Revorg);

afterEach(async () => {
    await clearDocuments(services.shared);
});

describe('semantic tokens', () => {
    it('colours each declaration name by its kind', async () => {
        const tokens = await highlight(`
team <|Sales|> { function: sales }
role <|SDR|> { kind: sdr }
definition <|SAL|> { stage: sal }
icp <|Core|> { owners: [Sales] }
handoff <|H|> { from: SDR to: Sales }
sla <|Fast|> { handoff: H within: 1h }
kpi <|Pipe|> { measures: pipeline owners: [Sales] }
cadence <|Weekly|> { every: weekly attendees: [Sales] }
pod <|P|> { members: [SDR] }
segment <|Smb|> { acv: 8K }`);
        const expected = [
            SemanticTokenTypes.class, SemanticTokenTypes.type, SemanticTokenTypes.interface, SemanticTokenTypes.interface,
            SemanticTokenTypes.function, SemanticTokenTypes.decorator, SemanticTokenTypes.variable, SemanticTokenTypes.event,
            SemanticTokenTypes.struct, SemanticTokenTypes.namespace,
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { tokenType, rangeIndex }));
    });

    it('colours references by the kind they resolve to, in single values, lists and pod members', async () => {
        const tokens = await highlight(`
team Sales { function: sales lead: <|Rep|> }
role Rep { kind: ae team: <|Sales|> kpis: [<|K|>] }
kpi K { measures: nrr owners: [<|Sales|>, <|Rep|>] }
handoff H { from: <|Rep|> to: <|Sales|> }
sla S { handoff: <|H|> within: 1h }
pod P { members: [<|Rep|> x2] }`);
        const expected = [
            SemanticTokenTypes.type, SemanticTokenTypes.class, SemanticTokenTypes.variable, SemanticTokenTypes.class,
            SemanticTokenTypes.type, SemanticTokenTypes.type, SemanticTokenTypes.class, SemanticTokenTypes.function,
            SemanticTokenTypes.type,
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { tokenType, rangeIndex }));
    });

    it('colours property keys, enumeration values, quantities, strings and keywords', async () => {
        const tokens = await highlight(`
<|organization|> <|"Acme"|> {
    <|arr|>: <|$12M|>
    model: <|assembly-line|>
}
role R <|"Account Executive"|> {
    kind: <|ae|>
    headcount: <|6|>
}
definition D { stage: sal title: <|"VP+"|> }
icp I { criteria: [<|"SaaS"|>] }
pod P { members: [R <|x3|>] }`);
        const expected = [
            SemanticTokenTypes.keyword, SemanticTokenTypes.string, SemanticTokenTypes.property, SemanticTokenTypes.number,
            SemanticTokenTypes.enumMember, SemanticTokenTypes.string, SemanticTokenTypes.enumMember, SemanticTokenTypes.number,
            SemanticTokenTypes.string, SemanticTokenTypes.string, SemanticTokenTypes.number,
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { tokenType, rangeIndex }));
    });

    it('marks declarations, not references, with the declaration modifier', async () => {
        const { tokens } = await highlight('role A { kind: ae }\nrole B { kind: ae reportsTo: A }');
        const declarationBit = services.Revorg.lsp.SemanticTokenProvider.tokenModifiers.declaration;
        const names = tokens.filter(token => token.tokenType === SemanticTokenTypes.type)
            .map(token => `${token.text}@${token.offset}${token.tokenModifiers & declarationBit ? ' declaration' : ''}`);
        expect(names).toEqual(['A@5 declaration', 'B@25 declaration', 'A@49']);
    });

    it('leaves an unresolved reference to its diagnostic', async () => {
        const { tokens } = await highlight('role A { kind: ae reportsTo: Nobody }');
        expect(tokens.map(token => `${token.text}:${token.tokenType}`)).toEqual([
            'role:keyword', 'A:type', 'kind:property', 'ae:enumMember', 'reportsTo:property',
        ]);
    });

    it('highlights a name that is also a keyword by what it names', async () => {
        const tokens = await highlight('team <|sales|> { function: <|sales|> }\nrole R { kind: ae team: <|sales|> }');
        expectSemanticToken(tokens, { tokenType: SemanticTokenTypes.class, rangeIndex: 0 });
        expectSemanticToken(tokens, { tokenType: SemanticTokenTypes.enumMember, rangeIndex: 1 });
        expectSemanticToken(tokens, { tokenType: SemanticTokenTypes.class, rangeIndex: 2 });
    });
});
