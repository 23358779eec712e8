import { describe, expect, it } from 'vitest';
import { buildFlowGraph } from '../src/build-flow.js';
import { buildOrgGraph } from '../src/build-org.js';
import type { LaidOutDiagram } from '../src/diagram.js';
import { drawDiagram } from '../src/index.js';
import { layoutDiagram } from '../src/layout.js';
import { escapeXml, renderSvg, routePath } from '../src/render-svg.js';
import { buildModel, SMALL_ORG } from './helpers.js';
import { all, classes, groupsWithClass, parseXml } from './svg-dom.js';

const HOSTILE = `organization "Hostile <b>Inc</b> & 'Co'" { arr: 12M employees: 40 }
team Sales "<script>alert(1)</script>" { function: sales lead: Boss }
team Marketing { function: marketing }
role Boss "<img src=x onerror=alert(1)>" { kind: vp-sales team: Sales }
role Rep "Account Executive & \\"Closer\\"" { kind: ae team: Sales reportsTo: Boss }
role Sdr { kind: sdr team: Sales reportsTo: Boss }
handoff MarketingToSdr "<svg onload=alert(1)>" { from: Marketing to: Sdr }
handoff SdrToRep { from: Sdr to: Rep owner: Boss }
sla Fast { handoff: SdrToRep within: 4h touches: 3 audit: weekly }
`;

async function laidOut(code: string, view: 'org' | 'flow'): Promise<{ diagram: LaidOutDiagram; options: Awaited<ReturnType<typeof buildModel>>['options'] }> {
    const { facts, options } = await buildModel(code);
    const graph = view === 'org' ? buildOrgGraph(facts, options) : buildFlowGraph(facts, options);
    return { diagram: await layoutDiagram(graph), options };
}

