/**
 * `revorg export --format csv`: each entity's columns in order, RFC 4180 quoting, formula escaping,
 * and a round trip through a real CSV parser (csv-parse) that gives back every role once and the
 * model's headcount.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_ENTITIES, exportCsv, exportModel, HANDOFF_COLUMNS, KPI_COLUMNS, ROLE_COLUMNS, TEAM_COLUMNS } from '../../src/index.js';
import { buildTestModel, EXAMPLES, exampleFiles } from '../helpers.js';

const MODEL = `organization "Acme" { arr: 5M employees: 30 }
team Sales "Sales, North America" { function: sales lead: VPS }
team Marketing { function: marketing lead: VPM }
role CEO "Chief Executive" { kind: ceo }
role VPS "VP \\"Sales\\"" { kind: vp-sales team: Sales reportsTo: CEO dottedTo: [VPM] }
role VPM "VP Marketing
(interim)" { kind: vp-marketing team: Marketing reportsTo: CEO }
role SDR "=HYPERLINK(\\"http://x\\")" { kind: sdr team: Sales reportsTo: VPS headcount: 4 }
role AE "-Account Executive" { kind: ae team: Sales reportsTo: VPS headcount: 3 motion: hunter kpis: [Pipeline, Meetings] }
definition SQL { stage: sql owner: Sales }
handoff SdrToAe "SDR to AE" { from: SDR to: AE owner: VPS trigger: SQL }
handoff MarketingToSdr { from: Marketing to: SDR }
sla Fast { handoff: SdrToAe within: 4h touches: 3 volume: 400 audit: weekly auditor: VPS }
sla Second { handoff: SdrToAe within: 1d }
kpi Pipeline { measures: pipeline owners: [Marketing, AE] target: 2M actual: 1.5M period: monthly }
kpi Meetings { measures: handoff-rate owners: [AE] target: 40% period: monthly }
kpi Empty { measures: win-rate }
`;

async function exported(code: string | Record<string, string>) {
    const { facts, locator } = await buildTestModel(code);
    return exportModel(facts, locator);
}

/** The CSV read back by csv-parse as RFC 4180 says: one object per row, keyed by the header. */
function readBack(csv: string): Array<Record<string, string>> {
    return parse(csv, { columns: true, record_delimiter: '\r\n', relax_quotes: false, skip_empty_lines: false });
}

