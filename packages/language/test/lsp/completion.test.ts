import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments, expectCompletion, parseHelper, replaceIndices } from 'langium/test';
import { afterEach, describe, expect, it } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import { MAX_REFERENCE_ITEMS } from '../../src/lsp/completion/completion-provider.js';
import { createRevorgServices } from '../../src/index.js';

const services = createRevorgServices(EmptyFileSystem).Revorg;
const parse = parseHelper(services);
const completion = expectCompletion(services);

afterEach(async () => {
    await clearDocuments(services.shared);
});

/** The provider's list; a provider that answers nothing fails the test. */
async function completionList(document: LangiumDocument, params: CompletionParams): Promise<CompletionList> {
    const list = await services.lsp.CompletionProvider.getCompletion(document, params);
    if (!list) throw new Error(`no completion list at ${params.position.line}:${params.position.character}`);
    return list;
}

/** Another file of the same model: completion must offer its declarations too. */
const PEOPLE = `
team Marketing "Marketing" { function: marketing }
team Sales "Sales" { function: sales }
role SDR "Sales Development Representative" { kind: sdr team: Sales }
role AE "Account Executive" { kind: ae team: Sales }
role VPSales { kind: vp-sales }
kpi Pipeline "Pipeline" { measures: pipeline owners: [Sales] }
kpi Meetings { measures: meetings owners: [SDR] }
definition SAL { stage: sal }
handoff SdrToAe { from: SDR to: AE }
segment Enterprise { model: pod }
`;

async function givenOtherFile(text = PEOPLE): Promise<LangiumDocument> {
    return parse(text, { documentUri: 'file:///model/people.revorg' });
}

/** All items offered at `<|>`, in the order the editor sorts them (sortText, then label). */
let edited = 0;

async function itemsAt(text: string): Promise<CompletionItem[]> {
    const { output, indices } = replaceIndices({ text });
    const document = await parse(output, { documentUri: `file:///model/edited${++edited}.revorg` });
    const list = await completionList(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(indices[0]),
    });
    await clearDocuments(services.shared, [document]);
    return list.items.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '') || a.label.localeCompare(b.label));
}

async function labelsAt(text: string): Promise<string[]> {
    return (await itemsAt(text)).map(item => item.label);
}

