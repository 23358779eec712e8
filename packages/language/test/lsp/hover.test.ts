import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments, expectHover, parseHelper, replaceIndices } from 'langium/test';
import { afterEach, describe, expect, it } from 'vitest';
import { MarkupContent, type Hover } from 'vscode-languageserver';
import { createRevorgServices } from '../../src/index.js';
import { ruleById } from '../../src/rules/index.js';
import { docsUrl } from '../../src/rules/rule-docs.js';

const services = createRevorgServices(EmptyFileSystem);
const parse = parseHelper(services.Revorg);

afterEach(async () => {
    await clearDocuments(services.shared);
});

async function hoverOn(document: LangiumDocument, offset: number): Promise<Hover | undefined> {
    return services.Revorg.lsp.HoverProvider.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset),
    });
}

function markdownOf(hover: Hover | undefined): string | undefined {
    return hover && MarkupContent.is(hover.contents) ? hover.contents.value : undefined;
}

/** The hover at `<|>` in the text (one model of one file). */
async function hoverAt(text: string, validation = false): Promise<Hover | undefined> {
    const { output, indices } = replaceIndices({ text });
    return hoverOn(await parse(output, { validation }), indices[0]);
}

async function hoverTextAt(text: string, validation = false): Promise<string | undefined> {
    return markdownOf(await hoverAt(text, validation));
}

/** A small sales org; `$` marks where the test puts the cursor. */
const MODEL = `
organization "$Acme" {
    arr: 12M
    employees: 140
    model: $assembly-line
}
team $Sales "Sales" {
    function: sales
    lead: VPSales
}
team Marketing { function: marketing }
role $VPSales "VP *Sales*" {
    kind: vp-sales
    team: Sales
}
role $SDR "Sales Development Rep" {
    kind: $sdr
    team: Sales
    reportsTo: VPSales
    headcount: 6
    kpis: [Meetings]
}
role AE {
    kind: ae
    team: Sales
    reportsTo: $VPSales
    headcount: 3
}
definition SQL "Sales Qualified Lead" {
    stage: sql
    owner: SDR
    engagement: "Discovery call held"
}
handoff SdrToAe "SDR to AE" {
    from: SDR
    to: AE
    trigger: SQL
    owner: VPSales
}
handoff $AeToMarketing {
    from: AE
    to: Marketing
}
sla Response {
    handoff: $SdrToAe
    within: 4h
    touches: 3
    audit: weekly
}
kpi $Meetings "Meetings held" {
    measures: meetings
    owners: [SDR, Sales]
    target: 40
    period: monthly
}
`;

/** The model with the cursor at the `occurrence`-th `$marker` (from 0), the other markers removed. */
function cursorAt(marker: string, occurrence = 0): string {
    let at = -1;
    for (let i = 0; i <= occurrence; i++) {
        at = MODEL.indexOf(`$${marker}`, at + 1);
        if (at < 0) throw new Error(`no marker $${marker} #${occurrence}`);
    }
    return (MODEL.slice(0, at) + '<|>' + MODEL.slice(at + 1)).replaceAll(/\$(?=[A-Za-z])/g, '');
}

