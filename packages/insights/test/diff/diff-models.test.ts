import { describe, expect, it } from 'vitest';
import { chartMarks, diffModels, ModelDiff } from '../../src/index.js';
import { EXAMPLES, exampleFiles, schemaValidator } from '../helpers.js';
import { BASE, diffOf, edit, versionOf } from './diff-helpers.js';

const validate = await schemaValidator(ModelDiff);

describe('diffModels', () => {
    it.each(EXAMPLES)('finds no change between %s and itself, and the result is a valid revorg-diff', async name => {
        const version = await versionOf(exampleFiles(name), name);
        const diff = diffModels(version, version);
        expect(validate(diff)).toEqual([]);
        expect(diff.summary).toEqual({ unchanged: true, added: 0, removed: 0, renamed: 0, changed: 0, movedLines: 0, introduced: { errors: 0, warnings: 0, infos: 0, hints: 0 }, fixed: { errors: 0, warnings: 0, infos: 0, hints: 0 } });
        expect(diff.headcount.byTeam).toEqual([]);
        expect(diff.findings).toEqual({ introduced: [], fixed: [] });
    });

    it('reports changed properties one by one, before and after, as data and as revorg writes them', async () => {
        const after = edit(BASE, ['target: 2M period: monthly', 'target: 2.5M period: quarterly'], ['within: 4h touches: 3', 'within: 1d touches: 3'], ['owners: [Marketing, Sales]', 'owners: [Sales]']);
        const diff = await diffOf(BASE, after);
        expect(validate(diff)).toEqual([]);
        expect(diff.declarations.kpis.changed).toEqual([{
            name: 'Pipeline', title: null, location: { file: 'model.revorg', line: 12 },
            changes: [
                { property: 'owners', before: ['Marketing', 'Sales'], after: ['Sales'], beforeText: 'Marketing, Sales', afterText: 'Sales' },
                { property: 'target', before: { kind: 'money', value: 2_000_000, text: '$2M' }, after: { kind: 'money', value: 2_500_000, text: '$2.5M' }, beforeText: '$2M', afterText: '$2.5M' },
                { property: 'period', before: 'monthly', after: 'quarterly', beforeText: 'monthly', afterText: 'quarterly' },
            ],
        }]);
        expect(diff.declarations.slas.changed[0].changes).toEqual([{ property: 'within', before: 240, after: 1440, beforeText: '4h', afterText: '1d' }]);
        // The order of a list of names is not a change.
        const reordered = await diffOf(BASE, edit(BASE, ['owners: [Marketing, Sales]', 'owners: [Sales, Marketing]']));
        expect(reordered.summary.unchanged).toBe(true);
    });

    it('lists added and removed declarations with what they set, and the organization\'s changes', async () => {
        const after = edit(BASE, ['arr: 5M employees: 30', 'arr: 12M employees: 140'], ['role AE "Account Executive" { kind: ae team: Sales reportsTo: VPS headcount: 3 }\n', '']) + 'role CSM "Customer Success" { kind: csm reportsTo: CEO headcount: 2 motion: farmer }\n';
        const diff = await diffOf(BASE, after);
        expect(validate(diff)).toEqual([]);
        expect(diff.declarations.roles.added).toEqual([{
            name: 'CSM', title: 'Customer Success', location: { file: 'model.revorg', line: 12 },
            properties: [
                { property: 'kind', value: 'csm', text: 'csm' }, { property: 'reportsTo', value: 'CEO', text: 'CEO' },
                { property: 'headcount', value: 2, text: '2' }, { property: 'motion', value: 'farmer', text: 'farmer' },
            ],
        }]);
        expect(diff.declarations.roles.removed.map(role => [role.name, role.location])).toEqual([['AE', { file: 'model.revorg', line: 8 }]]);
        expect(diff.organization.changes.map(change => [change.property, change.beforeText, change.afterText])).toEqual([
            ['arr', '$5M', '$12M'], ['employees', '30', '140'], ['stage', 'growth', 'midmarket'],
        ]);
        expect(diff.summary).toMatchObject({ unchanged: false, added: 1, removed: 1, renamed: 0, changed: 0 });
    });

    it('reports a role whose manager changed as a moved reporting line, reading managers through renames', async () => {
        const after = edit(BASE,
            // The VP Sales is renamed: its reports do not move.
            ['role VPS "VP Sales"', 'role HeadOfSales "VP Sales"'], ['lead: VPS', 'lead: HeadOfSales'],
            ['team: Sales reportsTo: VPS headcount: 4', 'team: Sales reportsTo: HeadOfSales headcount: 4'],
            // AE moves to the CEO and is renamed; Demand loses its manager.
            ['role AE "Account Executive" { kind: ae team: Sales reportsTo: VPS', 'role Closer "Account Executive" { kind: ae team: Sales reportsTo: CEO'],
            ['reportsTo: VPM headcount: 2', 'headcount: 2'],
        );
        const diff = await diffOf(BASE, after);
        expect(validate(diff)).toEqual([]);
        expect(diff.declarations.roles.renamed.map(rename => [rename.from, rename.to])).toEqual([['VPS', 'HeadOfSales'], ['AE', 'Closer']]);
        expect(diff.reportingLines).toEqual([
            { role: 'Closer', previousName: 'AE', from: 'HeadOfSales', to: 'CEO', location: { file: 'model.revorg', line: 8 } },
            { role: 'Demand', previousName: null, from: 'VPM', to: null, location: { file: 'model.revorg', line: 9 } },
        ]);
        expect(chartMarks(diff)).toEqual({ added: new Set(), renamed: new Map([['HeadOfSales', 'VPS'], ['Closer', 'AE']]), movedLines: new Set(['Closer', 'Demand']) });
    });

    it('counts headcount by team and function and in total, a renamed team keeping its people', async () => {
        const after = edit(BASE,
            ['team Marketing "Marketing" { function: marketing lead: VPM }', 'team Growth "Marketing" { function: marketing lead: VPM }'],
            ['team: Marketing reportsTo: CEO', 'team: Growth reportsTo: CEO'], ['team: Marketing reportsTo: VPM headcount: 2', 'team: Growth reportsTo: VPM headcount: 5'],
            ['from: Marketing', 'from: Growth'], ['owners: [Marketing, Sales]', 'owners: [Growth, Sales]'],
            ['team: Sales reportsTo: VPS headcount: 4', 'reportsTo: VPS headcount: 3'],
        );
        const diff = await diffOf(BASE, after);
        expect(validate(diff)).toEqual([]);
        expect(diff.declarations.teams.renamed.map(rename => [rename.from, rename.to])).toEqual([['Marketing', 'Growth']]);
        expect(diff.headcount).toEqual({
            total: { before: 12, after: 14, delta: 2 },
            byTeam: [
                { team: 'Sales', before: 8, after: 4, delta: -4 },
                { team: 'Growth', before: 3, after: 6, delta: 3 },
                { team: null, before: 1, after: 4, delta: 3 },
            ],
            byFunction: [
                { function: 'marketing', before: 3, after: 6, delta: 3 },
                { function: 'sales', before: 8, after: 4, delta: -4 },
                { function: null, before: 1, after: 4, delta: 3 },
            ],
        });
    });

    it('reports the findings a change introduces and fixes, by rule, declaration and message, whatever lines moved', async () => {
        // The handoff loses its owner: introduced; and back: fixed.
        const noOwner = edit(BASE, ['from: Marketing to: SDR owner: VPM', 'from: Marketing to: SDR']);
        const introduced = await diffOf(BASE, noOwner);
        expect(introduced.findings.introduced.map(finding => [finding.ruleId, finding.severity, finding.declaration, finding.line])).toEqual([['handoff-owner-required', 'error', 'MqlToSdr', 10]]);
        expect(introduced.findings.fixed).toEqual([]);
        expect(introduced.summary.introduced).toEqual({ errors: 1, warnings: 0, infos: 0, hints: 0 });
        const fixed = await diffOf(noOwner, BASE);
        expect(fixed.findings.fixed.map(finding => finding.ruleId)).toEqual(['handoff-owner-required']);
        expect(fixed.findings.introduced).toEqual([]);

        // Ten lines of comments on top move every finding down: nothing introduced, nothing fixed.
        const moved = await diffOf(noOwner, '// notes\n'.repeat(10) + noOwner);
        expect(moved.findings).toEqual({ introduced: [], fixed: [] });
        expect(moved.summary.unchanged).toBe(true);

        // Renaming the handoff that has the finding neither fixes it nor introduces it again, though its message names it.
        const renamed = await diffOf(noOwner, noOwner.replace('handoff MqlToSdr', 'handoff MarketingToSdr').replace('handoff: MqlToSdr', 'handoff: MarketingToSdr'));
        expect(renamed.declarations.handoffs.renamed.map(rename => [rename.from, rename.to])).toEqual([['MqlToSdr', 'MarketingToSdr']]);
        expect(renamed.findings).toEqual({ introduced: [], fixed: [] });
    });

    it('reports a reporting line moved across files and the finding it fixes', async () => {
        const files = (org: string) => ({ 'org.revorg': org, 'pipeline.revorg': 'handoff H { from: Marketing to: SDR owner: VPM }\nsla S { handoff: H within: 4h touches: 3 }\n' });
        const teamless = 'organization "Acme" { arr: 5M employees: 30 }\nteam Sales { function: sales lead: VPS }\nteam Marketing { function: marketing lead: VPM }\nrole CEO { kind: ceo }\nrole VPS { kind: vp-sales team: Sales reportsTo: CEO }\nrole VPM { kind: vp-marketing team: Marketing reportsTo: CEO }\nrole SDR { kind: sdr team: Sales reportsTo: VPS }\n';
        // A second top role is a finding (several roles without a manager); giving it a manager fixes it.
        const before = teamless + 'role Ops { kind: revops }\n';
        const after = teamless.replace('role CEO', 'role Ops { kind: revops reportsTo: CEO }\nrole CEO');
        const diff = await diffOf(files(before), files(after));
        expect(diff.reportingLines.map(move => [move.role, move.from, move.to, move.location.file])).toEqual([['Ops', null, 'CEO', 'org.revorg']]);
        // Both top roles were reported; the one that moved was at the end of the file and now is near the top.
        expect(diff.findings.fixed.map(finding => [finding.ruleId, finding.declaration, finding.file])).toEqual([['multiple-top-roles', 'CEO', 'org.revorg'], ['multiple-top-roles', 'Ops', 'org.revorg']]);
        expect(diff.findings.introduced).toEqual([]);
    });
});
