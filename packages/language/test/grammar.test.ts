/**
 * The grammar of LANGUAGE.md: every value kind, lists, both comment styles, separators, titles,
 * keywords used as names, and Chevrotain's own grammar checks (skipped at run time in production
 * mode, so they are run here).
 */
import { EmptyFileSystem } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { afterEach, describe, expect, it } from 'vitest';
import { RevorgLanguageMetaData } from '../src/generated/module.js';
import { createRevorgServices, type Model, type Role } from '../src/index.js';

const { shared, Revorg } = createRevorgServices(EmptyFileSystem);
const parse = parseHelper<Model>(Revorg);

afterEach(async () => {
    await clearDocuments(shared);
});

async function parsed(text: string) {
    const document = await parse(text);
    const { lexerErrors, parserErrors } = document.parseResult;
    return { model: document.parseResult.value, errors: [...lexerErrors.map(e => e.message), ...parserErrors.map(e => e.message)] };
}

describe('the grammar', () => {
    it('passes Chevrotain\'s grammar validations (run in development mode)', () => {
        const { Revorg: services } = createRevorgServices(EmptyFileSystem, {
            LanguageMetaData: () => ({ ...RevorgLanguageMetaData, mode: 'development' as const }),
        });
        expect(() => services.parser.LangiumParser).not.toThrow();
    });

    it('parses every declaration kind with titles, comments and separators', async () => {
        const { model, errors } = await parsed(`
// line comment
/* block
   comment */
organization "Acme \\"Analytics\\"" { arr: $12,000,000; employees: 140, acv: 45K model: assembly-line revops: hybrid products: 2 }
team Marketing "Marketing" { function: marketing; lead: VPM, }
role VPM "VP Marketing" { kind: vp-marketing team: Marketing headcount: 1 motion: hunter kpis: [] }
definition SAL "Sales Accepted Lead" { stage: sal owner: Marketing title: "Dir+" fit: "SaaS" engagement: "Score >= 60" }
icp Core { owners: [Marketing,] criteria: ["B2B", "50-1000 employees"] }
handoff H { from: Marketing to: VPM trigger: SAL owner: VPM }
sla S { handoff: H within: 30m touches: 3 volume: 400 audit: weekly auditor: VPM }
kpi K { measures: handoff-rate owners: [Marketing, VPM] target: 12.5% period: monthly }
cadence C { purpose: pipeline-review every: biweekly duration: 1h attendees: [Marketing] }
pod P { segment: Seg lead: VPM members: [VPM x2, VPM] }
segment Seg { acv: $1.5B model: pod development: decentralized }
`);
        expect(errors).toEqual([]);
        expect(model.declarations.map(d => d.$type)).toEqual(['Organization', 'Team', 'Role', 'Definition', 'Icp', 'Handoff', 'Sla', 'Kpi', 'Cadence', 'Pod', 'Segment']);
        expect(model.declarations[0]).toMatchObject({ title: 'Acme "Analytics"' });
        expect((model.declarations[2] as Role).title).toBe('VP Marketing');
    });

    it('accepts names that equal keywords and enum words', async () => {
        const { model, errors } = await parsed('team sales { function: sales lead: weekly }\nrole weekly { kind: ae team: sales }\nkpi pipeline { measures: pipeline owners: [sales, weekly] }\nrole team { kind: sdr reportsTo: weekly kpis: [pipeline] }');
        expect(errors).toEqual([]);
        expect(model.declarations.map(d => (d as { name?: string }).name)).toEqual(['sales', 'weekly', 'pipeline', 'team']);
    });

    it('reads every number shape as one token, so the unit is checked with a clear message', async () => {
        const { errors } = await parsed('organization "X" { arr: -1 employees: 12,000 acv: 1.5M products: 4hh }');
        expect(errors).toEqual([]);
    });

    it('rejects what is not the language', async () => {
        expect((await parsed('role X { kind: ae color: red }')).errors).not.toEqual([]);
        expect((await parsed('role X { kind: astronaut }')).errors).not.toEqual([]);
        expect((await parsed('role 1X { kind: ae }')).errors).not.toEqual([]);
        expect((await parsed('organization { arr: 1M }')).errors).not.toEqual([]);
    });
});
