import { describe, expect, it } from 'vitest';
import { buildFlowGraph } from '../src/build-flow.js';
import { buildOrgGraph } from '../src/build-org.js';
import { LayoutMemo } from '../src/layout-memo.js';
import { layoutDiagram } from '../src/layout.js';
import { buildModel, SMALL_ORG } from './helpers.js';

async function orgGraph(code: string) {
    const { facts, options } = await buildModel(code);
    return buildOrgGraph(facts, options);
}

async function flowGraph(code: string) {
    const { facts, options } = await buildModel(code);
    return buildFlowGraph(facts, options);
}

/** Three parties joined by two handoffs: moving a handoff's end between them keeps every box. */
const TWO_HANDOFFS = `${SMALL_ORG}handoff DemandToSdr { from: Demand to: SDR }
handoff SdrToAe { from: SDR to: AE }
`;

describe('the layout memo', () => {
    it('keeps the layout when only source positions and problems change, and carries the new ones', async () => {
        const memo = new LayoutMemo();
        const first = await memo.layout(await orgGraph(SMALL_ORG));
        // Two lines typed above everything: every position moves, nothing else does.
        const shifted = await orgGraph(`// a comment\n// another\n${SMALL_ORG}`);
        const second = await memo.layout(shifted);
        expect(memo.layouts).toBe(1);
        const find = (diagram: typeof first, id: string) => diagram.nodes.flatMap(node => [node, ...(node.children ?? [])]).find(node => node.id === id)!;
        expect(find(second, 'SDR').location!.range.start.line).toBe(find(first, 'SDR').location!.range.start.line + 2);
        expect(find(second, 'SDR').x).toBe(find(first, 'SDR').x);
        // Exactly what a fresh layout of the shifted model gives.
        expect(second).toEqual(await layoutDiagram(shifted));
    });

    it('lays out again when the picture changes', async () => {
        const memo = new LayoutMemo();
        await memo.layout(await orgGraph(SMALL_ORG));
        await memo.layout(await orgGraph(SMALL_ORG.replace('"Sales Development Rep"', '"Sales Development Representative"')));
        expect(memo.layouts).toBe(2);
        await memo.layout(await orgGraph(`${SMALL_ORG}role Intern { kind: sdr reportsTo: CEO }\n`));
        expect(memo.layouts).toBe(3);
    });

    it('lays out again when a reporting line moves to another existing manager', async () => {
        const memo = new LayoutMemo();
        await memo.layout(await orgGraph(SMALL_ORG));
        // Same boxes, same edge id (`reports:Ops`): only the edge's source changes.
        const moved = await orgGraph(SMALL_ORG.replace('team: RevOps reportsTo: CEO', 'team: RevOps reportsTo: VPS'));
        const laidOut = await memo.layout(moved);
        expect(memo.layouts).toBe(2);
        expect(laidOut.edges.find(edge => edge.id === 'reports:Ops')?.source).toBe('VPS');
        expect(laidOut).toEqual(await layoutDiagram(moved));
    });

    it('lays out again when a handoff starts from another party already drawn', async () => {
        const memo = new LayoutMemo();
        await memo.layout(await flowGraph(TWO_HANDOFFS));
        const moved = await flowGraph(TWO_HANDOFFS.replace('handoff SdrToAe { from: SDR', 'handoff SdrToAe { from: Demand'));
        const laidOut = await memo.layout(moved);
        expect(memo.layouts).toBe(2);
        expect(laidOut.edges.find(edge => edge.id === 'SdrToAe')?.source).toBe('Demand');
        expect(laidOut).toEqual(await layoutDiagram(moved));
    });

    it('carries problem counts without laying out again', async () => {
        const memo = new LayoutMemo();
        const { facts, options } = await buildModel(SMALL_ORG);
        const graph = buildOrgGraph(facts, options);
        await memo.layout(graph);
        const marked = buildOrgGraph(facts, { ...options, diagnosticsOf: node => ({ errors: 'name' in node && node.name === 'AE' ? 2 : 0, warnings: 'name' in node && node.name === 'AE' ? 1 : 0, rules: new Set() }) });
        const laidOut = await memo.layout(marked);
        expect(memo.layouts).toBe(1);
        const ae = laidOut.nodes.flatMap(node => [node, ...(node.children ?? [])]).find(node => node.id === 'AE')!;
        expect(ae.problems).toEqual({ errors: 2, warnings: 1 });
    });
});
