import { describe, expect, it } from 'vitest';
import { buildFlowGraph } from '../src/build-flow.js';
import { buildOrgGraph } from '../src/build-org.js';
import type { DiagramGraph, LaidOutNode } from '../src/diagram.js';
import { layoutDiagram, mergeParallelEdges, nodeSize } from '../src/layout.js';
import { STACK_GAP } from '../src/stacks.js';
import { buildModel, SMALL_ORG } from './helpers.js';

function overlaps(a: LaidOutNode, b: LaidOutNode): boolean {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectNoOverlap(siblings: readonly LaidOutNode[]): void {
    for (let i = 0; i < siblings.length; i++) {
        for (let j = i + 1; j < siblings.length; j++) {
            expect(overlaps(siblings[i], siblings[j]), `${siblings[i].id} overlaps ${siblings[j].id}`).toBe(false);
        }
    }
}

function expectPlaced(nodes: readonly LaidOutNode[], parent?: LaidOutNode): void {
    for (const node of nodes) {
        for (const value of [node.x, node.y, node.width, node.height]) expect(Number.isFinite(value)).toBe(true);
        expect(node.width).toBeGreaterThan(0);
        expect(node.height).toBeGreaterThan(0);
        if (parent) {
            expect(node.x).toBeGreaterThanOrEqual(parent.x);
            expect(node.y).toBeGreaterThanOrEqual(parent.y);
            expect(node.x + node.width).toBeLessThanOrEqual(parent.x + parent.width + 0.5);
            expect(node.y + node.height).toBeLessThanOrEqual(parent.y + parent.height + 0.5);
        }
        expectNoOverlap(node.children ?? []);
        expectPlaced(node.children ?? [], node);
    }
    expectNoOverlap(nodes);
}

/** A dense flow: `teams` teams and `handoffs` handoffs between them (a fixed pseudo-random pattern). */
function denseModel(teams: number, handoffs: number): string {
    const functions = ['marketing', 'sales', 'success', 'revops'];
    let text = 'role Owner { kind: revops }\n';
    for (let i = 0; i < teams; i++) text += `team T${i} "Team number ${i}" { function: ${functions[i % 4]} }\n`;
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < handoffs; i++) {
        const from = next() % teams;
        let to = next() % teams;
        if (to === from) to = (to + 1) % teams;
        text += `handoff H${i} { from: T${from} to: T${to}${i % 3 === 0 ? '' : ' owner: Owner'} }\n`;
        if (i % 2 === 0) text += `sla S${i} { handoff: H${i} within: ${1 + (i % 5)}h touches: 2 }\n`;
    }
    return text;
}

