import { describe, expect, it } from 'vitest';
import { matchDeclarations, NEAR_MATCH_LIMIT, type ModelExport, type RoleExport } from '../../src/index.js';
import { BASE, diffOf, edit, versionOf } from './diff-helpers.js';

const renamedPairs = (matching: ReturnType<typeof matchDeclarations>, kind: 'roles' | 'teams') => matching.kinds[kind].renamed.map(pair => [pair.old.name, pair.new.name, pair.similarity]);

describe('matching declarations across two versions', () => {
    it('pairs the same name as the same declaration, and a gone name with a new one whose properties are the same as a rename', async () => {
        const after = edit(BASE, ['role SDR "Sales', 'role BDR "Sales'], ['to: SDR', 'to: BDR']);
        const diff = await diffOf(BASE, after);
        expect(diff.declarations.roles).toEqual({
            added: [], removed: [], changed: [],
            renamed: [{ from: 'SDR', to: 'BDR', title: 'Sales Development Rep', similarity: 1, location: { file: 'model.revorg', line: 7 }, changes: [] }],
        });
        // The handoff now names BDR: the same reference, read through the rename.
        expect(diff.declarations.handoffs.changed).toEqual([]);
        expect(diff.reportingLines).toEqual([]);
    });

    it('pairs a rename that changed some properties too when two thirds of them are equal, and reports the others', async () => {
        const after = edit(BASE, ['role SDR "Sales Development Rep"', 'role BDR "Business Development Rep"'], ['to: SDR', 'to: BDR']);
        const diff = await diffOf(BASE, after);
        expect(diff.declarations.roles.renamed).toEqual([expect.objectContaining({
            from: 'SDR', to: 'BDR', similarity: 0.8,
            changes: [{ property: 'title', before: 'Sales Development Rep', after: 'Business Development Rep', beforeText: 'Sales Development Rep', afterText: 'Business Development Rep' }],
        })]);
        expect(diff.declarations.roles.added).toEqual([]);
    });

    it('does not call it a rename when fewer than two thirds of the properties are equal', async () => {
        // Title, kind and name changed: 3 of 5 properties equal.
        const after = edit(BASE, ['role SDR "Sales Development Rep" { kind: sdr', 'role Closer "Closer" { kind: ae'], ['to: SDR', 'to: Closer']);
        const diff = await diffOf(BASE, after);
        expect(diff.declarations.roles.renamed).toEqual([]);
        expect(diff.declarations.roles.removed.map(role => role.name)).toEqual(['SDR']);
        expect(diff.declarations.roles.added.map(role => role.name)).toEqual(['Closer']);
    });

    it('never pairs when it is ambiguous: two gone roles alike and two new ones alike, or one gone role and two equally good candidates', async () => {
        const twoLikeThis = (a: string, b: string) => `role ${a} { kind: ae team: Sales reportsTo: VPS }\nrole ${b} { kind: ae team: Sales reportsTo: VPS }\n`;
        const twoByTwo = await diffOf(BASE + twoLikeThis('R1', 'R2'), BASE + twoLikeThis('A1', 'A2'));
        expect(twoByTwo.declarations.roles.renamed).toEqual([]);
        expect(twoByTwo.declarations.roles.removed.map(role => role.name)).toEqual(['R1', 'R2']);
        expect(twoByTwo.declarations.roles.added.map(role => role.name)).toEqual(['A1', 'A2']);

        const oneByTwo = await diffOf(BASE + 'role R1 { kind: ae team: Sales reportsTo: VPS headcount: 2 }\n', BASE + twoLikeThis('A1', 'A2').replace(/reportsTo: VPS/g, 'reportsTo: VPS headcount: 3'));
        expect(oneByTwo.declarations.roles.renamed).toEqual([]);
        expect(oneByTwo.declarations.roles.added.map(role => role.name)).toEqual(['A1', 'A2']);

        // With one clearly better candidate it is a rename again.
        const clear = await diffOf(BASE + 'role R1 { kind: ae team: Sales reportsTo: VPS headcount: 2 }\n', BASE + 'role A1 { kind: ae team: Sales reportsTo: VPS headcount: 2 }\nrole A2 { kind: ae team: Sales reportsTo: VPS headcount: 3 }\n');
        expect(clear.declarations.roles.renamed.map(rename => [rename.from, rename.to])).toEqual([['R1', 'A1']]);
    });

    it('compares references through the renames already found, in rounds, so renames that depend on each other are both found', async () => {
        // The team's lead and the lead's team are both renamed: neither matches exactly until the other is known.
        const after = edit(BASE,
            ['team Sales "Sales" { function: sales lead: VPS }', 'team Revenue "Sales" { function: sales lead: HeadOfSales }'],
            ['role VPS "VP Sales" { kind: vp-sales team: Sales', 'role HeadOfSales "VP Sales" { kind: vp-sales team: Revenue'],
            ['role SDR "Sales Development Rep" { kind: sdr team: Sales reportsTo: VPS', 'role SDR "Sales Development Rep" { kind: sdr team: Revenue reportsTo: HeadOfSales'],
            ['role AE "Account Executive" { kind: ae team: Sales reportsTo: VPS', 'role AE "Account Executive" { kind: ae team: Revenue reportsTo: HeadOfSales'],
            ['owners: [Marketing, Sales]', 'owners: [Revenue, Marketing]'],
        );
        const before = await versionOf(BASE, 'old');
        const matching = matchDeclarations(before.model, (await versionOf(after, 'new')).model);
        expect(renamedPairs(matching, 'teams')).toEqual([['Sales', 'Revenue', 2 / 3]]);
        expect(renamedPairs(matching, 'roles')).toEqual([['VPS', 'HeadOfSales', 1]]);
        expect([...matching.renames]).toEqual([['Sales', 'Revenue'], ['VPS', 'HeadOfSales']]);

        const diff = await diffOf(BASE, after);
        // Nothing else changed: SDR and AE still report to the same role, in the same team; the KPI's owners are the same set.
        expect(diff.declarations.teams.renamed[0].changes).toEqual([]);
        expect(diff.declarations.roles.changed).toEqual([]);
        expect(diff.declarations.kpis.changed).toEqual([]);
        expect(diff.reportingLines).toEqual([]);
        expect(diff.headcount).toEqual({ total: { before: 12, after: 12, delta: 0 }, byTeam: [], byFunction: [] });
    });

    it('has nothing to match a declaration by when it sets nothing', async () => {
        const diff = await diffOf(BASE + 'segment Mid {}\n', BASE + 'segment Middle {}\n');
        expect(diff.declarations.segments.renamed).toEqual([]);
        expect(diff.declarations.segments.removed.map(segment => [segment.name, segment.properties])).toEqual([['Mid', []]]);
        expect(diff.declarations.segments.added.map(segment => segment.name)).toEqual(['Middle']);
    });

    it('looks for near matches only up to NEAR_MATCH_LIMIT pairs of a kind; exact matches at any size', async () => {
        const { model } = await versionOf(BASE, 'old');
        const template = model.roles.find(role => role.name === 'AE')!;
        const withRoles = (prefix: string, count: number, kind: string): ModelExport => ({
            ...model,
            roles: Array.from({ length: count }, (_, i): RoleExport => ({ ...template, name: `${prefix}${i}`, title: `Rep ${i}`, kind })),
        });
        const side = Math.floor(Math.sqrt(NEAR_MATCH_LIMIT));
        expect(side * side).toBe(NEAR_MATCH_LIMIT);
        // Each pair shares its title, team, manager and headcount but not its kind: a near match.
        expect(matchDeclarations(withRoles('Old', side, 'ae'), withRoles('New', side, 'sdr')).kinds.roles.renamed).toHaveLength(side);
        const tooMany = matchDeclarations(withRoles('Old', side + 1, 'ae'), withRoles('New', side + 1, 'sdr'));
        expect(tooMany.kinds.roles.renamed).toEqual([]);
        expect(tooMany.kinds.roles.added).toHaveLength(side + 1);
        // The same pairs with every property equal are found by their hash, however many.
        expect(matchDeclarations(withRoles('Old', side + 1, 'ae'), withRoles('New', side + 1, 'ae')).kinds.roles.renamed).toHaveLength(side + 1);
    });

    it('pairs a name declared twice occurrence by occurrence', async () => {
        const twice = BASE + 'role Dup { kind: ae }\nrole Dup { kind: sdr }\n';
        const diff = await diffOf(twice, twice.replace('role Dup { kind: sdr }', 'role Dup { kind: sdr headcount: 2 }'));
        expect(diff.declarations.roles.changed.map(role => [role.name, role.changes.map(change => `${change.property}: ${change.beforeText} -> ${change.afterText}`)])).toEqual([['Dup', ['headcount: 1 -> 2']]]);
    });
});