describe('top level: a snippet per declaration kind', () => {
    it('offers every declaration kind in LANGUAGE.md order in an empty file', async () => {
        await completion({
            text: '<|>',
            index: 0,
            expectedItems: ['organization', 'team', 'role', 'definition', 'icp', 'handoff', 'sla', 'kpi', 'cadence', 'pod', 'segment'],
        });
    });

    it('offers them after a declaration, filtered by what is typed', async () => {
        expect(await labelsAt('role X { kind: sdr }\nro<|>')).toEqual(['role']);
        expect(await labelsAt('role X { kind: sdr }\n<|>')).toContain('handoff');
    });

    it('does not offer a second organization when the model has one, in any file', async () => {
        await givenOtherFile('organization "Acme" { arr: 12M employees: 140 }');
        const labels = await labelsAt('<|>');
        expect(labels).not.toContain('organization');
        expect(labels).toEqual(['team', 'role', 'definition', 'icp', 'handoff', 'sla', 'kpi', 'cadence', 'pod', 'segment']);
    });

    it('inserts a role with tab stops for name, title, kind, team, reportsTo and headcount, the examples as placeholders', async () => {
        const [role] = (await itemsAt('<|>')).filter(item => item.label === 'role');
        expect(role.kind).toBe(CompletionItemKind.Snippet);
        expect(role.insertTextFormat).toBe(InsertTextFormat.Snippet);
        expect(role.detail).toBe('role declaration');
        expect(role.textEdit?.newText).toBe(
            'role ${1:AE} "${2:Account Executive}" {\n'
            + '\tkind: ${3|ae,ceo,cro,coo,vp-sales,vp-marketing,vp-success,revops,sales-manager,marketing,mdr,sdr,bdr,isr,sar,am,csm,se,enablement,analyst,generalist,other|}\n'
            + '\tteam: ${4:Sales}\n'
            + '\treportsTo: ${5:VPSales}\n'
            + '\theadcount: ${6:4}\n'
            + '}\n$0',
        );
        expect(role.documentation).toEqual({
            kind: 'markdown',
            value: 'A role: kind, team, reporting line and headcount.\n\n```revorg\nrole AE "Account Executive" {\n    kind: ae\n    team: Sales\n    reportsTo: VPSales\n    headcount: 4\n}\n```',
        });
    });

    it('gives each kind a snippet with its required properties', async () => {
        const items = await itemsAt('<|>');
        const snippet = (label: string) => items.find(item => item.label === label)?.textEdit?.newText ?? '';
        expect(snippet('team')).toContain('\tfunction: ${3|sales,marketing,success,revops,product,finance,other|}\n');
        expect(snippet('handoff')).toMatch(/\tfrom: \$\{3:SDR\}\n\tto: \$\{4:AE\}\n/);
        expect(snippet('sla')).toMatch(/\thandoff: \$\{3:SdrToAe\}\n\twithin: \$\{4:24h\}\n/);
        expect(snippet('kpi')).toMatch(/\tmeasures: \$\{3\|handoff-rate,net-new-arr,.*\|\}\n\towners: \[\$\{4:Marketing\}, \$\{5:Sales\}\]\n\ttarget: \$\{6:40%\}\n/);
        expect(snippet('cadence')).toMatch(/\tevery: \$\{4\|weekly,daily,biweekly,monthly,quarterly,yearly\|\}\n.*\tattendees: \[/s);
        expect(snippet('definition')).toContain('\tstage: ${3|sal,mql,sql,pql,opportunity|}\n');
        expect(snippet('pod')).toContain('\tmembers: [${5:SDR} x${6:1}, ${7:AE} x${8:3}, ${9:CSM} x${10:1}]\n');
        // `$` starts a tab stop in snippet syntax, so a dollar amount is escaped.
        expect(snippet('organization')).toBe('organization "${1:Company}" {\n\tarr: ${2:\\$12M}\n\temployees: ${3:140}\n\tacv: ${4:45K}\n\tmodel: ${5|assembly-line,island,pod,hybrid|}\n\trevops: ${6|centralized,decentralized,hybrid|}\n}\n$0');
    });

    it('shows each snippet as it will read once inserted', async () => {
        const [organization] = (await itemsAt('<|>')).filter(item => item.label === 'organization');
        expect((organization.documentation as { value: string }).value).toContain('organization "Company" {\n    arr: $12M\n    employees: 140\n');
    });
});

describe('inside a block: the property keys of the declaration kind', () => {
    it('offers every key of an empty role block, required first, then in LANGUAGE.md order', async () => {
        await completion({
            text: 'role X {\n    <|>\n}',
            index: 0,
            expectedItems: ['kind', 'team', 'reportsTo', 'dottedTo', 'embeddedIn', 'segment', 'headcount', 'motion', 'kpis'],
        });
    });

    it('never offers a key the block already uses', async () => {
        await completion({
            text: 'role X {\n    kind: sdr\n    kpis: []\n    <|>\n}',
            index: 0,
            expectedItems: ['team', 'reportsTo', 'dottedTo', 'embeddedIn', 'segment', 'headcount', 'motion'],
        });
    });

    it('puts the required keys of a handoff first', async () => {
        expect(await labelsAt('handoff H {\n    <|>\n}')).toEqual(['from', 'to', 'trigger', 'owner']);
        expect(await labelsAt('handoff H {\n    from: SDR\n    <|>\n}')).toEqual(['to', 'trigger', 'owner']);
    });

    it('offers the keys of each kind, and only those', async () => {
        expect(await labelsAt('team T {\n    <|>\n}')).toEqual(['function', 'lead']);
        expect(await labelsAt('definition D {\n    <|>\n}')).toEqual(['stage', 'owner', 'title', 'fit', 'engagement']);
        expect(await labelsAt('kpi K {\n    <|>\n}')).toEqual(['measures', 'owners', 'target', 'actual', 'period']);
        expect(await labelsAt('cadence C {\n    <|>\n}')).toEqual(['every', 'attendees', 'purpose', 'duration']);
        expect(await labelsAt('organization "Acme" {\n    arr: 12M\n    <|>\n}')).toEqual(['employees', 'acv', 'model', 'revops', 'products']);
        expect(await labelsAt('segment S {\n    model: pod\n    <|>\n}')).toEqual(['acv', 'development']);
        // Keys spelled like declaration keywords are keys here, not snippets.
        expect(await labelsAt('sla S {\n    <|>\n}')).toEqual(['handoff', 'within', 'touches', 'volume', 'audit', 'auditor']);
        expect(await labelsAt('pod P {\n    <|>\n}')).toEqual(['segment', 'lead', 'members']);
        expect(await labelsAt('icp I {\n    <|>\n}')).toEqual(['owners', 'criteria']);
    });

    it('filters by the typed prefix', async () => {
        expect(await labelsAt('role X {\n    k<|>\n}')).toEqual(['kind', 'kpis']);
    });

    it('still offers the key being retyped, and then inserts the key alone', async () => {
        const items = await itemsAt('role X {\n    kin<|>: sdr\n    team: Sales\n}');
        expect(items.map(item => item.label)).toEqual(['kind']);
        expect(items[0].textEdit?.newText).toBe('kind');
    });

    it('documents each key and inserts what its value needs', async () => {
        const items = await itemsAt('role X {\n    <|>\n}');
        const kind = items.find(item => item.label === 'kind')!;
        expect(kind.kind).toBe(CompletionItemKind.Property);
        expect(kind.detail).toBe('required role property');
        expect(kind.textEdit?.newText).toBe('kind: ');
        expect(kind.command?.command).toBe('editor.action.triggerSuggest');
        expect(kind.documentation).toEqual({
            kind: 'markdown',
            value: 'What the role is (`sdr`, `ae`, `cro`, ...); rules read roles by their kind.\n\n'
                + 'Values: `ceo`, `cro`, `coo`, `vp-sales`, `vp-marketing`, `vp-success`, `revops`, `sales-manager`, `marketing`, `mdr`, `sdr`, `bdr`, `isr`, `sar`, `ae`, `am`, `csm`, `se`, `enablement`, `analyst`, `generalist`, `other`.',
        });
        const kpis = items.find(item => item.label === 'kpis')!;
        expect(kpis.detail).toBe('optional role property');
        expect(kpis.textEdit?.newText).toBe('kpis: [$0]');
        expect(kpis.insertTextFormat).toBe(InsertTextFormat.Snippet);
        const headcount = items.find(item => item.label === 'headcount')!;
        expect(headcount.textEdit?.newText).toBe('headcount: ');
        expect(headcount.command).toBeUndefined();
        const title = (await itemsAt('definition D {\n    ti<|>\n}')).find(item => item.label === 'title')!;
        expect(title.textEdit?.newText).toBe('title: "$0"');
    });
});

describe('after `key:`: the values of that property', () => {
    it('offers the role kinds after `kind:`, in LANGUAGE.md order', async () => {
        await completion({
            text: 'role X {\n    kind: <|>\n}',
            index: 0,
            expectedItems: ['ceo', 'cro', 'coo', 'vp-sales', 'vp-marketing', 'vp-success', 'revops', 'sales-manager', 'marketing', 'mdr', 'sdr', 'bdr', 'isr', 'sar', 'ae', 'am', 'csm', 'se', 'enablement', 'analyst', 'generalist', 'other'],
        });
    });

    it('offers the frequencies after `every:` and nothing else', async () => {
        const items = await itemsAt('cadence C {\n    every: <|>\n}');
        expect(items.map(item => item.label)).toEqual(['daily', 'weekly', 'biweekly', 'monthly', 'quarterly', 'yearly']);
        expect(items.every(item => item.kind === CompletionItemKind.EnumMember && item.detail === 'frequency')).toBe(true);
        // Each value says what it means, in the hover's words.
        expect(items[1].documentation).toEqual({ kind: 'markdown', value: 'Once a week.' });
    });

    it('offers the values of each enumerated property', async () => {
        expect(await labelsAt('team T {\n    function: <|>\n}')).toEqual(['marketing', 'sales', 'success', 'revops', 'product', 'finance', 'other']);
        expect(await labelsAt('segment S {\n    model: <|>\n}')).toEqual(['island', 'assembly-line', 'pod', 'hybrid']);
        expect(await labelsAt('organization "A" {\n    revops: <|>\n}')).toEqual(['centralized', 'decentralized', 'hybrid']);
        expect(await labelsAt('definition D {\n    stage: <|>\n}')).toEqual(['mql', 'sal', 'sql', 'pql', 'opportunity']);
        expect(await labelsAt('role R {\n    motion: <|>\n}')).toEqual(['hunter', 'farmer']);
        expect(await labelsAt('sla S {\n    audit: <|>\n}')).toEqual(['daily', 'weekly', 'biweekly', 'monthly', 'quarterly', 'yearly']);
    });

    it('filters by the typed prefix, hyphenated values included', async () => {
        expect(await labelsAt('role X {\n    kind: s<|>\n}')).toEqual(['sales-manager', 'sdr', 'sar', 'se']);
        expect(await labelsAt('role X {\n    kind: vp<|>\n}')).toEqual(['vp-sales', 'vp-marketing', 'vp-success']);
    });

    it('offers nothing for a quantity', async () => {
        expect(await labelsAt('organization "A" {\n    arr: <|>\n}')).toEqual([]);
    });
});

describe('references: the kinds the property accepts, from every file', () => {
    it('offers only roles for the owner of a handoff, never teams', async () => {
        await givenOtherFile();
        const labels = await labelsAt('handoff H {\n    owner: <|>\n}');
        expect(labels).toEqual(['AE', 'SDR', 'VPSales']);
        expect(labels).not.toContain('Sales');
    });

    it('offers teams and roles for `from:`', async () => {
        await givenOtherFile();
        expect(await labelsAt('handoff H {\n    from: <|>\n}')).toEqual(['AE', 'Marketing', 'Sales', 'SDR', 'VPSales']);
    });

    it('offers KPIs in a `kpis` list, and not those already listed', async () => {
        await givenOtherFile();
        expect(await labelsAt('role R {\n    kpis: [<|>\n}')).toEqual(['Meetings', 'Pipeline']);
        expect(await labelsAt('role R {\n    kpis: [Pipeline, <|>]\n}')).toEqual(['Meetings']);
    });

    it('offers the kind each property names', async () => {
        await givenOtherFile();
        expect(await labelsAt('role R {\n    team: <|>\n}')).toEqual(['Marketing', 'Sales']);
        expect(await labelsAt('handoff H {\n    trigger: <|>\n}')).toEqual(['SAL']);
        expect(await labelsAt('sla S {\n    handoff: <|>\n}')).toEqual(['SdrToAe']);
        expect(await labelsAt('icp I {\n    owners: [<|>]\n}')).toEqual(['AE', 'Marketing', 'Sales', 'SDR', 'VPSales']);
        expect(await labelsAt('role R {\n    dottedTo: [<|>]\n}')).toEqual(['AE', 'SDR', 'VPSales']);
        expect(await labelsAt('role R {\n    embeddedIn: [<|>]\n}')).toEqual(['Enterprise', 'Marketing', 'Sales']);
        expect(await labelsAt('role R {\n    segment: <|>\n}')).toEqual(['Enterprise']);
        expect(await labelsAt('pod P {\n    segment: <|>\n}')).toEqual(['Enterprise']);
        expect(await labelsAt('pod P {\n    members: [SDR x2, <|>]\n}')).toEqual(['AE', 'VPSales']);
        expect(await labelsAt('cadence C {\n    attendees: [<|>]\n}')).toEqual(['AE', 'Marketing', 'Sales', 'SDR', 'VPSales']);
    });

    it('does not offer a role as its own manager', async () => {
        await givenOtherFile();
        expect(await labelsAt('role Director {\n    kind: sales-manager\n    reportsTo: <|>\n}\nrole Rep { kind: ae }')).toEqual(['AE', 'Rep', 'SDR', 'VPSales']);
    });

    it('filters by the typed prefix', async () => {
        await givenOtherFile();
        // Langium's fuzzy matcher: the typed text matches from the start of the name.
        expect(await labelsAt('handoff H {\n    to: S<|>\n}')).toEqual(['Sales', 'SDR']);
    });

    it('describes each candidate by kind, characteristic and title', async () => {
        await givenOtherFile();
        const items = await itemsAt('handoff H {\n    from: <|>\n}');
        const byLabel = new Map(items.map(item => [item.label, item]));
        expect(byLabel.get('SDR')?.detail).toBe('role · sdr · Sales Development Representative');
        expect(byLabel.get('SDR')?.kind).toBe(CompletionItemKind.Class);
        expect(byLabel.get('VPSales')?.detail).toBe('role · vp-sales');
        expect(byLabel.get('Sales')?.detail).toBe('team · sales · Sales');
        expect(byLabel.get('Sales')?.kind).toBe(CompletionItemKind.Module);
    });
});

// How fast is measured by `npm run bench:lsp` (BENCHMARKS.md), never asserted here.
describe('a large workspace', () => {
    it('offers at most 500 roles of a 10k-role workspace, narrowed by what is typed, never the one being edited', async () => {
        const files: string[] = [];
        for (let file = 0; file < 50; file++) {
            const lines = [`team T${file} { function: sales }`];
            for (let role = 0; role < 200; role++) lines.push(`role R${file}_${role} {\n    kind: ae\n    team: T${file}\n    reportsTo: R${file}_0\n}`);
            files.push(lines.join('\n'));
        }
        await Promise.all(files.map((text, index) => parse(text, { documentUri: `file:///model/team${index}.revorg` })));
        const { output, indices } = replaceIndices({ text: 'role NewHire {\n    kind: ae\n    team: T0\n    reportsTo: <|>\n}' });
        const document = await parse(output, { documentUri: 'file:///model/edited.revorg' });
        const params = { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(indices[0]) };
        const list = await completionList(document, params);
        expect(list.isIncomplete).toBe(true); // the editor asks again as the user types
        expect(list.items).toHaveLength(MAX_REFERENCE_ITEMS);
        expect(list.items.map(item => item.label)).not.toContain('NewHire');
        expect(list.items.map(item => item.label)).not.toContain('T0');

        // Typing narrows the candidates before the cap: the last role of the last file is found.
        const typed = replaceIndices({ text: 'role NewHire2 {\n    kind: ae\n    team: T0\n    reportsTo: R49_19<|>\n}' });
        const narrowed = await parse(typed.output, { documentUri: 'file:///model/edited2.revorg' });
        const narrowedParams = { textDocument: { uri: narrowed.uri.toString() }, position: narrowed.textDocument.positionAt(typed.indices[0]) };
        const labels = (await completionList(narrowed, narrowedParams)).items.map(item => item.label);
        expect(labels).toContain('R49_199');
        expect(labels.length).toBeLessThan(list.items.length);
    });
});
