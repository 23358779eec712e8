/** The markdown report: its sections in order, model text that cannot break it, long lists cut with a count. */
import { describe, expect, it } from 'vitest';
import { buildReport, formatMarkdown, modelFindings } from '../../src/index.js';
import { buildTestModel } from '../helpers.js';
import { edited, HEALTHY, reportOf } from './report-helpers.js';

describe('formatMarkdown', () => {
    it('writes the six sections in order, with the stack, maturity and bucket verdicts', async () => {
        const markdown = formatMarkdown(await reportOf(edited(HEALTHY, ['actual: 41%', 'actual: 30%'])));
        const headings = markdown.split('\n').filter(line => line.startsWith('## '));
        expect(headings).toEqual(['## 1. The company', '## 2. The Revenue Alignment Stack', '## 3. Alignment maturity: stage 3 of 4, Operational integration', '## 4. Headcount', '## 5. Handoffs', '## 6. Findings']);
        expect(markdown).toContain('| 1. Shared ICP | ✅ present | 1 ICP is owned by both sides. |');
        expect(markdown).toContain('🔴 broken: Broken: HandoffRate is at 30%, below 35%.');
        expect(markdown).toContain('- **warning** [`handoff-rate-broken`](https://github.com/revorg/revorg/blob/main/docs/rules/handoff-rate-broken.md) `model.revorg:20`:');
        expect(markdown).not.toContain('What this report does not cover');
    });

    it('keeps model text from breaking a table or adding HTML', async () => {
        const markdown = formatMarkdown(await reportOf(edited(HEALTHY, ['organization "Acme"', 'organization "A|B <script>alert(1)</script>"'], ['team Marketing "Marketing"', 'team Marketing "Mar|keting\\nline"'])));
        expect(markdown).toContain('# Org-health report: A|B &lt;script&gt;alert(1)&lt;/script&gt;');
        expect(markdown).not.toContain('<script>');
        expect(markdown).toContain('| `Marketing` Mar\\|keting line |');
    });

    it('says what the report does not cover', async () => {
        const { outcome, facts, locator } = await buildTestModel({ 'org.revorg': HEALTHY, 'broken.revorg': 'role X { kind: ae team: }\n' });
        const markdown = formatMarkdown(buildReport({ facts, locator, findings: modelFindings(outcome.documents, locator), skipped: [{ file: 'secret.revorg', reason: 'cannot read (EACCES)' }] }));
        expect(markdown).toContain('> **What this report does not cover**');
        expect(markdown).toContain('> - `secret.revorg` was skipped: cannot read (EACCES). Nothing in it is in this report.');
        expect(markdown).toMatch(/> - `broken\.revorg:1`: .* The text the parser skipped there is left out; the rest of the file is read\./);
    });

    it('cuts long lists with a count of the rest', async () => {
        const teams = Array.from({ length: 30 }, (_, index) => `team T${index} { function: sales }\nrole R${index} { kind: ae team: T${index} }\n`).join('');
        const markdown = formatMarkdown(await reportOf(`organization "Big" { employees: 100 }\n${teams}`));
        expect(markdown).toContain('*... and 5 more teams (all of them are in `--format json`).*');
        expect(markdown).toContain('| `T24` | sales | 1 | 1 | 1% |');
        expect(markdown).not.toContain('`T25`');
    });

    it('says when the stage is unknown and when there is no handoff', async () => {
        const markdown = formatMarkdown(await reportOf('role A { kind: ae }\n'));
        expect(markdown).toContain('The stage is unknown: The model has no `organization`');
        expect(markdown).toContain('## 5. Handoffs\n\nThe model has no handoff.');
        expect(markdown).toContain('## 3. Alignment maturity: not yet at stage 1');
    });
});