describe('hover on declarations and references', () => {
    it('summarizes a role: kind, title, team, reporting line, headcount and KPIs', async () => {
        expect(await hoverTextAt(cursorAt('SDR'))).toBe([
            '**role** `SDR` · `sdr` — Sales Development Rep',
            '',
            '- team: `Sales`',
            '- reports to: `VPSales`',
            '- direct reports: none',
            '- headcount: 6 · 0 people beneath',
            '- KPIs: `Meetings`',
        ].join('\n'));
    });

    it('shows the same summary on a reference as on the name, with an escaped title', async () => {
        const expected = [
            '**role** `VPSales` · `vp-sales` — VP \\*Sales\\*',
            '',
            '- team: `Sales`',
            '- reports to: nobody (top of the reporting line)',
            '- direct reports: `SDR`, `AE`',
            '- headcount: 1 · 9 people beneath',
            '- KPIs: none',
        ].join('\n');
        await expectHover(services.Revorg)({ text: cursorAt('VPSales'), index: 0, hover: expected, disposeAfterCheck: true });
        // The second `$VPSales` is the `reportsTo: VPSales` reference in role AE.
        expect(await hoverTextAt(cursorAt('VPSales', 1))).toBe(expected);
    });

    it('returns the hovered range', async () => {
        const hover = await hoverAt(cursorAt('SDR'));
        const line = MODEL.split('\n').findIndex(text => text.startsWith('role $SDR'));
        expect(hover?.range).toEqual({ start: { line, character: 5 }, end: { line, character: 8 } });
    });

    it('summarizes a team: function, lead, roles and headcount', async () => {
        expect(await hoverTextAt(cursorAt('Sales'))).toBe([
            '**team** `Sales` · `sales` — Sales',
            '',
            '- lead: `VPSales`',
            '- roles: `VPSales`, `SDR`, `AE`',
            '- headcount: 10',
        ].join('\n'));
    });

    it('summarizes a handoff with its SLA terms', async () => {
        expect(await hoverTextAt(cursorAt('SdrToAe'))).toBe([
            '**handoff** `SdrToAe` — SDR to AE',
            '',
            '- flow: `SDR` → `AE`',
            '- trigger: `SQL`',
            '- owner: `VPSales`',
            '- SLA: 4h · 3 touches · audited weekly (`Response`)',
        ].join('\n'));
    });

    it('says so when a handoff has no owner and no SLA', async () => {
        expect(await hoverTextAt(cursorAt('AeToMarketing'))).toBe([
            '**handoff** `AeToMarketing`',
            '',
            '- flow: `AE` → `Marketing`',
            '- owner: none',
            '- SLA: no SLA',
        ].join('\n'));
    });

    it('summarizes a KPI: measures, owners, target and period', async () => {
        expect(await hoverTextAt(cursorAt('Meetings'))).toBe([
            '**KPI** `Meetings` · `meetings` — Meetings held',
            '',
            '- owners: `SDR`, `Sales`',
            '- target: 40',
            '- period: monthly',
        ].join('\n'));
    });

    it('summarizes an SLA: its handoff, the handoff\'s flow and the terms', async () => {
        const text = `
handoff H { from: A to: B }
role A { kind: sdr }
role B { kind: ae }
role Ops { kind: revops }
sla <|>S "Speed" { handoff: H within: 1h touches: 2 volume: 300 audit: daily auditor: Ops }`;
        expect(await hoverTextAt(text)).toBe([
            '**SLA** `S` — Speed',
            '',
            '- handoff: `H` (`A` → `B`)',
            '- terms: 1h · 2 touches · 300 leads a month · audited daily',
            '- auditor: `Ops`',
        ].join('\n'));
    });

    it('summarizes the organization on its title', async () => {
        expect(await hoverTextAt(cursorAt('Acme'))).toBe([
            '**organization** · `assembly-line` — Acme',
            '',
            '- ARR: $12M',
            '- employees: 140 (midmarket stage)',
        ].join('\n'));
    });

    it('summarizes a definition, a cadence, a pod and a segment', async () => {
        const text = `
team Sales { function: sales }
role SDR { kind: sdr headcount: 2 }
role AE { kind: ae }
definition <|>SAL { stage: sal owner: Sales title: "VP+" fit: "SaaS" engagement: "Score >= 60" }
handoff H { from: SDR to: AE trigger: SAL }
cadence <|>Review "Pipeline review" { purpose: pipeline-review every: weekly duration: 30m attendees: [Sales, AE] }
segment <|>Ent { acv: 120K model: pod development: decentralized }
pod <|>P1 { segment: Ent lead: AE members: [SDR x1, AE x3] }`;
        const { output, indices } = replaceIndices({ text });
        const document = await parse(output);
        const at = async (index: number) => markdownOf(await hoverOn(document, indices[index]));
        expect(await at(0)).toBe([
            '**definition** `SAL` · `sal`',
            '',
            '- owner: `Sales`',
            '- title: VP+',
            '- fit: SaaS',
            '- engagement: Score \\>= 60',
            '- triggers: `H`',
        ].join('\n'));
        expect(await at(1)).toBe([
            '**cadence** `Review` · `pipeline-review` — Pipeline review',
            '',
            '- every: weekly',
            '- duration: 30m',
            '- attendees: `Sales`, `AE`',
        ].join('\n'));
        expect(await at(2)).toBe([
            '**segment** `Ent` · `pod`',
            '',
            '- ACV: $120K',
            '- development: decentralized',
            '- pods: `P1`',
        ].join('\n'));
        expect(await at(3)).toBe([
            '**pod** `P1`',
            '',
            '- segment: `Ent`',
            '- lead: `AE`',
            '- members: `SDR` ×1, `AE` ×3',
            '- headcount: 4 people',
        ].join('\n'));
    });

    it('cuts long lists after ten names', async () => {
        const roles = Array.from({ length: 12 }, (_, i) => `role R${i} { kind: ae team: T }`).join('\n');
        const hover = await hoverTextAt(`team <|>T { function: sales }\n${roles}`);
        expect(hover).toContain('- roles: `R0`, `R1`, `R2`, `R3`, `R4`, `R5`, `R6`, `R7`, `R8`, `R9` and 2 more\n- headcount: 12');
    });

    it('counts headcount through every level beneath a role', async () => {
        const hover = await hoverTextAt(`
role <|>Ceo { kind: ceo }
role Vp { kind: vp-sales reportsTo: Ceo headcount: 2 }
role Mgr { kind: sales-manager reportsTo: Vp headcount: 3 }
role Rep { kind: ae reportsTo: Mgr headcount: 10 }`);
        expect(hover).toContain('- headcount: 1 · 15 people beneath');
    });

    it('says a role on a reporting cycle has no "beneath"', async () => {
        const hover = await hoverTextAt(`
role <|>A { kind: ae reportsTo: B }
role B { kind: ae reportsTo: A }`);
        expect(hover).toContain('- headcount: 1 · on a reporting cycle');
    });

    it('shows nothing on a declaration keyword or an unresolved reference', async () => {
        expect(await hoverAt('<|>role A { kind: ae }')).toBeUndefined();
        expect(await hoverAt('role A { kind: ae reportsTo: <|>Nobody }')).toBeUndefined();
    });
});

