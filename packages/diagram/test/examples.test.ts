import { describe, expect, it } from 'vitest';
import { buildFlowGraph } from '../src/build-flow.js';
import { drawDiagram } from '../src/index.js';
import { buildModel, EXAMPLES, exampleFiles } from './helpers.js';
import { groupsWithClass, parseXml } from './svg-dom.js';

describe('the examples', () => {
    it('are all here', () => {
        expect(EXAMPLES).toHaveLength(7);
    });

    for (const example of EXAMPLES) {
        it(`${example}: renders both views in every theme`, async () => {
            const { facts } = await buildModel(exampleFiles(example));
            for (const theme of ['light', 'dark', 'vscode'] as const) {
                const org = parseXml(await drawDiagram(facts, 'org', { theme }));
                const boxes = groupsWithClass(org, 'node');
                expect(boxes).toHaveLength(facts.roles.length);
                for (const box of boxes) {
                    expect(box.attributes['data-uri']).toMatch(/^file:\/\/\/model\/\w+\.revorg$/);
                    expect(box.attributes['data-line']).toMatch(/^\d+$/);
                }
                // A reporting line per role with a manager, and a dotted line per dotted-line manager (drawn over the tree).
                expect(groupsWithClass(org, 'edge-reporting').length).toBe(facts.roles.filter(role => role.manager && role.manager !== role.node).length);
                expect(groupsWithClass(org, 'edge-dotted').length).toBe(facts.roles.reduce((count, role) => count + new Set(role.dottedTo.filter(manager => manager !== role.node)).size, 0));
                expect(groupsWithClass(org, 'edge').length).toBe(groupsWithClass(org, 'edge-reporting').length + groupsWithClass(org, 'edge-dotted').length);

                const flow = parseXml(await drawDiagram(facts, 'flow', { theme }));
                const graph = buildFlowGraph(facts);
                expect(graph.edges.length).toBeGreaterThan(0);
                expect(groupsWithClass(flow, 'node')).toHaveLength(graph.nodes.length);
                expect(groupsWithClass(flow, 'edge')).toHaveLength(graph.edges.length);
                expect(groupsWithClass(flow, 'legend')).toHaveLength(1);
            }
        });
    }
});