describe('exportCsv', () => {
    it('writes the roles with the issue\'s columns in order, lists joined with ";", null as an empty cell', async () => {
        const csv = exportCsv(await exported(MODEL));
        expect(csv.split('\r\n')[0]).toBe('name,title,kind,team,function,side,reportsTo,dottedTo,headcount,motion,segment,kpis,file,line');
        expect(ROLE_COLUMNS.map(([header]) => header).join(',')).toBe(csv.split('\r\n')[0]);
        const rows = readBack(csv);
        expect(rows.map(row => row.name)).toEqual(['CEO', 'VPS', 'VPM', 'SDR', 'AE']);
        expect(rows[0]).toEqual({
            name: 'CEO', title: 'Chief Executive', kind: 'ceo', team: '', function: '', side: '', reportsTo: '', dottedTo: '',
            headcount: '1', motion: '', segment: '', kpis: '', file: 'model.revorg', line: '4',
        });
        expect(rows[1]).toMatchObject({ title: 'VP "Sales"', team: 'Sales', function: 'sales', side: 'sales', reportsTo: 'CEO', dottedTo: 'VPM' });
        expect(rows[4]).toMatchObject({ headcount: '3', motion: 'hunter', kpis: 'Pipeline;Meetings', line: '9' });
    });

    it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF after every row', async () => {
        const csv = exportCsv(await exported(MODEL), 'teams');
        expect(csv).toContain('\r\nSales,"Sales, North America",sales,sales,VPS,');
        const roles = exportCsv(await exported(MODEL));
        expect(roles).toContain(',"VP ""Sales""",');
        expect(roles).toContain(',"VP Marketing\n(interim)",');
        expect(roles.endsWith('\r\n')).toBe(true);
        // Every row break is CRLF; the only bare LF is the one inside the quoted title.
        expect(roles.split('\r\n')).toHaveLength(1 + 5 + 1);
        expect(readBack(roles)[2].title).toBe('VP Marketing\n(interim)');
    });

    it('prefixes a cell that a spreadsheet would run as a formula with \'', async () => {
        const rows = readBack(exportCsv(await exported(MODEL)));
        expect(rows[3].title).toBe('\'=HYPERLINK("http://x")');
        expect(rows[4].title).toBe('\'-Account Executive');
        expect(rows[0].title).toBe('Chief Executive');
        const owners = readBack(exportCsv(await exported('team Sales "@Sales +1" { function: sales }\n'), 'teams'));
        expect(owners[0].title).toBe('\'@Sales +1');
    });

    it('writes teams, handoffs and KPIs with their own columns', async () => {
        const model = await exported(MODEL);
        const teams = readBack(exportCsv(model, 'teams'));
        expect(Object.keys(teams[0])).toEqual(TEAM_COLUMNS.map(([header]) => header));
        expect(teams).toEqual([
            { name: 'Sales', title: 'Sales, North America', function: 'sales', side: 'sales', lead: 'VPS', headcount: '8', roles: 'VPS;SDR;AE', file: 'model.revorg', line: '2' },
            { name: 'Marketing', title: '', function: 'marketing', side: 'marketing', lead: 'VPM', headcount: '1', roles: 'VPM', file: 'model.revorg', line: '3' },
        ]);

        const handoffs = readBack(exportCsv(model, 'handoffs'));
        expect(Object.keys(handoffs[0])).toEqual(HANDOFF_COLUMNS.map(([header]) => header));
        // Two SLAs on one handoff: each term lists a value per SLA in the order of `slas`.
        expect(handoffs[0]).toEqual({
            name: 'SdrToAe', title: 'SDR to AE', from: 'SDR', fromSide: 'sales', to: 'AE', toSide: 'sales', trigger: 'SQL', owner: 'VPS',
            slas: 'Fast;Second', within: '4h;1d', withinMinutes: '240;1440', touches: '3;', volume: '400;', audit: 'weekly;', auditor: 'VPS;',
            file: 'model.revorg', line: '11',
        });
        expect(handoffs[1]).toMatchObject({ from: 'Marketing', fromSide: 'marketing', to: 'SDR', trigger: '', owner: '', slas: '', within: '', withinMinutes: '', touches: '' });

        const kpis = readBack(exportCsv(model, 'kpis'));
        expect(Object.keys(kpis[0])).toEqual(KPI_COLUMNS.map(([header]) => header));
        expect(kpis).toEqual([
            { name: 'Pipeline', title: '', measures: 'pipeline', owners: 'Marketing;AE', period: 'monthly', target: '$2M', actual: '$1.5M', unit: 'dollars', targetValue: '2000000', actualValue: '1500000', file: 'model.revorg', line: '15' },
            { name: 'Meetings', title: '', measures: 'handoff-rate', owners: 'AE', period: 'monthly', target: '40%', actual: '', unit: 'percent', targetValue: '40', actualValue: '', file: 'model.revorg', line: '16' },
            { name: 'Empty', title: '', measures: 'win-rate', owners: '', period: '', target: '', actual: '', unit: '', targetValue: '', actualValue: '', file: 'model.revorg', line: '17' },
        ]);
    });

    it('writes the header row alone when the model has none of the entity', async () => {
        const model = await exported('role CEO { kind: ceo }\n');
        expect(exportCsv(model, 'handoffs')).toBe(`${HANDOFF_COLUMNS.map(([header]) => header).join(',')}\r\n`);
        expect(exportCsv(model, 'kpis')).toBe(`${KPI_COLUMNS.map(([header]) => header).join(',')}\r\n`);
    });

    it.each(EXAMPLES)('round-trips the %s example: every role once, the model\'s headcount, every entity parses', async name => {
        const model = await exported(exampleFiles(name));
        const roles = readBack(exportCsv(model, 'roles'));
        expect(roles.map(role => role.name)).toEqual(model.roles.map(role => role.name));
        expect(new Set(roles.map(role => role.name)).size).toBe(roles.length);
        expect(roles.reduce((sum, role) => sum + Number(role.headcount), 0)).toBe(model.headcount);
        expect(roles.map(role => role.title)).toEqual(model.roles.map(role => role.title ?? ''));
        const teams = readBack(exportCsv(model, 'teams'));
        expect(teams.map(team => Number(team.headcount))).toEqual(model.teams.map(team => team.headcount));
        for (const entity of CSV_ENTITIES) {
            const rows = readBack(exportCsv(model, entity));
            expect(rows).toHaveLength(model[entity].length);
        }
    });
});
