/**
 * `revorg export --format mermaid`, checked as text (Mermaid itself parses and draws the output in
 * test/browser/run-mermaid.mjs): generated ids, escaped labels, the edges of both views, frames,
 * colors, and the Markdown around the diagrams.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownText, mermaidFlowchart, mermaidLabel, mermaidMarkdown, mermaidView } from '../../src/index.js';
import { buildTestModel, EXAMPLES, exampleFiles, REPO_ROOT } from '../helpers.js';

const MODEL = `organization "Acme" { arr: 5M employees: 30 }
team Sales "Sales" { function: sales lead: VPS }
team Marketing { function: marketing lead: VPM }
role CEO "Chief Executive" { kind: ceo }
role VPS "VP Sales" { kind: vp-sales team: Sales reportsTo: CEO }
role SDR "SDR" { kind: sdr team: Sales reportsTo: VPS headcount: 4 }
role AE "Account Executive" { kind: ae team: Sales reportsTo: VPS headcount: 3 dottedTo: [VPM] }
role VPM "VP Marketing" { kind: vp-marketing team: Marketing reportsTo: CEO }
definition SQL { stage: sql owner: Sales }
handoff MarketingToSdr { from: Marketing to: SDR }
handoff SdrToAe { from: SDR to: AE owner: VPS trigger: SQL }
sla Fast { handoff: SdrToAe within: 4h touches: 3 volume: 100 audit: weekly }
`;

const HOSTILE = readFileSync(path.join(REPO_ROOT, 'test', 'browser', 'hostile-titles.revorg'), 'utf8');

/** The text of each quoted label in a diagram (node, frame or edge label). */
function labels(diagram: string): string[] {
    return [...diagram.matchAll(/"([^"]*)"/g)].map(match => match[1]);
}

describe('mermaidLabel', () => {
    it('writes the characters Mermaid or HTML would read as syntax as Mermaid entity codes', () => {
        expect(mermaidLabel(['a "b" #c & <d> `e` 100%'])).toBe('"a #quot;b#quot; #35;c #amp; #lt;d#gt; #96;e#96; 100#37;"');
        expect(mermaidLabel(['#quot; &lt; %%{init: {}}%%'])).toBe('"#35;quot; #amp;lt; #37;#37;{init: {}}#37;#37;"');
    });

    it('leaves brackets, pipes, semicolons, Markdown and unicode as they are', () => {
        expect(mermaidLabel(['[x] {y} (z) | a; b **c** _d_ 東京 Café 🚀'])).toBe('"[x] {y} (z) | a; b **c** _d_ 東京 Café 🚀"');
    });

    it('joins lines with <br>, splits a title written over lines, and turns control characters into spaces', () => {
        expect(mermaidLabel(['Line one\r\nLine two\ttab', 'ae · ×3'])).toBe('"Line one<br>Line two tab<br>ae · ×3"');
        expect(mermaidLabel(['a\u0000b\u001bc\u2028d'])).toBe('"a b c<br>d"');
    });
});

describe('markdownText', () => {
    it('escapes every ASCII punctuation character so a title cannot become markup, on one line', () => {
        expect(markdownText('Hostile <b>Inc</b> [x](y) # `c` *d*\nnext')).toBe('Hostile \\<b\\>Inc\\<\\/b\\> \\[x\\]\\(y\\) \\# \\`c\\` \\*d\\* next');
        expect(markdownText('Fernline · Org chart')).toBe('Fernline · Org chart');
    });
});

