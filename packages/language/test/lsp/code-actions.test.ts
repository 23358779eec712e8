/**
 * The quick fixes of RULES.md ("Quick fixes (code actions) expected"). For each fix: it is offered
 * for its diagnostic with the expected titles, and once applied the model still parses, the
 * diagnostic it fixes is gone, and no error-severity diagnostic appeared that was not there before.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { createRevorgServices, emptyOverrides, resolveConfig, RULES } from '../../src/index.js';
import { QUICK_FIXES } from '../../src/lsp/quick-fixes/registry.js';

const services = createRevorgServices(EmptyFileSystem);
const codeActionProvider = services.Revorg.lsp.CodeActionProvider;

afterEach(async () => {
    await clearDocuments(services.shared);
});

type Files = Record<string, string>;
type FileDiagnostic = Diagnostic & { file: string };

interface Linted {
    documents: Map<string, LangiumDocument>;
    diagnostics: FileDiagnostic[];
}

/** Builds the files as one model (under /model/) with the default configuration; all their diagnostics. */
async function lint(files: Files): Promise<Linted> {
    await clearDocuments(services.shared);
    services.Revorg.revorg.Config.set(resolveConfig(emptyOverrides()));
    const documents = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/model/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    const diagnostics = [...documents].flatMap(([file, document]) => (document.diagnostics ?? []).map(diagnostic => ({ ...diagnostic, file })));
    return { documents, diagnostics };
}

/** A diagnostic's message as text (LSP allows markup; revorg's are plain strings). */
function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function describeDiagnostics(diagnostics: readonly FileDiagnostic[]): string {
    return diagnostics.map(d => `  ${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}: ${messageText(d)}`).join('\n') || '  (none)';
}

/** What identifies a diagnostic across an edit that moves lines: its rule, file and message. */
function identity(diagnostic: FileDiagnostic): string {
    return `${String(diagnostic.code)} ${diagnostic.file} ${messageText(diagnostic)}`;
}

async function codeActionsFor(document: LangiumDocument, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    const actions = await codeActionProvider.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only, triggerKind: 1 },
    });
    return (actions ?? []).filter((action): action is CodeAction => 'kind' in action || 'edit' in action);
}

/** The files after applying the action's workspace edit. */
function applyAction(action: CodeAction, files: Files, documents: Map<string, LangiumDocument>): Files {
    const changes = action.edit?.changes ?? {};
    const result = { ...files };
    for (const [file, document] of documents) {
        const edits = changes[document.textDocument.uri];
        if (edits) result[file] = TextDocument.applyEdits(document.textDocument, edits);
    }
    const known = new Set([...documents.values()].map(document => document.textDocument.uri));
    expect(Object.keys(changes).filter(uri => !known.has(uri)), 'the edit touches a file outside the model').toEqual([]);
    return result;
}

interface FixCase {
    files: Files | string;
    rule: string;
    /** Which of the rule's diagnostics to fix: its file (default: the first) and 1-based line. */
    file?: string;
    line?: number;
    /** The titles of the offered fixes, in order. */
    titles: string[];
    /** The title of the preferred fix, if one is expected. */
    preferred?: string;
    /** The files expected after applying the fix (only those given are compared). */
    expected?: Files | string;
}

interface FixResult {
    actions: CodeAction[];
    /** The files after each offered fix, by title. */
    after: Map<string, Files>;
}

/**
 * Lints the model, asks for the fixes of one diagnostic, checks their titles, then applies each
 * fix in turn and checks the three promises of RULES.md for each.
 */
