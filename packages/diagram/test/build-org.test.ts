import { describe, expect, it } from 'vitest';
import { buildOrgGraph } from '../src/build-org.js';
import type { DiagramNode } from '../src/diagram.js';
import { layoutDiagram } from '../src/layout.js';
import { buildModel, SMALL_ORG } from './helpers.js';

function flatten(nodes: readonly DiagramNode[]): DiagramNode[] {
    return nodes.flatMap(node => [node, ...flatten(node.children ?? [])]);
}

describe('org view graph', () => {
    it('has a box per role with its title (or name), kind and headcount, colored by its team', async () => {
        const { facts } = await buildModel(SMALL_ORG);
        const graph = buildOrgGraph(facts);
        expect(graph.view).toBe('org');
        expect(graph.title).toBe('Acme · Org chart');
        const roles = flatten(graph.nodes).filter(node => node.kind === 'role');
        expect(roles.map(node => node.id)).toEqual(['CEO', 'VPM', 'Demand', 'VPS', 'SDR', 'AE', 'Ops', 'Advisor']);
        const byId = new Map(roles.map(node => [node.id, node]));
        expect(byId.get('SDR')).toMatchObject({ title: 'Sales Development Rep', subtitle: 'sdr · ×6', category: 'sales' });
        expect(byId.get('Demand')).toMatchObject({ title: 'Demand', subtitle: 'marketing · ×2', category: 'marketing' });
        expect(byId.get('CEO')).toMatchObject({ subtitle: 'ceo', category: 'none' });
        expect(byId.get('Ops')).toMatchObject({ category: 'revops' });
    });

    it('draws a reporting line from each manager to each report', async () => {
        const { facts } = await buildModel(SMALL_ORG);
        const graph = buildOrgGraph(facts);
        expect(graph.edges.every(edge => edge.style === 'reporting')).toBe(true);
        expect(graph.edges.map(edge => `${edge.source}->${edge.target}`)).toEqual([
            'CEO->VPM', 'VPM->Demand', 'CEO->VPS', 'VPS->SDR', 'VPS->AE', 'CEO->Ops',
        ]);
    });

    it('frames a team of two or more roles hanging off one manager, and leaves one-role teams loose', async () => {
        const { facts } = await buildModel(SMALL_ORG);
        const graph = buildOrgGraph(facts);
        const groups = graph.nodes.filter(node => node.kind === 'group');
        expect(groups.map(group => [group.id, group.title, group.category, group.children?.map(child => child.id)])).toEqual([
            ['team:Marketing', 'Marketing', 'marketing', ['VPM', 'Demand']],
            ['team:Sales', 'Sales', 'sales', ['VPS', 'SDR', 'AE']],
        ]);
        // The one-role RevOps team and the roles without a team are top-level boxes.
        expect(graph.nodes.filter(node => node.kind === 'role').map(node => node.id)).toEqual(['CEO', 'Ops', 'Advisor']);
    });

    it('leaves a team loose when its roles report to managers in different places', async () => {
        const { facts } = await buildModel(`team Marketing { function: marketing }
team Sales { function: sales }
role CMO { kind: vp-marketing team: Marketing }
role VPS { kind: vp-sales team: Sales }
role Content { kind: marketing team: Marketing reportsTo: CMO }
role MarketingSdr { kind: sdr team: Marketing reportsTo: VPS }
`);
        const graph = buildOrgGraph(facts);
        expect(graph.nodes.some(node => node.id === 'team:Marketing')).toBe(false);
        expect(flatten(graph.nodes).filter(node => node.kind === 'role')).toHaveLength(4);
    });

    it('passes the source location and the problems of each declaration through', async () => {
        const { facts, options } = await buildModel(SMALL_ORG + 'role Broken { kind: ae headcount: -1 }\n');
        const graph = buildOrgGraph(facts, options);
        const nodes = flatten(graph.nodes);
        const sdr = nodes.find(node => node.id === 'SDR')!;
        expect(sdr.location?.uri).toBe('file:///model/model.revorg');
        expect(sdr.location?.range.start).toEqual({ line: 8, character: 5 });
        const broken = nodes.find(node => node.id === 'Broken')!;
        expect(broken.problems.errors).toBeGreaterThan(0);
        expect(nodes.find(node => node.id === 'team:Sales')?.location?.range.start.line).toBe(2);
        // Without the lookups: no source, no problems.
        const bare = flatten(buildOrgGraph(facts).nodes).find(node => node.id === 'SDR')!;
        expect(bare.location).toBeUndefined();
        expect(bare.problems).toEqual({ errors: 0, warnings: 0 });
    });

    it('survives reporting cycles and self-reports, and lays them out', async () => {
        const { facts } = await buildModel(`team Sales { function: sales }
role A { kind: ae team: Sales reportsTo: C }
role B { kind: ae team: Sales reportsTo: A }
role C { kind: sales-manager team: Sales reportsTo: B }
role Self { kind: ae reportsTo: Self }
role D { kind: sdr reportsTo: A }
`);
        const graph = buildOrgGraph(facts);
        expect(graph.edges.map(edge => `${edge.source}->${edge.target}`)).toEqual(['C->A', 'A->B', 'B->C', 'A->D']);
        const laidOut = await layoutDiagram(graph);
        const boxes = laidOut.nodes.flatMap(node => [node, ...(node.children ?? [])]).filter(node => node.kind === 'role');
        expect(boxes).toHaveLength(5);
        expect(laidOut.edges.every(edge => edge.points.length >= 2)).toBe(true);
    });

    it('gives roles declared twice distinct ids', async () => {
        const { facts } = await buildModel('role AE { kind: ae }\nrole AE { kind: ae }\nrole Rep { kind: sdr reportsTo: AE }\n');
        const ids = buildOrgGraph(facts).nodes.map(node => node.id);
        expect(ids).toEqual(['AE', 'AE#2', 'Rep']);
    });

    it('titles the diagram without an organization too', async () => {
        const { facts } = await buildModel('role Solo { kind: ceo }\n');
        expect(buildOrgGraph(facts).title).toBe('Org chart');
    });

    it('draws a dotted-line manager as a dotted line over the tree, leaving the tree where it was', async () => {
        const model = `team SalesEMEA "Sales EMEA" { function: sales }
segment Enterprise { acv: 120K }
role CEO { kind: ceo }
role RVP "RVP EMEA" { kind: vp-sales team: SalesEMEA reportsTo: CEO }
role Head { kind: revops reportsTo: CEO }
role Partner "RevOps partner" { kind: revops reportsTo: Head segment: Enterprise embeddedIn: [SalesEMEA, Enterprise] DOTTED }
`;
        const { facts } = await buildModel(model.replace('DOTTED', 'dottedTo: [RVP]'));
        const graph = buildOrgGraph(facts);
        const dotted = graph.edges.filter(edge => edge.style === 'dotted');
        expect(dotted).toEqual([{ id: 'dotted:RVP>Partner', source: 'RVP', target: 'Partner', style: 'dotted', title: 'RevOps partner: dotted line to RVP EMEA' }]);
        // The segment in the box's second line, where the role is embedded in its third.
        const partner = graph.nodes.find(node => node.id === 'Partner')!;
        expect(partner).toMatchObject({ subtitle: 'revops · Enterprise', note: 'embedded in Sales EMEA, Enterprise' });

        const laidOut = await layoutDiagram(graph);
        const { facts: withoutDotted } = await buildModel(model.replace('DOTTED', ''));
        const plain = await layoutDiagram(buildOrgGraph(withoutDotted));
        const place = (diagram: typeof laidOut) => diagram.nodes.flatMap(node => [node, ...(node.children ?? [])]).map(node => [node.id, node.x, node.y]);
        expect(place(laidOut)).toEqual(place(plain));
        const line = laidOut.edges.find(edge => edge.style === 'dotted')!;
        expect(line.points).toHaveLength(2);
        const box = (id: string) => laidOut.nodes.flatMap(node => [node, ...(node.children ?? [])]).find(node => node.id === id)!;
        const onBorder = (point: { x: number; y: number }, node: { x: number; y: number; width: number; height: number }) =>
            point.x >= node.x - 0.5 && point.x <= node.x + node.width + 0.5 && point.y >= node.y - 0.5 && point.y <= node.y + node.height + 0.5
            && (Math.abs(point.x - node.x) < 0.6 || Math.abs(point.x - node.x - node.width) < 0.6 || Math.abs(point.y - node.y) < 0.6 || Math.abs(point.y - node.y - node.height) < 0.6);
        expect(onBorder(line.points[0], box('RVP'))).toBe(true);
        expect(onBorder(line.points[1], box('Partner'))).toBe(true);
        // The third line makes the box taller.
        expect(box('Partner').height).toBeGreaterThan(box('Head').height);
    });

    it('never draws a dotted line to the role itself, or twice to the same manager', async () => {
        const { facts } = await buildModel('role A { kind: ceo }\nrole B { kind: ae reportsTo: A dottedTo: [B, A, A] }\n');
        expect(buildOrgGraph(facts).edges.map(edge => edge.id)).toEqual(['reports:B', 'dotted:A>B']);
    });
});