describe('mermaidFlowchart', () => {
    it('draws the org chart top-down: a box per role, arrows for reporting lines, dotted arrows for dotted lines, team frames', async () => {
        const { facts } = await buildTestModel(MODEL);
        const org = mermaidView(facts, 'org')!;
        expect(org).toBe([
            'flowchart TD',
            '    n1["Chief Executive<br>ceo"]',
            '    subgraph g1["Sales<br>sales"]',
            '        n2["VP Sales<br>vp-sales"]',
            '        n3["SDR<br>sdr · ×4"]',
            '        n4["Account Executive<br>ae · ×3"]',
            '    end',
            '    n5["VP Marketing<br>vp-marketing"]',
            '    n1 --> n2',
            '    n2 --> n3',
            '    n2 --> n4',
            '    n1 --> n5',
            '    n5 -.-> n4',
            '    classDef marketing stroke:#8250df,stroke-width:2px',
            '    class n5 marketing',
            '    classDef sales stroke:#0969da,stroke-width:2px',
            '    class n2,n3,n4,g1 sales',
            '',
        ].join('\n'));
    });

    it('draws the flow left to right: parties along the funnel, a labelled arrow per handoff, gaps in the warning color', async () => {
        const { facts } = await buildTestModel(MODEL);
        const flow = mermaidView(facts, 'flow')!;
        expect(flow).toBe([
            'flowchart LR',
            '    n1("Marketing<br>marketing team")',
            '    n2["SDR<br>sdr · ×4"]',
            '    n3["Account Executive<br>ae · ×3"]',
            '    n1 -->|"no SLA<br>no owner"| n2',
            '    n2 -->|"SQL<br>4h · 3 touches<br>owner: VPS"| n3',
            '    classDef marketing stroke:#8250df,stroke-width:2px',
            '    class n1 marketing',
            '    classDef sales stroke:#0969da,stroke-width:2px',
            '    class n2,n3 sales',
            // MarketingToSdr has neither an owner nor an SLA: its rules report it, so it is drawn as a gap.
            '    linkStyle 0 stroke:#bf8700,stroke-width:2px,stroke-dasharray:6 4,color:#bf8700',
            '',
        ].join('\n'));
    });

    it('never uses a name from the model as an id, and no label carries raw syntax, for hostile titles and keyword names', async () => {
        const { facts } = await buildTestModel(HOSTILE);
        for (const view of ['org', 'flow'] as const) {
            const diagram = mermaidView(facts, view)!;
            const statements = diagram.split('\n').slice(1).filter(Boolean).map(line => line.trim());
            for (const statement of statements) {
                // Every statement starts with a generated id or a keyword revorg writes, never with a name like `end` or `click`.
                expect(statement).toMatch(/^(n\d+[[(]|n\d+ -(->|\.->)|subgraph g\d+\[|end$|classDef |class |linkStyle )/);
            }
            expect(diagram).not.toMatch(/\b(end|click|style|graph|subgraph|linkStyle|flowchart|default|direction)\[/);
            for (const label of labels(diagram)) {
                expect(label.replaceAll('<br>', '')).not.toMatch(/[<>`%&]|#(?!quot;|35;|amp;|lt;|gt;|96;|37;)/);
            }
        }
        const org = mermaidView(facts, 'org')!;
        expect(org).toContain('n1["#lt;img src=x onerror=alert(1)#gt;<br>vp-sales"]');
        expect(org).toContain('["Line one<br>Line two with a tab<br>vp-marketing"]');
        expect(org).toContain('#37;#37;{init: {\'theme\':\'forest\'}}#37;#37; A#amp;B #35;35; 100#37;');
        expect(org).toContain('subgraph g1["Sales #quot;Team#quot; [EMEA] {north} (x) | y; z<br>sales"]');
    });

    it('writes an empty graph as the header line alone', () => {
        expect(mermaidFlowchart({ view: 'flow', title: 'x', nodes: [], edges: [] })).toBe('flowchart LR\n');
    });
});

describe('mermaidMarkdown', () => {
    it('writes both views under headings, each in a mermaid block, with the organization\'s title escaped', async () => {
        const { facts } = await buildTestModel(MODEL);
        const markdown = mermaidMarkdown(facts);
        expect(markdown).toBe(`## Acme · Org chart\n\n\`\`\`mermaid\n${mermaidView(facts, 'org')}\`\`\`\n\n## Acme · Revenue flow\n\n\`\`\`mermaid\n${mermaidView(facts, 'flow')}\`\`\`\n`);
        const hostile = mermaidMarkdown((await buildTestModel(HOSTILE)).facts);
        expect(hostile.split('\n')[0]).toBe('## Hostile \\<b\\>Inc\\<\\/b\\> \\[x\\]\\(https\\:\\/\\/example\\.com\\) \\# \\`code\\` · Org chart');
        // No fence inside a block: a backtick in a title is an entity code there.
        expect(hostile.match(/^```/gm)).toHaveLength(4);
    });

    it('says why instead of drawing an empty view', async () => {
        const { facts } = await buildTestModel('role CEO { kind: ceo }\n');
        expect(mermaidView(facts, 'flow')).toBeUndefined();
        expect(mermaidMarkdown(facts)).toBe('## Org chart\n\n```mermaid\nflowchart TD\n    n1["CEO<br>ceo"]\n```\n\n## Revenue flow\n\n*Nothing to draw: no handoff with a `from` and a `to` to draw in the revenue flow.*\n');
    });

    it.each(EXAMPLES)('draws every role of the %s example once and an arrow per reporting line and handoff', async name => {
        const { facts } = await buildTestModel(exampleFiles(name));
        const org = mermaidView(facts, 'org')!;
        expect(org.match(/^\s*n\d+\[/gm)).toHaveLength(facts.roles.length);
        const reporting = facts.roles.filter(role => role.manager && role.manager !== role.node).length;
        expect(org.match(/^\s*n\d+ --> n\d+$/gm) ?? []).toHaveLength(reporting);
        const flow = mermaidView(facts, 'flow')!;
        expect(flow.match(/^\s*n\d+ -->\|/gm)).toHaveLength(facts.handoffs.filter(handoff => handoff.from && handoff.to).length);
    });
});
