/** The company section: its numbers, its stage on 003's ladder, and each need of the stage met and unmet. */
import { describe, expect, it } from 'vitest';
import { STAGE_NEEDS } from '../../src/report/stage-needs.js';
import { edited, HEALTHY, need, reportOf } from './report-helpers.js';

describe('the company', () => {
    it('states the organization\'s numbers and its stage', async () => {
        const { company } = await reportOf(HEALTHY);
        expect(company).toMatchObject({
            title: 'Acme', arr: { value: 8_000_000, text: '$8M' }, employees: 40, acv: { value: 20_000, text: '$20K' },
            modelledHeadcount: 1 + 1 + 1 + 1 + 2 + 3 + 4, stage: 'growth', stageHeading: 'Growth (11-50 People)', stageUnknown: null,
        });
        expect(company.needs.map(each => each.id)).toEqual(STAGE_NEEDS.growth.map(each => each.id));
    });

    it.each([[10, 'startup', 'Startup (1-10 People)'], [11, 'growth', 'Growth (11-50 People)'], [51, 'midmarket', 'Mid-Market (51-200 People)'], [200, 'midmarket', 'Mid-Market (51-200 People)'], [201, 'enterprise', 'Enterprise (200+ People)']])(
        'puts %i employees at the %s stage', async (employees, stage, heading) => {
            const { company } = await reportOf(`organization "X" { employees: ${employees} }\nrole A { kind: ae }\n`);
            expect(company).toMatchObject({ stage, stageHeading: heading });
        },
    );

    it('says why the stage is unknown without employees or without an organization, and lists no needs', async () => {
        const noEmployees = await reportOf('organization "X" { arr: 2M }\nrole A { kind: ae headcount: 3 }\n');
        expect(noEmployees.company).toMatchObject({ stage: null, needs: [], stageUnknown: 'The organization does not state `employees`, and 003\'s stages go by the company\'s headcount (the roles in the model hold 3 people).' });
        const noOrganization = await reportOf('role A { kind: ae }\n');
        expect(noOrganization.company).toMatchObject({ title: null, location: null, stage: null, stageUnknown: 'The model has no `organization`, so the company\'s size and stage are unknown (the roles in the model hold 1 person).' });
    });
});

const STARTUP = `organization "Tiny" { employees: 8 }
team Sales { function: sales lead: Founder }
role Founder { kind: ceo team: Sales }
role Gen { kind: generalist reportsTo: Founder }
role AE { kind: ae team: Sales reportsTo: Founder }
cadence Weekly { purpose: pipeline-review every: weekly attendees: [Sales, Gen] }
`;

