/**
 * Marks on the org chart (a review of a change draws the new version with them): boxes and frames
 * drawn as new or renamed, reporting lines drawn as moved, by declaration name; each mark in words
 * as well as in ink, in the legend, in both file themes; and a chart without marks unchanged.
 */
import { describe, expect, it } from 'vitest';
import { buildOrgGraph } from '../src/build-org.js';
import type { DiagramMarks } from '../src/diagram.js';
import { drawDiagram } from '../src/index.js';
import { layoutDiagram } from '../src/layout.js';
import { LayoutMemo } from '../src/layout-memo.js';
import { renderSvg } from '../src/render-svg.js';
import { PALETTES } from '../src/theme.js';
import { buildModel, SMALL_ORG } from './helpers.js';
import { all, classes, groupsWithClass, parseXml, type XmlElement } from './svg-dom.js';

const MARKS: DiagramMarks = {
    added: new Set(['Ops', 'Marketing']),
    renamed: new Map([['SDR', 'BDR']]),
    movedLines: new Set(['AE', 'Advisor']),
};

function nodeWithId(root: XmlElement, id: string): XmlElement {
    const found = all(root, element => element.name === 'g' && element.attributes['data-id'] === id && (classes(element).includes('node') || classes(element).includes('group')));
    expect(found, id).toHaveLength(1);
    return found[0];
}