async function checkFix(testCase: FixCase): Promise<FixResult> {
    const files = typeof testCase.files === 'string' ? { 'model.revorg': testCase.files } : testCase.files;
    const fileName = testCase.file ?? Object.keys(files)[0];
    const before = await lint(files);
    expect(before.diagnostics.filter(d => d.code === 'syntax-error'), `the case does not parse:\n${describeDiagnostics(before.diagnostics)}`).toEqual([]);
    const target = before.diagnostics.find(d => d.code === testCase.rule && d.file === fileName && (testCase.line === undefined || d.range.start.line + 1 === testCase.line));
    expect(target, `no '${testCase.rule}' in ${fileName}${testCase.line ? `:${testCase.line}` : ''} among:\n${describeDiagnostics(before.diagnostics)}`).toBeDefined();
    const diagnostic = target!;

    const actions = await codeActionsFor(before.documents.get(fileName)!, diagnostic);
    expect(actions.map(action => action.title)).toEqual(testCase.titles);
    for (const action of actions) {
        expect(action.kind).toBe(CodeActionKind.QuickFix);
        expect(action.diagnostics?.map(d => d.code)).toEqual([testCase.rule]);
    }
    expect(actions.filter(action => action.isPreferred).map(action => action.title)).toEqual(testCase.preferred ? [testCase.preferred] : []);

    const errorsBefore = before.diagnostics.filter(d => d.severity === DiagnosticSeverity.Error).map(identity);
    const after = new Map<string, Files>();
    for (const action of actions) {
        const fixed = applyAction(action, files, before.documents);
        after.set(action.title, fixed);
        const result = await lint(fixed);
        const context = `after '${action.title}':\n${Object.entries(fixed).map(([name, text]) => `--- ${name}\n${text}`).join('\n')}\n${describeDiagnostics(result.diagnostics)}`;
        expect(result.diagnostics.filter(d => d.code === 'syntax-error'), `does not parse ${context}`).toEqual([]);
        expect(result.diagnostics.filter(d => identity(d) === identity(diagnostic)), `the diagnostic is still there ${context}`).toEqual([]);
        const newErrors = result.diagnostics.filter(d => d.severity === DiagnosticSeverity.Error && !errorsBefore.includes(identity(d)));
        expect(newErrors, `new errors ${context}`).toEqual([]);
    }
    if (testCase.expected !== undefined) {
        const expected = typeof testCase.expected === 'string' ? { 'model.revorg': testCase.expected } : testCase.expected;
        const first = after.get(testCase.titles[0])!;
        for (const [name, text] of Object.entries(expected)) expect(first[name]).toBe(text);
    }
    return { actions, after };
}

const TITLE_PLACEHOLDER = '"TODO: job titles sales accepts, e.g. Director+ in Sales, Marketing or RevOps"';
const FIT_PLACEHOLDER = '"TODO: company fit, e.g. B2B SaaS, 50-1000 employees, North America"';
const ENGAGEMENT_PLACEHOLDER = '"TODO: engagement threshold, e.g. score >= 60 within 30 days"';

describe('the code action provider', () => {
    it('has a quick fix for every rule marked fixable, and for no other', () => {
        const fixable = RULES.filter(rule => rule.meta.fixable).map(rule => rule.meta.id).sort();
        expect(Object.keys(QUICK_FIXES).sort()).toEqual(fixable);
    });

    it('offers nothing for a diagnostic without a fix, or when only other kinds of action are asked for', async () => {
        const { documents, diagnostics } = await lint({ 'model.revorg': 'role A { kind: ceo }\nrole B { kind: cro }\nrole C { kind: ae reportsTo: Bee }' });
        const document = documents.get('model.revorg')!;
        const topRoles = diagnostics.find(d => d.code === 'multiple-top-roles')!;
        expect(await codeActionsFor(document, topRoles)).toEqual([]);
        const unresolved = diagnostics.find(d => d.code === 'unresolved-reference')!;
        expect(await codeActionsFor(document, unresolved, [CodeActionKind.SourceOrganizeImports])).toEqual([]);
        expect((await codeActionsFor(document, unresolved, [CodeActionKind.QuickFix])).map(action => action.title)).toEqual(["Replace 'Bee' with 'B'"]);
    });

    it('answers a request for source actions with the fix-all action, whose edit applies the preferred fixes to the document', async () => {
        const text = 'role Manager { kind: vp-sales }\nrole Rep { kind: ae reportsTo: Manger }\n';
        const { documents, diagnostics } = await lint({ 'model.revorg': text });
        const document = documents.get('model.revorg')!;
        const unresolved = diagnostics.find(d => d.code === 'unresolved-reference')!;
        for (const only of [[CodeActionKind.Source], [CodeActionKind.SourceFixAll], ['source.fixAll.revorg']]) {
            const actions = await codeActionsFor(document, unresolved, only);
            expect(actions.map(action => action.kind)).toEqual(['source.fixAll.revorg']);
            const fixed = TextDocument.applyEdits(document.textDocument, actions[0].edit!.changes![document.textDocument.uri]);
            // The closest name replaces the typo, and the AE gets the KPI its kind calls for.
            expect(fixed).toBe('role Manager { kind: vp-sales }\nrole Rep { kind: ae reportsTo: Manager }\n\nkpi RepNetNewArr {\n    measures: net-new-arr\n    owners: [Rep]\n}\n');
        }
    });
});

