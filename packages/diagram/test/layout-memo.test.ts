import { describe, expect, it } from 'vitest';
import { buildOrgGraph } from '../src/build-org.js';
import { LayoutMemo } from '../src/layout-memo.js';
import { layoutDiagram } from '../src/layout.js';
import { buildModel, SMALL_ORG } from './helpers.js';

async function orgGraph(code: string) {
    const { facts, options } = await buildModel(code);
    return buildOrgGraph(facts, options);
}

describe('the layout memo', () => {
    it('keeps the layout when only source positions and problems change, and carries the new ones', async () => {
        const memo = new LayoutMemo();
        const first = await memo.layout(await orgGraph(SMALL_ORG));
        // Two lines typed above everything: every position moves, nothing else does.
        const shifted = await orgGraph(`// a comment\n// another\n${SMALL_ORG}`);
        const second = await memo.layout(shifted);
        expect(memo.layouts).toBe(1);
        const find = (diagram: typeof first, id: string) => diagram.nodes.flatMap(node => [node, ...(node.children ?? [])]).find(node => node.id === id)!;
        expect(find(second, 'SDR').source!.range.start.line).toBe(find(first, 'SDR').source!.range.start.line + 2);
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

    it('carries problem counts without laying out again', async () => {
        const memo = new LayoutMemo();
        const { facts, options } = await buildModel(SMALL_ORG);
        const graph = buildOrgGraph(facts, options);
        await memo.layout(graph);
        const marked = buildOrgGraph(facts, { ...options, problemsOf: node => (node.name === 'AE' ? { errors: 2, warnings: 1 } : { errors: 0, warnings: 0 }) });
        const laidOut = await memo.layout(marked);
        expect(memo.layouts).toBe(1);
        const ae = laidOut.nodes.flatMap(node => [node, ...(node.children ?? [])]).find(node => node.id === 'AE')!;
        expect(ae.problems).toEqual({ errors: 2, warnings: 1 });
    });
});