describe('SVG', () => {
    it('is a standalone SVG document with a node group per role and an edge group per line', async () => {
        const { diagram } = await laidOut(SMALL_ORG, 'org');
        const svg = renderSvg(diagram, { theme: 'light' });
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        const root = parseXml(svg);
        expect(root.name).toBe('svg');
        expect(Number(root.attributes.width)).toBeGreaterThan(diagram.width);
        expect(root.attributes.viewBox).toBe(`0 0 ${root.attributes.width} ${root.attributes.height}`);
        expect(groupsWithClass(root, 'node')).toHaveLength(8);
        expect(groupsWithClass(root, 'group').map(group => group.attributes['data-id'])).toEqual(['team:Marketing', 'team:Sales']);
        const edges = groupsWithClass(root, 'edge');
        expect(edges).toHaveLength(6);
        for (const edge of edges) {
            expect(classes(edge)).toEqual(['edge', 'edge-reporting']);
            const path = edge.children.find(child => child.name === 'path')!;
            expect(path.attributes.d).toMatch(/^M[\d.-]+,[\d.-]+ /);
            expect(path.attributes['marker-end']).toBe('url(#revorg-arrow-reporting)');
        }
        // The title, and the nodes' two lines of text.
        expect(all(root, element => classes(element).includes('diagram-title'))[0].text).toBe('Acme · Org chart');
        const sdr = groupsWithClass(root, 'node').find(node => node.attributes['data-id'] === 'SDR')!;
        expect(sdr.children.filter(child => child.name === 'text').map(text => text.text)).toEqual(['Sales Development Rep', 'sdr · ×6']);
        expect(sdr.children.filter(child => child.name === 'rect')[0].attributes.rx).toBe('6');
    });

    it('carries each node\'s source position (0-based) and marks nodes with problems', async () => {
        const { diagram } = await laidOut(SMALL_ORG + 'role Broken { kind: ae headcount: -1 }\n', 'org');
        const root = parseXml(renderSvg(diagram));
        const nodes = groupsWithClass(root, 'node');
        const sdr = nodes.find(node => node.attributes['data-id'] === 'SDR')!;
        expect(sdr.attributes).toMatchObject({ 'data-uri': 'file:///model/model.revorg', 'data-line': '8', 'data-character': '5' });
        expect(classes(sdr)).not.toContain('has-errors');
        const broken = nodes.find(node => node.attributes['data-id'] === 'Broken')!;
        expect(classes(broken)).toContain('has-errors');
        const badge = groupsWithClass(broken, 'badge-error')[0];
        expect(badge.children.find(child => child.name === 'rect')?.attributes.fill).toBe('#cf222e');
        expect(Number(badge.children.find(child => child.name === 'text')?.text)).toBeGreaterThan(0);
        // The legend explains the badge.
        expect(groupsWithClass(root, 'legend-badge').map(item => item.text)).toContain('Errors');
    });

    it('marks a node with only warnings with a yellow badge', async () => {
        const { diagram } = await laidOut(SMALL_ORG, 'org');
        const advisor = diagram.nodes.find(node => node.id === 'Advisor')!;
        advisor.problems = { errors: 0, warnings: 2 };
        const root = parseXml(renderSvg(diagram, { theme: 'dark' }));
        const node = groupsWithClass(root, 'node').find(candidate => candidate.attributes['data-id'] === 'Advisor')!;
        expect(classes(node)).toContain('has-warnings');
        const badge = groupsWithClass(node, 'badge-warning')[0];
        expect(badge.children.find(child => child.name === 'rect')?.attributes.fill).toBe('#d29922');
        expect(badge.children.find(child => child.name === 'text')?.text).toBe('2');
    });

    it('keeps hostile titles as text, everywhere', async () => {
        for (const view of ['org', 'flow'] as const) {
            const { diagram } = await laidOut(HOSTILE, view);
            for (const theme of ['light', 'dark', 'vscode'] as const) {
                const svg = renderSvg(diagram, { theme });
                expect(svg).not.toMatch(/<(img|script|b|foreignObject|style)\b/);
                const root = parseXml(svg);
                const attributeNames = all(root, () => true).flatMap(element => Object.keys(element.attributes));
                expect(attributeNames.filter(name => name === 'style' || name.startsWith('on'))).toEqual([]);
                expect(all(root, element => ['script', 'foreignObject', 'style', 'img'].includes(element.name))).toHaveLength(0);
                expect(root.children.find(child => child.name === 'title')?.text).toBe(`Hostile <b>Inc</b> & 'Co' · ${view === 'org' ? 'Org chart' : 'Revenue flow'}`);
                if (view === 'org') {
                    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
                    expect(root.text).toContain('<img src=x onerror=alert(1)>');
                    expect(root.text).toContain('Account Executive & "Closer"');
                    expect(root.text).toContain('<script>alert(1)</script>');
                } else {
                    expect(root.text).toContain('<svg onload=alert(1)>');
                }
            }
        }
    });

    it('escapes all five XML specials and drops characters XML forbids', () => {
        expect(escapeXml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
        expect(escapeXml('bell\u0007 and \uD800 lone')).toBe('bell and  lone');
    });

    it('draws flow edges with arrowheads and labels on a background, warnings dashed in the warning color', async () => {
        const { diagram } = await laidOut(HOSTILE, 'flow');
        const root = parseXml(renderSvg(diagram, { theme: 'light' }));
        const edges = groupsWithClass(root, 'edge');
        expect(edges.map(edge => [edge.attributes['data-id'], classes(edge)[1]])).toEqual([
            ['MarketingToSdr', 'edge-warning'], ['SdrToRep', 'edge-normal'],
        ]);
        const warning = edges[0].children.find(child => child.name === 'path')!;
        expect(warning.attributes).toMatchObject({ 'stroke-dasharray': '6 4', stroke: '#bf8700', 'marker-end': 'url(#revorg-arrow-warning)' });
        const normal = edges[1].children.find(child => child.name === 'path')!;
        expect(normal.attributes['stroke-dasharray']).toBeUndefined();
        const label = groupsWithClass(edges[1], 'edge-label')[0];
        expect(label.children[0].name).toBe('rect');
        expect(all(label, element => element.name === 'tspan').map(span => span.text)).toEqual(['4h · 3 touches', 'owner: Boss']);
        expect(all(root, element => element.name === 'marker').map(marker => marker.attributes.id)).toEqual([
            'revorg-arrow-normal', 'revorg-arrow-warning', 'revorg-arrow-reporting', 'revorg-arrow-dotted',
        ]);
    });

    it('has a legend of the categories present and the edge styles used', async () => {
        const org = parseXml(renderSvg((await laidOut(SMALL_ORG, 'org')).diagram));
        expect(groupsWithClass(org, 'legend-category').map(item => item.attributes['data-key'])).toEqual(['marketing', 'sales', 'revops', 'none']);
        expect(groupsWithClass(org, 'legend-edge').map(item => item.text)).toEqual(['Reports to']);
        const flow = parseXml(renderSvg((await laidOut(HOSTILE, 'flow')).diagram));
        expect(groupsWithClass(flow, 'legend-edge').map(item => item.text)).toEqual(['Handoff', 'Handoff without owner or SLA']);
    });

    it('uses VS Code theme variables with fallbacks in the vscode theme, fixed colors otherwise', async () => {
        const { diagram } = await laidOut(SMALL_ORG, 'org');
        const vscode = renderSvg(diagram, { theme: 'vscode' });
        expect(vscode).toContain('fill="var(--vscode-editor-foreground, #1f1f1f)"');
        expect(vscode).toContain('var(--vscode-editor-background, #ffffff)');
        expect(vscode).toContain('var(--vscode-charts-blue, #1a85ff)');
        expect(vscode).toMatch(/font-family="var\(--vscode-font-family, /);
        // Every var() has a fallback, so the SVG also reads outside VS Code.
        for (const use of vscode.match(/var\(--[\w-]+[^)]?/g) ?? []) expect(use).toMatch(/,$/);
        for (const theme of ['light', 'dark'] as const) expect(renderSvg(diagram, { theme })).not.toContain('var(');
        expect(renderSvg(diagram, { theme: 'dark' })).toContain('fill="#0d1117"');
    });

    it('is deterministic', async () => {
        const { facts } = await buildModel(SMALL_ORG);
        const first = await drawDiagram(facts, 'org', { theme: 'vscode' });
        const second = await drawDiagram(facts, 'org', { theme: 'vscode' });
        expect(second).toBe(first);
    });

    it('rounds the corners of orthogonal routes', () => {
        expect(routePath([{ x: 0, y: 0 }, { x: 0, y: 40 }, { x: 40, y: 40 }])).toBe('M0,0 L0,32 Q0,40 8,40 L40,40');
        expect(routePath([{ x: 0, y: 0 }, { x: 10, y: 0 }])).toBe('M0,0 L10,0');
    });
});
