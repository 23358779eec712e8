import { describe, expect, it } from 'vitest';
import { COLLAPSE_AFTER, diffModels, formatDiffMarkdown } from '../../src/index.js';
import { exampleFiles } from '../helpers.js';
import { BASE, diffOf, edit, versionOf } from './diff-helpers.js';

describe('the diff as a pull-request comment', () => {
    it('is one clear line when nothing changed', async () => {
        const version = await versionOf(exampleFiles('island-startup'), 'examples/island-startup');
        const markdown = formatDiffMarkdown(diffModels(version, { ...version, input: { ...version.input, label: 'working tree' } }));
        expect(markdown).toBe('**revorg diff** `examples/island-startup` → `working tree`: no changes. Both versions declare the same things with the same properties, reporting lines and headcount, and have the same findings.\n');
    });

    it('starts with a one-line summary, then has a section only for each part that changed', async () => {
        const after = edit(BASE,
            ['role AE "Account Executive" { kind: ae team: Sales reportsTo: VPS', 'role Closer "Account Executive" { kind: ae team: Sales reportsTo: CEO'],
            ['from: Marketing to: SDR owner: VPM', 'from: Marketing to: SDR'], ['target: 2M', 'target: 2.5M'],
        ) + 'role CSM "Customer Success" { kind: csm reportsTo: CEO headcount: 2 kpis: [Pipeline] }\n';
        const markdown = formatDiffMarkdown(await diffOf(BASE, after));
        const [summary, ...rest] = markdown.split('\n\n');
        expect(summary).toBe('**revorg diff** `old` → `new`: 1 role added; 1 role renamed; 1 handoff and 1 KPI changed; 1 reporting line moved; headcount 12 → 14 (+2); introduces 1 error and 1 warning.');
        expect(rest.filter(block => block.startsWith('####'))).toEqual(['#### Roles', '#### Handoffs', '#### KPIs', '#### Reporting lines moved', '#### Headcount', '#### Findings introduced']);
        expect(markdown).toContain('| added | `CSM` Customer Success | kind: csm · reportsTo: CEO · headcount: 2 · kpis: Pipeline |');
        expect(markdown).toContain('| renamed | `AE` → `Closer` Account Executive | reportsTo: VPS → CEO |');
        expect(markdown).toContain('| changed | `MqlToSdr` MQL to SDR | owner: VPM → *none* |');
        expect(markdown).toContain('| `Closer` (was `AE`) | `VPS` | `CEO` |');
        expect(markdown).toContain('| **total** | 12 | 14 | +2 |\n| *no team* | 1 | 3 | +2 |');
        expect(markdown).toMatch(/\| error \| \[`handoff-owner-required`\]\(https:\/\/[^)]+handoff-owner-required\.md\) \| `model\.revorg:10` \| Handoff 'MqlToSdr' has no owner: add `owner:` with/);
        expect(markdown).toMatch(/\| warning \| \[`motion-kpi-mismatch`\]/);
        expect(markdown).not.toContain('#### Organization');
        expect(markdown).not.toContain('<details>');
    });

    it('writes what came from the model literally: no HTML, no table breaks, no mentions', async () => {
        const markdown = formatDiffMarkdown(await diffOf(BASE, BASE + 'role Evil "<img src=x onerror=alert(1)> | *bold* @org/team `x`" { kind: ae reportsTo: CEO }\n'));
        const row = markdown.split('\n').find(line => line.startsWith('| added |'))!;
        expect(row).toBe('| added | `Evil` &lt;img src=x onerror=alert(1)&gt; \\| \\*bold\\* @\u200borg/team \\`x\\` | kind: ae · reportsTo: CEO · headcount: 1 |');
        expect(row.split(/(?<!\\)\|/)).toHaveLength(5);
    });

    it(`folds a table of more than ${COLLAPSE_AFTER} rows into <details>`, async () => {
        const roles = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `role ${prefix}${i} "Rep ${prefix}${i}" { kind: ae team: Sales reportsTo: VPS }\n`).join('');
        const markdown = formatDiffMarkdown(await diffOf(BASE, BASE + roles('New', COLLAPSE_AFTER + 1)));
        expect(markdown).toContain(`#### Roles\n\n<details><summary>Roles: ${COLLAPSE_AFTER + 1} added (${COLLAPSE_AFTER + 1} rows)</summary>\n\n| change | role | details |`);
        expect(markdown).toContain('|\n\n</details>');
        const few = formatDiffMarkdown(await diffOf(BASE, BASE + roles('New', COLLAPSE_AFTER)));
        expect(few).not.toContain('<details>');
    });

    it('says which version had syntax errors or files left out', async () => {
        const before = await versionOf(BASE, 'old');
        const after = await versionOf(BASE, 'new');
        after.input.syntaxErrors = [{ file: 'new/org.revorg', line: 3, message: 'x' }, { file: 'new/org.revorg', line: 9, message: 'y' }];
        before.input.skipped = [{ file: 'old/locked.revorg', reason: 'cannot read (EACCES)' }];
        const lines = formatDiffMarkdown(diffModels(before, after)).trimEnd().split('\n\n');
        expect(lines.slice(1, 3)).toEqual([
            '> **Note:** the old version\'s `old/locked.revorg` was left out: cannot read (EACCES).',
            '> **Note:** the new version\'s `new/org.revorg` has 2 syntax errors (line 3, 9): the text the parser skipped there is not compared.',
        ]);
    });

    it('links the org chart drawn beside it and says what its marks mean, or why there is none', async () => {
        const diff = await diffOf(BASE, BASE + 'role CSM { kind: csm reportsTo: CEO }\n');
        const withChart = formatDiffMarkdown(diff, { chart: { path: 'review/org chart.svg' } });
        expect(withChart).toContain('#### Org chart\n\nThe org chart of the new version, with this change marked, is in [review/org chart.svg](review/org%20chart.svg): new roles and teams have a solid outline and a **new** tag');
        expect(withChart.trimEnd().endsWith('a reporting line that moved is drawn thick.')).toBe(true);
        expect(formatDiffMarkdown(diff, { chart: { missing: 'the new version has no role to draw' } })).toContain('#### Org chart\n\nNo org chart was drawn: the new version has no role to draw.');
        expect(formatDiffMarkdown(diff)).not.toContain('Org chart');
    });
});