describe('what each stage needs', () => {
    it('startup: flat, the founder runs sales, a revenue generalist, a weekly review with everyone', async () => {
        const met = await reportOf(STARTUP);
        expect(met.company.needs.map(each => [each.id, each.met])).toEqual([['flat-structure', true], ['founder-runs-sales', true], ['revenue-generalist', true], ['weekly-pipeline-review', true]]);
        expect(need(met, 'founder-runs-sales').detail).toBe('Founder is on the Sales team.');

        const unmet = await reportOf(edited(STARTUP,
            ['role AE { kind: ae team: Sales reportsTo: Founder }', 'role Mgr { kind: sales-manager reportsTo: Founder }\nrole AE { kind: ae team: Sales reportsTo: Mgr }\nrole Rep { kind: ae reportsTo: AE }'],
            ['role Founder { kind: ceo team: Sales }', 'role Founder { kind: ceo }'], ['lead: Founder', 'lead: Mgr'],
            ['role Gen { kind: generalist reportsTo: Founder }', 'role Gen { kind: marketing reportsTo: Founder }'],
            ['every: weekly', 'every: biweekly'],
        ));
        expect(unmet.company.needs.map(each => [each.id, each.met])).toEqual([['flat-structure', false], ['founder-runs-sales', false], ['revenue-generalist', false], ['weekly-pipeline-review', false]]);
        expect(need(unmet, 'flat-structure')).toMatchObject({ detail: 'Rep has 3 managers above it.', elements: [{ name: 'Rep' }] });
    });

    it('startup: a founder with sales reps reporting to it runs sales', async () => {
        const report = await reportOf(edited(STARTUP, ['role Founder { kind: ceo team: Sales }', 'role Founder { kind: ceo }'], ['lead: Founder', '']));
        expect(need(report, 'founder-runs-sales')).toMatchObject({ met: true, detail: 'Founder has sales reps reporting to it (AE).' });
    });

    it('growth: SDRs, two leads, MQL and SAL, a speed-to-lead SLA, owned handoffs, a second SDR', async () => {
        const met = await reportOf(HEALTHY);
        expect(met.company.needs.every(each => each.met)).toBe(true);
        const unmet = await reportOf(edited(HEALTHY,
            ['kind: sdr team: Sales reportsTo: VPS headcount: 3', 'kind: bdr team: Sales reportsTo: VPS headcount: 1'],
            ['role VPM "VP Marketing" { kind: vp-marketing', 'role VPM "VP Marketing" { kind: marketing'], ['lead: VPM', ''],
            ['definition MQL { stage: mql', 'definition MQL { stage: pql'],
            ['within: 1h ', ''],
            [' owner: VPS', ''],
        ));
        expect(unmet.company.needs.map(each => [each.id, each.met])).toEqual([
            ['first-sdrs', true], ['sales-and-marketing-leads', false], ['mql-and-sal', false], ['speed-to-lead-sla', false], ['handoff-owners', false], ['second-sdr', false],
        ]);
        expect(need(unmet, 'sales-and-marketing-leads').detail).toBe('No role leads marketing.');
        expect(need(unmet, 'handoff-owners')).toMatchObject({ detail: '1 handoff has no owner.', elements: [{ name: 'SdrToAe', note: 'no owner' }] });
        const noSdr = await reportOf(edited(HEALTHY, ['kind: sdr team: Sales', 'kind: ae team: Sales']));
        expect(need(noSdr, 'first-sdrs')).toMatchObject({ met: false, detail: 'The model has no SDR or BDR.' });
    });

    it('growth: one role leading both sides is not a split', async () => {
        const report = await reportOf(edited(HEALTHY, ['team Marketing "Marketing" { function: marketing lead: VPM }', 'team Marketing "Marketing" { function: marketing lead: VPS }'], ['kind: vp-marketing', 'kind: marketing']));
        expect(need(report, 'sales-and-marketing-leads')).toMatchObject({ met: false, detail: 'One role leads both sides.' });
    });

    it('mid-market: a RevOps leader, enablement, analytics', async () => {
        const model = edited(HEALTHY, ['employees: 40', 'employees: 120'], ['role Ops { kind: revops', 'role Enable { kind: enablement team: RevOps reportsTo: Ops }\nrole Analyst { kind: analyst team: RevOps reportsTo: Ops }\nrole Ops { kind: revops']);
        const met = await reportOf(model);
        expect(met.company.needs.map(each => [each.id, each.met])).toEqual([['revops-leader', true], ['enablement', true], ['analytics', true]]);
        const unmet = await reportOf(edited(model, ['role Ops { kind: revops', 'role Ops { kind: other'], ['kind: enablement', 'kind: other'], ['kind: analyst', 'kind: other']));
        expect(unmet.company.needs.map(each => [each.id, each.met, each.detail])).toEqual([
            ['revops-leader', false, 'The model has no RevOps role.'], ['enablement', false, 'The model has no enablement role.'], ['analytics', false, 'The model has no analyst role.'],
        ]);
    });

    it('enterprise: a CRO, and pods or a matrix', async () => {
        const model = edited(HEALTHY, ['employees: 40', 'employees: 400'], ['role CEO { kind: ceo }', 'role CEO { kind: ceo }\nrole CRO { kind: cro reportsTo: CEO }']);
        const unmet = await reportOf(model);
        expect(unmet.company.needs.map(each => [each.id, each.met])).toEqual([['cro', true], ['pods-or-matrix', false]]);
        const matrix = await reportOf(edited(model, ['reportsTo: VPS headcount: 4', 'reportsTo: VPS dottedTo: [VPM] headcount: 4']));
        expect(need(matrix, 'pods-or-matrix')).toMatchObject({ met: true, detail: '1 role with a dotted-line manager.' });
        const pods = await reportOf(`${model}pod P1 { members: [SDR x1, AE x2] }\n`);
        expect(need(pods, 'pods-or-matrix')).toMatchObject({ met: true, detail: '1 pod.' });
        const noCro = await reportOf(edited(HEALTHY, ['employees: 40', 'employees: 400']));
        expect(need(noCro, 'cro')).toMatchObject({ met: false, detail: 'The model has no CRO.' });
    });
});