describe('org chart marks', () => {
    it('puts the marks on the graph by declaration name, and nothing without them', async () => {
        const { facts, options } = await buildModel(SMALL_ORG);
        const marked = buildOrgGraph(facts, { ...options, marks: MARKS });
        const nodes = [...marked.nodes, ...marked.nodes.flatMap(node => node.children ?? [])];
        expect(nodes.filter(node => node.mark).map(node => [node.id, node.mark])).toEqual([
            ['team:Marketing', { kind: 'added' }],
            ['Ops', { kind: 'added' }],
            ['SDR', { kind: 'renamed', from: 'BDR' }],
        ]);
        // Advisor has no manager, so it has no line to mark.
        expect(marked.edges.filter(edge => edge.mark).map(edge => [edge.id, edge.mark])).toEqual([['reports:AE', 'moved']]);

        const plain = buildOrgGraph(facts, options);
        expect(JSON.stringify(plain)).not.toContain('"mark"');
        expect(JSON.stringify(buildOrgGraph(facts, { ...options, marks: {} }))).toBe(JSON.stringify(plain));
    });

    it('draws a new box with a solid outline and a `new` tag, a renamed one dashed with `renamed`, and says so in the tooltip', async () => {
        const { facts } = await buildModel(SMALL_ORG);
        const root = parseXml(await drawDiagram(facts, 'org', { marks: MARKS }));
        const ops = nodeWithId(root, 'Ops');
        expect(classes(ops)).toEqual(['node', 'node-role', 'marked', 'marked-added']);
        const opsOutline = ops.children.find(child => classes(child).includes('mark-outline'))!;
        expect(opsOutline.attributes).toMatchObject({ fill: 'none', stroke: PALETTES.light.mark });
        expect(opsOutline.attributes['stroke-dasharray']).toBeUndefined();
        expect(groupsWithClass(ops, 'mark-tag')[0].children.find(child => child.name === 'text')?.text).toBe('new');
        expect(ops.children[0].name).toBe('title');
        expect(ops.children[0].text).toBe('RevOps Manager (revops), new');

        const sdr = nodeWithId(root, 'SDR');
        expect(classes(sdr)).toContain('marked-renamed');
        expect(sdr.children.find(child => classes(child).includes('mark-outline'))?.attributes['stroke-dasharray']).toBe('5 3');
        const tag = groupsWithClass(sdr, 'mark-tag')[0];
        expect(tag.children.find(child => child.name === 'text')?.text).toBe('renamed');
        expect(tag.children.find(child => child.name === 'title')?.text).toBe('renamed from BDR');

        // A marked team frame gets the outline and the tag too; unmarked boxes get neither.
        expect(classes(nodeWithId(root, 'team:Marketing'))).toContain('marked-added');
        expect(groupsWithClass(nodeWithId(root, 'team:Marketing'), 'mark-tag')).toHaveLength(1);
        for (const id of ['CEO', 'VPS', 'AE', 'Advisor']) {
            const node = nodeWithId(root, id);
            expect(classes(node)).not.toContain('marked');
            expect(all(node, element => classes(element).some(name => name.startsWith('mark-')))).toEqual([]);
        }
    });

    it('draws a moved reporting line thick in the mark\'s ink with its own arrowhead, after the other lines', async () => {
        const { facts } = await buildModel(SMALL_ORG);
        const root = parseXml(await drawDiagram(facts, 'org', { marks: MARKS, theme: 'dark' }));
        const edges = groupsWithClass(root, 'edge');
        const moved = edges.filter(edge => classes(edge).includes('edge-moved'));
        expect(moved.map(edge => edge.attributes['data-id'])).toEqual(['reports:AE']);
        expect(edges[edges.length - 1]).toBe(moved[0]);
        const path = moved[0].children.find(child => child.name === 'path')!;
        expect(path.attributes).toMatchObject({ stroke: PALETTES.dark.mark, 'stroke-width': '2.8', 'marker-end': 'url(#revorg-arrow-moved)' });
        expect(moved[0].children.find(child => child.name === 'title')?.text).toBe('reporting line moved');
        const marker = all(root, element => element.name === 'marker' && element.attributes.id === 'revorg-arrow-moved');
        expect(marker).toHaveLength(1);
        expect(marker[0].children[0].attributes.fill).toBe(PALETTES.dark.mark);
        for (const edge of edges.filter(candidate => candidate !== moved[0])) {
            expect(edge.children.find(child => child.name === 'path')?.attributes['stroke-width']).toBe('1.3');
        }
    });

    it('explains each mark in the legend, in words', async () => {
        const { facts } = await buildModel(SMALL_ORG);
        const root = parseXml(await drawDiagram(facts, 'org', { marks: MARKS }));
        const items = groupsWithClass(root, 'legend-mark');
        expect(items.map(item => [item.attributes['data-key'], item.text])).toEqual([['added', 'New'], ['renamed', 'Renamed'], ['moved', 'Moved reporting line']]);
        // Only the marks that are drawn are explained.
        const onlyNew = parseXml(await drawDiagram(facts, 'org', { marks: { added: new Set(['AE']) } }));
        expect(groupsWithClass(onlyNew, 'legend-mark').map(item => item.attributes['data-key'])).toEqual(['added']);
    });

    it('uses ink that stands out from the background in both file themes', () => {
        for (const theme of ['light', 'dark'] as const) {
            const palette = PALETTES[theme];
            expect(contrast(palette.mark, palette.background), theme).toBeGreaterThan(7);
            expect(contrast(palette.markText, palette.mark), theme).toBeGreaterThan(7);
        }
    });

    it('leaves a stacked report\'s moved line on top of the shared spine', async () => {
        const stacked = `role Boss { kind: vp-sales }
role A { kind: ae reportsTo: Boss }
role B { kind: ae reportsTo: Boss }
role C { kind: ae reportsTo: Boss }
role D { kind: ae reportsTo: Boss }
`;
        const { facts, options } = await buildModel(stacked);
        const laidOut = await layoutDiagram(buildOrgGraph(facts, { ...options, marks: { movedLines: new Set(['B']) } }));
        const root = parseXml(renderSvg(laidOut));
        const ids = groupsWithClass(root, 'edge').map(edge => edge.attributes['data-id']);
        expect(ids).toEqual(['reports:A', 'reports:C', 'reports:D', 'reports:B']);
    });

    it('draws only the roles named when asked, framing a team around those of its roles drawn, and says how many in the title', async () => {
        const { facts, options } = await buildModel(SMALL_ORG);
        const part = buildOrgGraph(facts, { ...options, only: new Set(['CEO', 'VPS', 'AE', 'NotARole']) });
        const nodes = [...part.nodes, ...part.nodes.flatMap(node => node.children ?? [])];
        expect(nodes.map(node => node.id)).toEqual(['CEO', 'team:Sales', 'VPS', 'AE']);
        expect(part.edges.map(edge => edge.id)).toEqual(['reports:VPS', 'reports:AE']);
        expect(part.title).toBe('Acme · Org chart, 3 of 8 roles');
        // Without the option, every role, as before the option existed.
        expect(JSON.stringify(buildOrgGraph(facts, { ...options, only: undefined }))).toBe(JSON.stringify(buildOrgGraph(facts, options)));
        const root = parseXml(await drawDiagram(facts, 'org', { only: new Set(['VPS', 'SDR']), marks: { movedLines: new Set(['SDR']) } }));
        expect(groupsWithClass(root, 'node').map(node => node.attributes['data-id'])).toEqual(['VPS', 'SDR']);
        expect(groupsWithClass(root, 'edge-moved').map(edge => edge.attributes['data-id'])).toEqual(['reports:SDR']);
    });

    it('is drawn only: a layout memo reuses the layout when only the marks change', async () => {
        const { facts, options } = await buildModel(SMALL_ORG);
        const memo = new LayoutMemo();
        await memo.layout(buildOrgGraph(facts, options));
        const marked = await memo.layout(buildOrgGraph(facts, { ...options, marks: MARKS }));
        expect(memo.layouts).toBe(1);
        expect(marked.nodes.find(node => node.id === 'Ops')?.mark).toEqual({ kind: 'added' });
        expect(marked.edges.find(edge => edge.id === 'reports:AE')?.mark).toBe('moved');
    });
});

/** WCAG contrast ratio of two `#rrggbb` colors. */
function contrast(a: string, b: string): number {
    const luminance = (hex: string): number => {
        const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255).map(c => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (high + 0.05) / (low + 0.05);
}
