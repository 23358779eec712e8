import { describe, expect, it } from 'vitest';
import { exportModel, ModelExport } from '../src/index.js';
import { buildTestModel, EXAMPLES, exampleFiles, schemaValidator } from './helpers.js';

const validate = await schemaValidator(ModelExport);

const SMALL = `organization "Acme" { arr: 5M employees: 30 acv: 25K }
team Marketing "Marketing" { function: marketing lead: VPM }
team Sales { function: sales lead: VPS }
role CEO "Chief Executive" { kind: ceo }
role VPM "VP Marketing" { kind: vp-marketing team: Marketing reportsTo: CEO }
role VPS "VP Sales" { kind: vp-sales team: Sales reportsTo: CEO dottedTo: [VPM] }
role SDR "Sales Development Rep" { kind: sdr team: Sales reportsTo: VPS headcount: 4 }
role AE { kind: ae team: Sales reportsTo: VPS headcount: 3 kpis: [Pipeline] }
role Generalist { kind: generalist reportsTo: Nobody }
definition SAL { stage: sal owner: Sales title: "Director+" fit: "50-500 employees" }
icp Core { owners: [Marketing, Sales] criteria: ["B2B SaaS", "North America"] }
handoff MarketingToSdr { from: Marketing to: SDR owner: VPM trigger: SAL }
sla SpeedToLead { handoff: MarketingToSdr within: 4h touches: 3 volume: 400 audit: weekly }
kpi Pipeline { measures: pipeline owners: [Marketing, Sales] target: 2M actual: 1.5M period: monthly }
cadence Review { purpose: pipeline-review every: weekly duration: 30m attendees: [Marketing, Sales] }
segment Mid { acv: 25K model: pod }
pod Pod1 { segment: Mid lead: AE members: [SDR x1, AE x2] }
`;

describe('exportModel', () => {
    it('writes every declaration with its values read and its references as names', async () => {
        const { facts, locator } = await buildTestModel(SMALL);
        const model = exportModel(facts, locator);
        expect(validate(model)).toEqual([]);
        expect(model.organization).toMatchObject({ title: 'Acme', arr: 5_000_000, employees: 30, acv: 25_000, stage: 'growth', location: { file: 'model.revorg', line: 1 } });
        expect(model.headcount).toBe(1 + 1 + 1 + 4 + 3 + 1);
        expect(model.teams.map(team => [team.name, team.side, team.lead, team.roles, team.headcount])).toEqual([
            ['Marketing', 'marketing', 'VPM', ['VPM'], 1],
            ['Sales', 'sales', 'VPS', ['VPS', 'SDR', 'AE'], 8],
        ]);
        const roles = new Map(model.roles.map(role => [role.name, role]));
        expect(roles.get('VPS')).toMatchObject({ title: 'VP Sales', function: 'sales', side: 'sales', reportsTo: 'CEO', dottedTo: ['VPM'], directReports: ['SDR', 'AE'], headcountBeneath: 7, reportingDepth: 1 });
        expect(roles.get('AE')).toMatchObject({ tier: 'AE/ISR/SAR', impliedMotion: 'hunter', motion: null, kpis: ['Pipeline'], pods: ['Pod1'] });
        expect(roles.get('SDR')).toMatchObject({ tier: 'SDR/BDR', kpis: [], pods: ['Pod1'] });
        expect(roles.get('CEO')).toMatchObject({ headcountBeneath: 9, reportingDepth: 0, side: null, team: null });
        // An unresolved reference is null, never the text that names nothing.
        expect(roles.get('Generalist')).toMatchObject({ reportsTo: null, side: null });
        expect(model.definitions[0]).toMatchObject({ stage: 'sal', owner: 'Sales', criteria: { title: 'Director+', fit: '50-500 employees', engagement: null } });
        expect(model.icps[0]).toMatchObject({ owners: ['Marketing', 'Sales'], criteria: ['B2B SaaS', 'North America'] });
        expect(model.handoffs[0]).toMatchObject({ from: 'Marketing', to: 'SDR', fromSide: 'marketing', toSide: 'sales', trigger: 'SAL', owner: 'VPM', slas: ['SpeedToLead'] });
        expect(model.slas[0]).toMatchObject({ handoff: 'MarketingToSdr', within: 240, touches: 3, volume: 400, audit: 'weekly', auditor: null });
        expect(model.kpis[0]).toMatchObject({ measures: 'pipeline', owners: ['Marketing', 'Sales'], target: { kind: 'money', value: 2_000_000, text: '$2M' }, actual: { kind: 'money', value: 1_500_000, text: '$1.5M' }, period: 'monthly' });
        expect(model.cadences[0]).toMatchObject({ purpose: 'pipeline-review', every: 'weekly', duration: 30, attendees: ['Marketing', 'Sales'] });
        expect(model.pods[0]).toMatchObject({ segment: 'Mid', lead: 'AE', members: [{ role: 'SDR', count: 1 }, { role: 'AE', count: 2 }], seats: 3 });
        expect(model.segments[0]).toMatchObject({ acv: 25_000, model: 'pod', development: null, pods: ['Pod1'] });
    });

    it('counts a role on a reporting cycle without a headcount beneath it', async () => {
        const { facts, locator } = await buildTestModel(`role A { kind: ae reportsTo: B }\nrole B { kind: ae reportsTo: A }\n`);
        const model = exportModel(facts, locator);
        expect(validate(model)).toEqual([]);
        expect(model.organization).toBeNull();
        expect(model.roles.map(role => role.headcountBeneath)).toEqual([null, null]);
    });

    it('names files relative to the model and lists declarations in model order', async () => {
        const { facts, locator } = await buildTestModel({ 'b/sales.revorg': 'role AE { kind: ae }\n', 'a/org.revorg': 'organization "X" { employees: 5 }\n\nrole CEO { kind: ceo }\n' });
        const model = exportModel(facts, locator);
        expect(model.roles.map(role => [role.name, role.location])).toEqual([
            ['CEO', { file: 'a/org.revorg', line: 3 }],
            ['AE', { file: 'b/sales.revorg', line: 1 }],
        ]);
    });

    it.each(EXAMPLES)('exports the %s example under its schema, every role counted once', async name => {
        const { facts, locator } = await buildTestModel(exampleFiles(name));
        const model = exportModel(facts, locator);
        expect(validate(model)).toEqual([]);
        expect(model.roles).toHaveLength(facts.roles.length);
        expect(model.headcount).toBe(model.roles.reduce((sum, role) => sum + role.headcount, 0));
        const onTeams = model.teams.reduce((sum, team) => sum + team.headcount, 0);
        const teamless = model.roles.filter(role => role.team === null).reduce((sum, role) => sum + role.headcount, 0);
        expect(onTeams + teamless).toBe(model.headcount);
    });
});