describe('hover on property keys', () => {
    it('says what the property is, what its value is and gives an example, from the language schema', async () => {
        expect(await hoverTextAt('role A { <|>kind: ae }')).toBe(
            '`kind` · required property\n\nWhat the role is (`sdr`, `ae`, `cro`, ...); rules read roles by their kind.\n\n'
            + 'Value: one of `ceo`, `cro`, `coo`, `vp-sales`, `vp-marketing`, `vp-success`, `revops`, `sales-manager`, `marketing`, `mdr`, `sdr`, `bdr`, `isr`, `sar`, `ae`, `am`, `csm`, `se`, `enablement`, `analyst`, `generalist`, `other`. Example: `kind: ae`');
        expect(await hoverTextAt('sla S { handoff: H <|>within: 4h }\nhandoff H { from: A to: B }')).toBe(
            '`within` · required property\n\nThe receiving side follows up within this time (duration: `4h`, `2d`).\n\nValue: a duration. Example: `within: 24h`');
        expect(await hoverTextAt('kpi K { measures: pipeline <|>owners: [] }')).toMatch(/Value: a list of teams, roles or pods\. Example: `owners: \[Marketing, Sales\]`$/);
    });

    it('reads the key in its declaration kind: `owner` of a handoff is a role, of a definition a team or role', async () => {
        expect(await hoverTextAt('handoff H { <|>owner: A }')).toMatch(/Value: a role\./);
        expect(await hoverTextAt('definition D { stage: sal <|>owner: A }')).toMatch(/Value: a team or role\./);
    });
});

describe('hover on enumeration values', () => {
    it('explains an organization model', async () => {
        expect(await hoverTextAt(cursorAt('assembly-line'))).toBe(
            '`assembly-line` · organization model\n\nSpecialists at each funnel stage (marketing -> SDR -> AE -> CSM) hand the lead on: scales a high-volume, lower-ACV motion, and lives or dies by its handoffs.');
    });

    it('explains a role kind', async () => {
        expect(await hoverTextAt(cursorAt('sdr'))).toBe('`sdr` · role kind\n\nSales development rep: qualifies leads and books meetings for AEs.');
    });

    it('tells apart the same word in two enumerations', async () => {
        expect(await hoverTextAt('organization "X" { revops: <|>centralized }')).toBe('`centralized` · RevOps model\n\nOne RevOps team serves marketing, sales and success.');
        expect(await hoverTextAt('segment S { development: <|>centralized }')).toBe(
            '`centralized` · sales development model\n\nOne outbound sales development team serves every segment: efficient for small contract values.');
    });
});

describe('hover on diagnostics', () => {
    it('explains each rule reported at the position, with a link to its docs', async () => {
        const hover = await hoverTextAt(cursorAt('AeToMarketing'), true);
        const [summary, ...rules] = hover?.split('\n\n---\n\n') ?? [];
        expect(summary).toMatch(/^\*\*handoff\*\* `AeToMarketing`/);
        expect(rules).toEqual([
            `**handoff-owner-required** — Every handoff names the role accountable for its speed and quality. [docs](${docsUrl('handoff-owner-required')})`,
            `**handoff-sla-required** — ${ruleById('handoff-sla-required')!.meta.description} [docs](${docsUrl('handoff-sla-required')})`,
        ]);
    });

    it('explains a property-level diagnostic where no declaration is hovered', async () => {
        const hover = await hoverTextAt('role A { kind: ae headcount: <|>-1 }', true);
        expect(hover).toBe(`**invalid-value** — ${ruleById('invalid-value')!.meta.description} [docs](${docsUrl('invalid-value')})`);
    });

    it('shows no rule outside the diagnostic\'s range', async () => {
        const hover = await hoverTextAt('handoff H { from: A to: <|>B }\nrole A { kind: sdr }\nrole B { kind: ae }', true);
        expect(hover).not.toMatch(/handoff-owner-required|handoff-sla-required/);
    });
});