describe('sal-definition-required', () => {
    const pipeline = `role SDR { kind: sdr }
role AE { kind: ae }
role RevOpsLead { kind: revops }

handoff SdrToAe {
    from: SDR
    to: AE
    owner: RevOpsLead
}

sla SdrToAeSla {
    handoff: SdrToAe
    within: 4h
    touches: 3
    audit: weekly
}
`;

    it('inserts a SAL definition after the organization', async () => {
        await checkFix({
            files: `organization "Acme" {
    arr: 3M
    employees: 20
}

${pipeline}`,
            rule: 'sal-definition-required',
            titles: ["Insert SAL definition 'SAL' (title, fit and engagement to fill in)"],
            preferred: "Insert SAL definition 'SAL' (title, fit and engagement to fill in)",
            expected: `organization "Acme" {
    arr: 3M
    employees: 20
}

definition SAL "Sales Accepted Lead" {
    stage: sal
    title: ${TITLE_PLACEHOLDER}
    fit: ${FIT_PLACEHOLDER}
    engagement: ${ENGAGEMENT_PLACEHOLDER}
}

${pipeline}`,
        });
    });

    it('puts the definition in the organization\'s file when the handoffs are in another', async () => {
        const { after } = await checkFix({
            files: { 'org.revorg': 'organization "Acme" {\n    arr: 3M\n}\n', 'pipeline.revorg': pipeline },
            rule: 'sal-definition-required',
            titles: ["Insert SAL definition 'SAL' (title, fit and engagement to fill in)"],
            preferred: "Insert SAL definition 'SAL' (title, fit and engagement to fill in)",
        });
        const fixed = [...after.values()][0];
        expect(fixed['org.revorg']).toMatch(/^organization "Acme" \{\n {4}arr: 3M\n\}\n\ndefinition SAL "Sales Accepted Lead" \{\n {4}stage: sal\n/);
        expect(fixed['pipeline.revorg']).toBe(pipeline);
    });

    it('keeps a comment on the organization\'s closing line and a blank line before the next declaration', async () => {
        await checkFix({
            files: `organization "Acme" {
    arr: 3M
} // the company
team Sales { function: sales }
team Marketing { function: marketing }`,
            rule: 'sal-definition-required',
            titles: ["Insert SAL definition 'SAL' (title, fit and engagement to fill in)"],
            preferred: "Insert SAL definition 'SAL' (title, fit and engagement to fill in)",
            expected: `organization "Acme" {
    arr: 3M
} // the company

definition SAL "Sales Accepted Lead" {
    stage: sal
    title: ${TITLE_PLACEHOLDER}
    fit: ${FIT_PLACEHOLDER}
    engagement: ${ENGAGEMENT_PLACEHOLDER}
}

team Sales { function: sales }
team Marketing { function: marketing }`,
        });
    });

    it('picks another name when SAL is taken', async () => {
        const { after } = await checkFix({
            files: `organization "Acme" { arr: 3M }\n\ndefinition SAL { stage: mql }\n\n${pipeline}`,
            rule: 'sal-definition-required',
            titles: ["Insert SAL definition 'SAL2' (title, fit and engagement to fill in)"],
            preferred: "Insert SAL definition 'SAL2' (title, fit and engagement to fill in)",
        });
        expect([...after.values()][0]['model.revorg']).toContain('organization "Acme" { arr: 3M }\n\ndefinition SAL2 "Sales Accepted Lead" {\n');
    });

    it('goes after the first handoff in a model without an organization', async () => {
        const { after } = await checkFix({
            files: pipeline,
            rule: 'sal-definition-required',
            titles: ["Insert SAL definition 'SAL' (title, fit and engagement to fill in)"],
            preferred: "Insert SAL definition 'SAL' (title, fit and engagement to fill in)",
        });
        expect([...after.values()][0]['model.revorg']).toContain('    owner: RevOpsLead\n}\n\ndefinition SAL "Sales Accepted Lead" {\n');
    });

    it('keeps the line breaks of a CRLF file', async () => {
        const { after } = await checkFix({
            files: `organization "Acme" {\r\n    arr: 3M\r\n}\r\n\r\n${pipeline.replace(/\n/g, '\r\n')}`,
            rule: 'sal-definition-required',
            titles: ["Insert SAL definition 'SAL' (title, fit and engagement to fill in)"],
            preferred: "Insert SAL definition 'SAL' (title, fit and engagement to fill in)",
        });
        expect([...after.values()][0]['model.revorg'].replace(/\r\n/g, '')).not.toContain('\n');
    });
});

describe('sal-criteria-complete', () => {
    it('adds the missing criteria lines at the end of the block', async () => {
        await checkFix({
            files: `definition SAL "Sales Accepted Lead" {
    stage: sal
    title: "Director+" // who we sell to
}
`,
            rule: 'sal-criteria-complete',
            titles: ['Add the missing SAL criteria: fit, engagement'],
            preferred: 'Add the missing SAL criteria: fit, engagement',
            expected: `definition SAL "Sales Accepted Lead" {
    stage: sal
    title: "Director+" // who we sell to
    fit: ${FIT_PLACEHOLDER}
    engagement: ${ENGAGEMENT_PLACEHOLDER}
}
`,
        });
    });

    it('keeps a one-line block on one line', async () => {
        await checkFix({
            files: 'definition SAL { stage: sal title: "Director+" fit: "B2B SaaS" }',
            rule: 'sal-criteria-complete',
            titles: ['Add the missing SAL criterion: engagement'],
            preferred: 'Add the missing SAL criterion: engagement',
            expected: `definition SAL { stage: sal title: "Director+" fit: "B2B SaaS" engagement: ${ENGAGEMENT_PLACEHOLDER} }`,
        });
    });

    it('fills in a criterion written as an empty string instead of repeating its key', async () => {
        await checkFix({
            files: 'definition SAL {\n    stage: sal\n    title: "Director+"\n    fit: ""\n}\n',
            rule: 'sal-criteria-complete',
            titles: ['Add the missing SAL criteria: fit, engagement'],
            preferred: 'Add the missing SAL criteria: fit, engagement',
            expected: `definition SAL {\n    stage: sal\n    title: "Director+"\n    fit: ${FIT_PLACEHOLDER}\n    engagement: ${ENGAGEMENT_PLACEHOLDER}\n}\n`,
        });
    });

    it('fixes the definition in its own file', async () => {
        const { after } = await checkFix({
            files: {
                'org.revorg': 'organization "Acme" { arr: 3M }\n',
                'pipeline.revorg': 'definition SAL {\n    stage: sal\n}\n\nhandoff H { from: A to: B }\nrole A { kind: sdr }\nrole B { kind: ae }\n',
            },
            file: 'pipeline.revorg',
            rule: 'sal-criteria-complete',
            titles: ['Add the missing SAL criteria: title, fit, engagement'],
            preferred: 'Add the missing SAL criteria: title, fit, engagement',
        });
        const fixed = [...after.values()][0];
        expect(fixed['org.revorg']).toBe('organization "Acme" { arr: 3M }\n');
        expect(fixed['pipeline.revorg']).toContain(`definition SAL {\n    stage: sal\n    title: ${TITLE_PLACEHOLDER}\n`);
    });
});

describe('handoff-owner-required', () => {
    const roles = `role RevOpsLead { kind: revops }
role SDR { kind: sdr }
role AE { kind: ae }
`;

    it('offers the RevOps role (preferred) and the handoff\'s from and to roles', async () => {
        const { after } = await checkFix({
            files: `${roles}
handoff SdrToAe {
    from: SDR
    to: AE
}
`,
            rule: 'handoff-owner-required',
            titles: ['Add owner: RevOpsLead', 'Add owner: SDR', 'Add owner: AE'],
            preferred: 'Add owner: RevOpsLead',
            expected: `${roles}
handoff SdrToAe {
    from: SDR
    to: AE
    owner: RevOpsLead
}
`,
        });
        expect(after.get('Add owner: AE')!['model.revorg']).toContain('    to: AE\n    owner: AE\n}');
    });

    it('prefers none when there are several RevOps roles, and skips a team at either end', async () => {
        await checkFix({
            files: `team Marketing { function: marketing }
role RevOpsLead { kind: revops }
role RevOpsAnalyst { kind: revops }
role AE { kind: ae }
handoff MarketingToAe { from: Marketing to: AE }`,
            rule: 'handoff-owner-required',
            titles: ['Add owner: RevOpsLead', 'Add owner: RevOpsAnalyst', 'Add owner: AE'],
            expected: `team Marketing { function: marketing }
role RevOpsLead { kind: revops }
role RevOpsAnalyst { kind: revops }
role AE { kind: ae }
handoff MarketingToAe { from: Marketing to: AE owner: RevOpsLead }`,
        });
    });

    it('offers a RevOps role declared in another file, and fixes only the handoff it is asked on', async () => {
        const { after } = await checkFix({
            files: {
                'org.revorg': roles,
                'pipeline.revorg': 'handoff SdrToAe {\n    from: SDR\n    to: AE\n}\n\nhandoff AeToSdr {\n    from: AE\n    to: SDR\n}\n',
            },
            file: 'pipeline.revorg',
            line: 6,
            rule: 'handoff-owner-required',
            titles: ['Add owner: RevOpsLead', 'Add owner: AE', 'Add owner: SDR'],
            preferred: 'Add owner: RevOpsLead',
        });
        expect(after.get('Add owner: RevOpsLead')!['pipeline.revorg']).toBe('handoff SdrToAe {\n    from: SDR\n    to: AE\n}\n\nhandoff AeToSdr {\n    from: AE\n    to: SDR\n    owner: RevOpsLead\n}\n');
    });

    it('adds the owner to an empty block', async () => {
        await checkFix({
            files: `${roles}handoff Pending {\n}\n`,
            rule: 'handoff-owner-required',
            titles: ['Add owner: RevOpsLead'],
            preferred: 'Add owner: RevOpsLead',
            expected: `${roles}handoff Pending {\n    owner: RevOpsLead\n}\n`,
        });
    });
});

describe('handoff-sla-required', () => {
    it('inserts an SLA right after the handoff', async () => {
        await checkFix({
            files: `role SDR { kind: sdr }
role AE { kind: ae }

handoff SdrToAe {
    from: SDR
    to: AE
}
role CSM { kind: csm }
`,
            rule: 'handoff-sla-required',
            titles: ['Insert SLA for SdrToAe'],
            preferred: 'Insert SLA for SdrToAe',
            expected: `role SDR { kind: sdr }
role AE { kind: ae }

handoff SdrToAe {
    from: SDR
    to: AE
}

sla SdrToAeSla {
    handoff: SdrToAe
    within: 24h
    touches: 3
    audit: weekly
}

role CSM { kind: csm }
`,
        });
    });

    it('picks another name when the obvious one is taken, in the handoff\'s own file', async () => {
        const { after } = await checkFix({
            files: {
                'kpis.revorg': 'kpi SdrToAeSla { measures: speed-to-lead owners: [AE] }\n',
                'pipeline.revorg': 'role SDR { kind: sdr }\nrole AE { kind: ae }\nhandoff SdrToAe { from: SDR to: AE } role CSM { kind: csm }\n',
            },
            file: 'pipeline.revorg',
            rule: 'handoff-sla-required',
            titles: ['Insert SLA for SdrToAe'],
            preferred: 'Insert SLA for SdrToAe',
        });
        const fixed = after.get('Insert SLA for SdrToAe')!;
        expect(fixed['kpis.revorg']).toBe('kpi SdrToAeSla { measures: speed-to-lead owners: [AE] }\n');
        expect(fixed['pipeline.revorg']).toBe('role SDR { kind: sdr }\nrole AE { kind: ae }\nhandoff SdrToAe { from: SDR to: AE }\n\nsla SdrToAeSla2 {\n    handoff: SdrToAe\n    within: 24h\n    touches: 3\n    audit: weekly\n}\n\nrole CSM { kind: csm }\n');
    });
});

describe('reporting-cycle', () => {
    it('removes the reportsTo line of a role that reports to itself', async () => {
        await checkFix({
            files: 'role Founder {\n    kind: ceo\n    reportsTo: Founder // oops\n    headcount: 1\n}\n',
            rule: 'reporting-cycle',
            titles: ['Remove reportsTo: Founder from Founder'],
            expected: 'role Founder {\n    kind: ceo\n    headcount: 1\n}\n',
        });
    });

    it('removes only the reportsTo where the fix is asked, breaking the whole cycle', async () => {
        const files = 'role VPSales { kind: vp-sales reportsTo: CRO }\nrole CRO { kind: cro reportsTo: VPSales }\n';
        await checkFix({
            files,
            rule: 'reporting-cycle',
            line: 2,
            titles: ['Remove reportsTo: VPSales from CRO'],
            expected: 'role VPSales { kind: vp-sales reportsTo: CRO }\nrole CRO { kind: cro }\n',
        });
        const { diagnostics } = await lint({ 'model.revorg': 'role VPSales { kind: vp-sales reportsTo: CRO }\nrole CRO { kind: cro }\n' });
        expect(diagnostics.filter(d => d.code === 'reporting-cycle')).toEqual([]);
    });

    it('fixes a cycle that spans files in the file where it is asked', async () => {
        const { after } = await checkFix({
            files: {
                'a.revorg': 'role CEO {\n    kind: ceo\n    reportsTo: Manager\n}\n',
                'b.revorg': 'role CRO { kind: cro reportsTo: CEO }\nrole Manager { kind: sales-manager reportsTo: CRO }\n',
            },
            file: 'a.revorg',
            rule: 'reporting-cycle',
            titles: ['Remove reportsTo: Manager from CEO'],
            expected: { 'a.revorg': 'role CEO {\n    kind: ceo\n}\n' },
        });
        expect([...after.values()][0]['b.revorg']).toBe('role CRO { kind: cro reportsTo: CEO }\nrole Manager { kind: sales-manager reportsTo: CRO }\n');
    });
});

describe('unresolved-reference', () => {
    it('replaces a misspelt team with the closest team (preferred), then the next closest', async () => {
        await checkFix({
            files: 'team Sales { function: sales }\nteam Success { function: success }\nrole AE { kind: ae team: Slaes }',
            rule: 'unresolved-reference',
            titles: ["Replace 'Slaes' with 'Sales'", "Replace 'Slaes' with 'Success'"],
            preferred: "Replace 'Slaes' with 'Sales'",
            expected: 'team Sales { function: sales }\nteam Success { function: success }\nrole AE { kind: ae team: Sales }',
        });
    });

    it('offers only declarations of the kind the property accepts', async () => {
        // `lead` takes a role: the team Sales is closer in spelling but is not offered.
        await checkFix({
            files: 'role SalesLead { kind: vp-sales }\nteam Sales { function: sales lead: Sales1 }',
            rule: 'unresolved-reference',
            titles: ["Replace 'Sales1' with 'SalesLead'"],
        });
    });

    it('offers teams and roles where either is accepted, closest first', async () => {
        await checkFix({
            files: 'team Marketing { function: marketing }\nrole Marketer { kind: marketing }\nrole AE { kind: ae }\nhandoff H { from: Marketin to: AE }',
            rule: 'unresolved-reference',
            titles: ["Replace 'Marketin' with 'Marketing'", "Replace 'Marketin' with 'Marketer'"],
            preferred: "Replace 'Marketin' with 'Marketing'",
        });
    });

    it('prefers none when two names are equally close', async () => {
        await checkFix({
            files: 'role AE2 { kind: ae }\nrole AE3 { kind: ae }\npod P { members: [AE1] }',
            rule: 'unresolved-reference',
            titles: ["Replace 'AE1' with 'AE2'", "Replace 'AE1' with 'AE3'"],
        });
    });

    it('replaces one name in a list, with a KPI declared in another file', async () => {
        const { after } = await checkFix({
            files: {
                'roles.revorg': 'role AE {\n    kind: ae\n    kpis: [NetNewArr, Pipline]\n}\n',
                'kpis.revorg': 'kpi NetNewArr { measures: net-new-arr owners: [AE] }\nkpi Pipeline { measures: pipeline owners: [AE] }\n',
            },
            rule: 'unresolved-reference',
            titles: ["Replace 'Pipline' with 'Pipeline'"],
            preferred: "Replace 'Pipline' with 'Pipeline'",
            expected: { 'roles.revorg': 'role AE {\n    kind: ae\n    kpis: [NetNewArr, Pipeline]\n}\n' },
        });
        expect([...after.values()][0]['kpis.revorg']).toContain('kpi Pipeline');
    });

    it('does not offer a manager that would close a reporting cycle', async () => {
        // CE0 (a zero) is closest to CEO and CRO, but both report to CRO already.
        await checkFix({
            files: 'role CEO { kind: ceo reportsTo: CRO }\nrole CFO { kind: other }\nrole CRO { kind: cro reportsTo: CE0 }',
            rule: 'unresolved-reference',
            titles: ["Replace 'CE0' with 'CFO'"],
        });
    });

    it('prefers no replacement that is more than a typo away', async () => {
        // Ghost is three edits from Boss: a candidate worth offering, not one to apply unasked.
        await checkFix({
            files: 'role Boss { kind: ceo }\nkpi Win { measures: win-rate owners: [Boss, Ghost] }',
            rule: 'unresolved-reference',
            titles: ["Replace 'Ghost' with 'Boss'"],
        });
    });

    it('offers nothing when no declaration of the right kind is close', async () => {
        await checkFix({
            files: 'team Sales { function: sales }\nrole AE { kind: ae team: Marketing }',
            rule: 'unresolved-reference',
            titles: [],
        });
    });
});

describe('role-kpi-required', () => {
    it('offers each KPI that fits the role (preferred when it is the only one) and a new KPI', async () => {
        await checkFix({
            files: `role AE {
    kind: ae
}

kpi NewArr { measures: net-new-arr owners: [VP] }
kpi Nrr { measures: nrr owners: [VP] }
role VP { kind: vp-sales }
`,
            rule: 'role-kpi-required',
            titles: ["Add 'NewArr' (net-new-arr) to the KPIs of 'AE'", "Create KPI 'AENetNewArr' measuring net-new-arr, owned by 'AE'"],
            preferred: "Add 'NewArr' (net-new-arr) to the KPIs of 'AE'",
            expected: `role AE {
    kind: ae
    kpis: [NewArr]
}

kpi NewArr { measures: net-new-arr owners: [VP] }
kpi Nrr { measures: nrr owners: [VP] }
role VP { kind: vp-sales }
`,
        });
    });

    it('creates a KPI stub after the role when none fits, preferred, and fills an empty kpis list', async () => {
        const { after } = await checkFix({
            files: 'role SDR { kind: sdr kpis: [] }\nrole X { kind: ceo }\n',
            rule: 'role-kpi-required',
            titles: ["Create KPI 'SDRMeetings' measuring meetings, owned by 'SDR'"],
            preferred: "Create KPI 'SDRMeetings' measuring meetings, owned by 'SDR'",
        });
        expect(after.get("Create KPI 'SDRMeetings' measuring meetings, owned by 'SDR'")!['model.revorg']).toBe(
            'role SDR { kind: sdr kpis: [] }\n\nkpi SDRMeetings {\n    measures: meetings\n    owners: [SDR]\n}\n\nrole X { kind: ceo }\n');
        await checkFix({
            files: 'role SDR { kind: sdr kpis: [] }\nkpi Meetings { measures: meetings owners: [X] }\nrole X { kind: ceo }\n',
            rule: 'role-kpi-required',
            titles: ["Add 'Meetings' (meetings) to the KPIs of 'SDR'", "Create KPI 'SDRMeetings' measuring meetings, owned by 'SDR'"],
            preferred: "Add 'Meetings' (meetings) to the KPIs of 'SDR'",
            expected: 'role SDR { kind: sdr kpis: [Meetings] }\nkpi Meetings { measures: meetings owners: [X] }\nrole X { kind: ceo }\n',
        });
    });
});

describe('sla-before-second-rep', () => {
    it('inserts a SAL definition, a handoff from the lead generator to the closer owned by RevOps, and its SLA', async () => {
        await checkFix({
            files: `organization "Tiny Seed" {
    arr: 600K
    employees: 6
}

role Founder { kind: ceo }
role Generalist { kind: generalist reportsTo: Founder }
role AE { kind: ae reportsTo: Founder headcount: 2 }
`,
            rule: 'sla-before-second-rep',
            titles: ["Insert a handoff from 'Generalist' to 'AE' with an SLA and a SAL definition"],
            preferred: "Insert a handoff from 'Generalist' to 'AE' with an SLA and a SAL definition",
            expected: `organization "Tiny Seed" {
    arr: 600K
    employees: 6
}

definition SAL "Sales Accepted Lead" {
    stage: sal
    title: ${TITLE_PLACEHOLDER}
    fit: ${FIT_PLACEHOLDER}
    engagement: ${ENGAGEMENT_PLACEHOLDER}
}

handoff GeneralistToAE {
    from: Generalist
    to: AE
    trigger: SAL
    owner: Founder
}

sla GeneralistToAESla {
    handoff: GeneralistToAE
    within: 24h
    touches: 3
    audit: weekly
}

role Founder { kind: ceo }
role Generalist { kind: generalist reportsTo: Founder }
role AE { kind: ae reportsTo: Founder headcount: 2 }
`,
        });
    });

    it('reuses the SAL definition the model has, and the RevOps role as owner', async () => {
        const { after } = await checkFix({
            files: {
                'org.revorg': 'organization "Acme" { employees: 9 }\n',
                'roles.revorg': 'definition Accepted { stage: sal title: "VP" fit: "SaaS" engagement: "demo" }\nrole Ops { kind: revops }\nrole SDR { kind: sdr }\nrole AE { kind: ae }\n',
            },
            rule: 'sla-before-second-rep',
            titles: ["Insert a handoff from 'SDR' to 'AE' with an SLA"],
            preferred: "Insert a handoff from 'SDR' to 'AE' with an SLA",
        });
        expect(after.get("Insert a handoff from 'SDR' to 'AE' with an SLA")!['org.revorg']).toContain('handoff SDRToAE {\n    from: SDR\n    to: AE\n    trigger: Accepted\n    owner: Ops\n}');
    });
});

describe('pod-seats-exceed-headcount', () => {
    it('raises the headcount to every seat the role fills, in the role\'s own file', async () => {
        await checkFix({
            files: {
                'pods.revorg': 'pod East { members: [SDR x2] }\npod West { members: [SDR x2] }\n',
                'roles.revorg': 'role SDR {\n    kind: sdr\n    headcount: 3\n}\n',
            },
            rule: 'pod-seats-exceed-headcount',
            titles: ["Raise the headcount of 'SDR' to 4"],
            preferred: "Raise the headcount of 'SDR' to 4",
            expected: { 'pods.revorg': 'pod East { members: [SDR x2] }\npod West { members: [SDR x2] }\n', 'roles.revorg': 'role SDR {\n    kind: sdr\n    headcount: 4\n}\n' },
        });
    });

    it('adds a headcount to a role that has none', async () => {
        await checkFix({
            files: 'role CSM { kind: csm }\npod East { members: [CSM x2] }\n',
            rule: 'pod-seats-exceed-headcount',
            titles: ["Raise the headcount of 'CSM' to 2"],
            preferred: "Raise the headcount of 'CSM' to 2",
            expected: 'role CSM { kind: csm headcount: 2 }\npod East { members: [CSM x2] }\n',
        });
    });
});
