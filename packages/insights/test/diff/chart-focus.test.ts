/**
 * What of the new org chart a diff draws: all of it in a model of up to WHOLE_CHART_ROLES roles;
 * beyond, the roles the change touches with their managers up to the top, so a 10k-role diff lays
 * out a readable picture in a fraction of a second instead of the whole org in many seconds.
 */
import { describe, expect, it } from 'vitest';
import { chartFocus, formatDiffMarkdown, WHOLE_CHART_ROLES } from '../../src/index.js';
import { BASE, diffOf, edit, versionOf } from './diff-helpers.js';

/** A large org: a CEO, managers M0..Mn under it, and ten reps under each manager. */
function largeOrg(managers: number): string {
    const lines = ['organization "Big" { arr: 50M employees: 5000 }', 'role CEO { kind: ceo }'];
    for (let m = 0; m < managers; m++) {
        lines.push(`role M${m} { kind: sales-manager reportsTo: CEO }`);
        for (let r = 0; r < 10; r++) lines.push(`role M${m}R${r} { kind: ae reportsTo: M${m} headcount: ${1 + r} }`);
    }
    return `${lines.join('\n')}\n`;
}

describe('the part of the org chart a diff draws', () => {
    it('is the whole chart up to WHOLE_CHART_ROLES roles', async () => {
        const after = edit(BASE, ['headcount: 4', 'headcount: 5']);
        const diff = await diffOf(BASE, after);
        expect(chartFocus(diff, (await versionOf(after, 'new')).model)).toBeUndefined();
    });

    it('beyond, is every role the change adds, renames, changes or moves, the managers it moved between and those of removed roles, each with its managers up to the top', async () => {
        const before = largeOrg(50);
        const after = edit(before,
            ['role M3R4 { kind: ae reportsTo: M3 headcount: 5 }', 'role M3R4 { kind: ae reportsTo: M3 headcount: 6 }'],
            ['role M7R2 { kind: ae reportsTo: M7 headcount: 3 }', 'role M7Closer { kind: ae reportsTo: M7 headcount: 3 }'],
            ['role M9R1 { kind: ae reportsTo: M9 headcount: 2 }', 'role M9R1 { kind: ae reportsTo: M12 headcount: 2 }'],
            ['role M20R0 { kind: ae reportsTo: M20 headcount: 1 }\n', ''],
        ) + 'role Newcomer { kind: sdr reportsTo: M30 headcount: 12 }\n';
        const model = (await versionOf(after, 'new')).model;
        expect(model.roles.length).toBeGreaterThan(WHOLE_CHART_ROLES);
        const diff = await diffOf(before, after);
        expect(diff.declarations.roles.renamed.map(rename => rename.to)).toEqual(['M7Closer']);
        expect([...chartFocus(diff, model)!].sort()).toEqual(['CEO', 'M12', 'M20', 'M3', 'M30', 'M3R4', 'M7', 'M7Closer', 'M9', 'M9R1', 'Newcomer'].sort());
    });

    it('is empty when the change touches no role, and the comment says how much of the chart it links', async () => {
        const before = largeOrg(50);
        const after = before.replace('employees: 5000', 'employees: 5200');
        const diff = await diffOf(before, after);
        expect(chartFocus(diff, (await versionOf(after, 'new')).model)).toEqual(new Set());
        const markdown = formatDiffMarkdown(diff, { chart: { path: 'org.svg', part: { roles: 11, of: 551 } } });
        expect(markdown).toContain('The part of the new version\'s org chart this change touches (11 roles of 551: ');
        expect(markdown).toContain('is in [org.svg](org.svg)');
    });
});
