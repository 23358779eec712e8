import { describe, expect, it } from 'vitest';
import { buildFlowGraph } from '../src/build-flow.js';
import { layoutDiagram } from '../src/layout.js';
import { buildModel } from './helpers.js';

/** Declared in reverse funnel order on purpose, with a recycle handoff going backwards. */
const FUNNEL = `organization "Acme" { arr: 5M employees: 30 }
team Success { function: success }
team Sales { function: sales }
team Marketing { function: marketing }
team Ops { function: revops }
role CSM { kind: csm team: Success headcount: 3 }
role AE "Account Executive" { kind: ae team: Sales }
role SDR { kind: sdr team: Sales headcount: 6 }
role MDR { kind: mdr team: Marketing }
role OpsLead { kind: revops team: Ops }
role Unused { kind: ae team: Sales }
definition MQL { stage: mql }
definition SQL { stage: sql }
handoff AeToCsm { from: AE to: CSM owner: OpsLead }
handoff SdrToAe "SDR to AE" { from: SDR to: AE trigger: SQL owner: OpsLead }
handoff MdrToSdr { from: MDR to: SDR trigger: MQL }
handoff MarketingToMdr { from: Marketing to: MDR trigger: MQL owner: OpsLead }
handoff Recycle { from: AE to: SDR owner: OpsLead }
sla Fast { handoff: SdrToAe within: 4h touches: 3 }
sla Later { handoff: SdrToAe within: 2d }
sla Kickoff { handoff: AeToCsm within: 24h touches: 1 }
sla Mdr { handoff: MarketingToMdr within: 30m }
`;

describe('flow view graph', () => {
    it('has nodes only for the teams and roles in handoffs, in funnel order', async () => {
        const { facts } = await buildModel(FUNNEL);
        const graph = buildFlowGraph(facts);
        expect(graph.view).toBe('flow');
        expect(graph.title).toBe('Acme · Revenue flow');
        expect(graph.nodes.map(node => [node.id, node.kind, node.layer])).toEqual([
            ['Marketing', 'team', 0], ['MDR', 'role', 1], ['SDR', 'role', 2], ['AE', 'role', 3], ['CSM', 'role', 4],
        ]);
        expect(graph.nodes.find(node => node.id === 'Marketing')).toMatchObject({ category: 'marketing', subtitle: 'marketing team' });
        expect(graph.nodes.find(node => node.id === 'AE')).toMatchObject({ title: 'Account Executive', category: 'sales' });
    });

    it('labels each handoff with its trigger, its first SLA and its owner', async () => {
        const { facts } = await buildModel(FUNNEL);
        const edges = new Map(buildFlowGraph(facts).edges.map(edge => [edge.id, edge]));
        expect(edges.get('SdrToAe')).toMatchObject({ source: 'SDR', target: 'AE', label: ['SQL', '4h · 3 touches', 'owner: OpsLead'], style: 'normal', title: 'SDR to AE' });
        expect(edges.get('AeToCsm')).toMatchObject({ label: ['24h · 1 touch', 'owner: OpsLead'], style: 'normal' });
        expect(edges.get('MarketingToMdr')).toMatchObject({ label: ['MQL', '30m', 'owner: OpsLead'], style: 'normal' });
    });

    it('marks a handoff that handoff-owner-required or handoff-sla-required reports as a warning', async () => {
        const { facts, options } = await buildModel(FUNNEL);
        const edges = new Map(buildFlowGraph(facts, options).edges.map(edge => [edge.id, edge]));
        expect(edges.get('MdrToSdr')).toMatchObject({ label: ['MQL', 'no SLA', 'no owner'], style: 'warning' });
        expect(edges.get('Recycle')).toMatchObject({ label: ['no SLA', 'owner: OpsLead'], style: 'warning' });
        expect(edges.get('AeToCsm')).toMatchObject({ style: 'normal' });
    });

    it('follows the rule settings: a gap whose rule is off is not drawn as a warning', async () => {
        const { facts, options } = await buildModel(FUNNEL, { id: 'handoff-sla-required', severity: 'off' });
        const edges = new Map(buildFlowGraph(facts, options).edges.map(edge => [edge.id, edge]));
        // Only the missing SLA was wrong with Recycle; MdrToSdr still has no owner.
        expect(edges.get('Recycle')).toMatchObject({ label: ['no SLA', 'owner: OpsLead'], style: 'normal' });
        expect(edges.get('MdrToSdr')).toMatchObject({ style: 'warning' });
    });

    it('draws no warning without the model\'s diagnostics', async () => {
        const { facts } = await buildModel(FUNNEL);
        expect(buildFlowGraph(facts).edges.map(edge => edge.style)).not.toContain('warning');
    });

    it('keeps the funnel order left to right after layout, backward handoffs included', async () => {
        const { facts } = await buildModel(FUNNEL);
        const laidOut = await layoutDiagram(buildFlowGraph(facts));
        const x = new Map(laidOut.nodes.map(node => [node.id, node.x]));
        const order = ['Marketing', 'MDR', 'SDR', 'AE', 'CSM'];
        for (let i = 1; i < order.length; i++) expect(x.get(order[i])!, `${order[i - 1]} before ${order[i]}`).toBeGreaterThan(x.get(order[i - 1])!);
    });

    it('puts a party without a funnel place next to the parties it hands to', async () => {
        const { facts } = await buildModel(`team Ops { function: revops }
role SDR { kind: sdr }
role AE { kind: ae }
handoff A { from: Ops to: AE }
handoff B { from: SDR to: AE }
`);
        const graph = buildFlowGraph(facts);
        expect(graph.nodes.map(node => [node.id, node.layer])).toEqual([['SDR', 2], ['Ops', 3], ['AE', 3]]);
        const laidOut = await layoutDiagram(graph);
        const x = new Map(laidOut.nodes.map(node => [node.id, node.x]));
        expect(x.get('Ops')!).toBeLessThan(x.get('AE')!);
    });

    it('skips handoffs whose ends do not resolve', async () => {
        const { facts } = await buildModel('role SDR { kind: sdr }\nrole AE { kind: ae }\nhandoff A { from: SDR to: Nobody }\nhandoff B { from: SDR to: AE }\n');
        const graph = buildFlowGraph(facts);
        expect(graph.edges.map(edge => edge.id)).toEqual(['B']);
        expect(graph.nodes.map(node => node.id)).toEqual(['SDR', 'AE']);
    });
});