describe('layout', () => {
    it('places every node of the org chart without overlaps, frames around their roles, and routes every edge', async () => {
        const { facts } = await buildModel(SMALL_ORG);
        const graph = buildOrgGraph(facts);
        const laidOut = await layoutDiagram(graph);
        expect(laidOut.width).toBeGreaterThan(0);
        expect(laidOut.height).toBeGreaterThan(0);
        expectPlaced(laidOut.nodes);
        expect(laidOut.edges).toHaveLength(graph.edges.length);
        for (const edge of laidOut.edges) {
            expect(edge.points.length).toBeGreaterThanOrEqual(2);
            for (const point of edge.points) {
                expect(point.x).toBeGreaterThanOrEqual(-0.5);
                expect(point.x).toBeLessThanOrEqual(laidOut.width + 0.5);
            }
        }
        // Top-down: every manager is above their reports, the CEO at the top.
        const all = laidOut.nodes.flatMap(node => [node, ...(node.children ?? [])]);
        const byId = new Map(all.map(node => [node.id, node]));
        for (const edge of laidOut.edges) expect(byId.get(edge.source)!.y).toBeLessThan(byId.get(edge.target)!.y);
        expect(byId.get('CEO')!.y).toBe(Math.min(...all.filter(node => node.kind === 'role').map(node => node.y)));
    });

    it('sizes boxes by their text, within bounds', () => {
        const short = nodeSize({ title: 'AE', subtitle: 'ae' });
        const long = nodeSize({ title: 'Senior Strategic Enterprise Account Executive for the Americas', subtitle: 'ae · ×40' });
        const middle = nodeSize({ title: 'Account Executive', subtitle: 'ae · ×6' });
        expect(short.width).toBe(120);
        expect(long.width).toBe(260);
        expect(middle.width).toBeGreaterThan(120);
        expect(middle.width).toBeLessThan(260);
        expect(nodeSize({ title: 'x' }).height).toBeLessThan(short.height);
    });

    it('gives flow edges a label box beside their route', async () => {
        const { facts } = await buildModel(`team Marketing { function: marketing }
role SDR { kind: sdr }
role AE { kind: ae }
definition MQL { stage: mql }
handoff A { from: Marketing to: SDR trigger: MQL owner: AE }
handoff B { from: SDR to: AE }
sla S { handoff: A within: 1h touches: 2 }
`);
        const laidOut = await layoutDiagram(buildFlowGraph(facts));
        expectPlaced(laidOut.nodes);
        for (const edge of laidOut.edges) {
            expect(edge.points.length).toBeGreaterThanOrEqual(2);
            expect(edge.labelBox?.width).toBeGreaterThan(20);
            for (const node of laidOut.nodes) expect(overlaps({ ...node }, { ...node, ...edge.labelBox! })).toBe(false);
        }
    });

    it('is deterministic', async () => {
        const { facts } = await buildModel(SMALL_ORG);
        const first = await layoutDiagram(buildOrgGraph(facts));
        const second = await layoutDiagram(buildOrgGraph(facts));
        expect(second).toEqual(first);
    });

    it('merges parallel edges only when there are many of them or the graph is dense', () => {
        const edge = (id: string, source: string, target: string) => ({ id, source, target, style: 'normal' as const, label: [id] });
        expect(mergeParallelEdges([edge('a', 'X', 'Y'), edge('b', 'X', 'Y')])).toHaveLength(2);
        const merged = mergeParallelEdges([edge('a', 'X', 'Y'), edge('b', 'X', 'Y'), { ...edge('c', 'X', 'Y'), style: 'warning' }, edge('d', 'Y', 'X')]);
        expect(merged.map(routed => routed.members.map(member => member.id))).toEqual([['a', 'b', 'c'], ['d']]);
        expect(merged[0]).toMatchObject({ style: 'warning', label: ['3 handoffs', 'a, b, c', '1 without owner or SLA'] });
    });

    // How fast is measured by `npm run bench:diagram` (BENCHMARKS.md); these check the layouts
    // finish and are complete, the test timeout catching a layout that takes minutes.
    it('lays out hundreds of handoffs between a few dozen teams', async () => {
        const { facts } = await buildModel(denseModel(30, 400));
        const graph: DiagramGraph = buildFlowGraph(facts);
        expect(graph.edges).toHaveLength(400);
        const laidOut = await layoutDiagram(graph);
        expectPlaced(laidOut.nodes);
        expect(laidOut.edges).toHaveLength(400);
        const ids = new Set(laidOut.edges.map(edge => edge.id));
        for (const edge of laidOut.edges) {
            expect(edge.points.length).toBeGreaterThanOrEqual(2);
            if (edge.mergedInto !== undefined) {
                expect(ids.has(edge.mergedInto)).toBe(true);
                expect(edge.labelBox).toBeUndefined();
            }
        }
        expect(laidOut.edges.some(edge => edge.mergedInto !== undefined)).toBe(true);
    }, 60_000);

    it('lays out a flat org with layers hundreds of boxes wide (model order is dropped there)', async () => {
        // 200 managers under one boss, each with two reports (too few to stack): layers of 200 and 400 boxes.
        const managers = Array.from({ length: 200 }, (_, index) => `role M${index} { kind: sales-manager reportsTo: Boss }`).join('\n');
        const reports = Array.from({ length: 400 }, (_, index) => `role R${index} { kind: ae reportsTo: M${index % 200} }`).join('\n');
        const { facts } = await buildModel(`role Boss { kind: ceo }\n${managers}\n${reports}\n`);
        const graph = buildOrgGraph(facts);
        expect(graph.nodes).toHaveLength(601);
        const laidOut = await layoutDiagram(graph);
        expectPlaced(laidOut.nodes);
        expect(laidOut.edges.every(edge => edge.points.length >= 2)).toBe(true);
    }, 60_000);

    it('stacks a manager\'s reports who manage nobody in a column, each line running down the spine into its box', async () => {
        const reports = ['A', 'B', 'C', 'D', 'E'].map(name => `role ${name} "Rep ${name}" { kind: ae reportsTo: Lead }`).join('\n');
        const { facts } = await buildModel(`role Boss { kind: ceo }\nrole Lead { kind: sales-manager reportsTo: Boss }\nrole Peer { kind: revops reportsTo: Boss }\n${reports}\n`);
        const laidOut = await layoutDiagram(buildOrgGraph(facts));
        const byId = new Map(laidOut.nodes.map(node => [node.id, node]));
        const stacked = ['A', 'B', 'C', 'D', 'E'].map(id => byId.get(id)!);
        // One column under the lead, in model order, evenly spaced, all as wide.
        for (const node of stacked) {
            expect(node.x).toBe(stacked[0].x);
            expect(node.width).toBe(stacked[0].width);
            expect(node.y).toBeGreaterThan(byId.get('Lead')!.y + byId.get('Lead')!.height);
        }
        for (let i = 1; i < stacked.length; i++) expect(stacked[i].y).toBe(stacked[i - 1].y + stacked[i - 1].height + STACK_GAP);
        // Boss's reports are Lead (a manager) and Peer, one leaf: nothing under Boss is stacked.
        expect(byId.get('Peer')!.y).toBe(byId.get('Lead')!.y);
        for (const edge of laidOut.edges.filter(edge => edge.source === 'Lead')) {
            const target = byId.get(edge.target)!;
            const end = edge.points[edge.points.length - 1];
            expect(end).toEqual({ x: target.x, y: target.y + target.height / 2 });
            const spine = edge.points[edge.points.length - 2];
            expect(spine.x).toBeLessThan(target.x);
            expect(spine.y).toBe(end.y);
        }
        expectPlaced(laidOut.nodes);
    });

    it('stacks only three or more reports of one manager in one container', async () => {
        const { facts } = await buildModel(`team T { function: sales lead: Lead }
role Lead { kind: sales-manager team: T }
role A { kind: ae team: T reportsTo: Lead }
role B { kind: ae team: T reportsTo: Lead }
role Out1 { kind: ae reportsTo: Lead }
role Out2 { kind: ae reportsTo: Lead }
`);
        const laidOut = await layoutDiagram(buildOrgGraph(facts));
        const all = laidOut.nodes.flatMap(node => [node, ...(node.children ?? [])]);
        const byId = new Map(all.map(node => [node.id, node]));
        // Two inside the frame and two outside: four leaves, but never three in one container.
        expect(byId.get('A')!.y).toBe(byId.get('B')!.y);
        expect(byId.get('Out1')!.y).toBe(byId.get('Out2')!.y);
        expectPlaced(laidOut.nodes);
    });

    it('packs many unconnected flows into a block instead of one tall strip', async () => {
        let text = 'role Owner { kind: revops }\n';
        for (let i = 0; i < 120; i++) {
            text += `role S${i} { kind: sdr }\nrole A${i} { kind: ae }\nhandoff H${i} { from: S${i} to: A${i} owner: Owner }\n`;
        }
        const { facts } = await buildModel(text);
        const laidOut = await layoutDiagram(buildFlowGraph(facts));
        expectPlaced(laidOut.nodes);
        expect(laidOut.height).toBeLessThan(laidOut.width * 5);
        // Still along the funnel: every SDR left of the AE it hands to.
        const byId = new Map(laidOut.nodes.map(node => [node.id, node]));
        for (let i = 0; i < 120; i++) expect(byId.get(`S${i}`)!.x).toBeLessThan(byId.get(`A${i}`)!.x);
    }, 60_000);
});
