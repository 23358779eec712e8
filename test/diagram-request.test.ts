/**
 * The preview's protocol, against the real language server over stdio (the bin and the bundle in
 * the extension): `revorg/diagram` answers with the laid-out SVG of the whole model, with problem
 * marks and source positions; after the client has asked once, every rebuild is announced with
 * `revorg/modelChanged`, and the next answer shows the new model.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagramRequest, ModelChangedNotification } from '../packages/server/src/protocol.js';
import { BUNDLED_SERVER, fileUri, LspClient, SERVER } from './lsp-client.js';
import { workspace } from './run-cli.js';

const ORG = `organization "Preview Co" { arr: 12M employees: 30 }
team Sales { function: sales lead: VP }
role VP "VP of Sales" { kind: vp-sales team: Sales }
role AE "<img src=x onerror=alert(1)>" { kind: ae team: Sales reportsTo: VP }
role SDR { kind: sdr team: Sales reportsTo: VP }
role Broken { kind: ae headcount: -1 }
`;
const HANDOFFS = `handoff SdrToAe {
    from: SDR
    to: AE
}
`;


describe.each([
    { name: 'revorg-language-server --stdio', server: SERVER },
    { name: 'the server bundled in the extension', server: BUNDLED_SERVER },
])('revorg/diagram from $name', ({ server }) => {
    const root = workspace({ 'org.revorg': ORG, 'handoffs.revorg': HANDOFFS });
    const org = path.join(root, 'org.revorg');
    const handoffs = path.join(root, 'handoffs.revorg');
    let client: LspClient;

    beforeAll(async () => {
        client = new LspClient(server);
        await client.initialize(root);
    });

    afterAll(async () => {
        await client.stop();
    });

    const modelChanges = (): number => client.received(ModelChangedNotification);

    it('draws the org chart of the whole workspace, with source positions and problem marks', async () => {
        const result = await client.request(DiagramRequest, { view: 'org' });
        expect(result.view).toBe('org');
        const svg = result.svg!;
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        expect(svg.match(/<g class="node /g)).toHaveLength(4);
        expect(svg).toMatch(/<g class="node node-role has-errors" data-id="Broken"/);
        expect(svg).toMatch(/<g class="node node-role" data-id="AE"/);
        expect(svg).toContain(`data-id="AE" data-uri="${fileUri(org)}" data-line="3" data-character="5" data-last-line="3"`);
        // The hostile title is text, and the preview's colors follow the editor's theme.
        expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(svg).not.toContain('<img');
        expect(svg).toContain('var(--vscode-editor-background');
        expect(svg.match(/<g class="edge edge-reporting"/g)).toHaveLength(2);
    });

    it('draws the revenue flow with the handoff in the warning style, and fixed colors on request', async () => {
        const result = await client.request(DiagramRequest, { view: 'flow', theme: 'light' });
        expect(result.view).toBe('flow');
        expect(result.svg).toContain('<g class="edge edge-warning" data-id="SdrToAe" data-source="SDR" data-target="AE">');
        expect(result.svg).toContain('no owner');
        expect(result.svg).not.toContain('var(--vscode');
    });

    it('announces each rebuild once a diagram was asked for, and then draws the new model', async () => {
        const before = modelChanges();
        const { generation } = await client.request(DiagramRequest, { view: 'flow' });
        await client.open(handoffs, HANDOFFS);
        await client.change(handoffs, HANDOFFS.replace('to: AE', 'to: AE\n    owner: VP'), 2);
        await client.waitFor('revorg/modelChanged after the edit', () => modelChanges() > before);
        const result = await client.request(DiagramRequest, { view: 'flow' });
        expect(result.generation).toBeGreaterThan(generation);
        expect(result.svg).toContain('owner: VP');
        expect(result.svg).not.toContain('no owner');
    });

    it('says why there is nothing to draw instead of drawing nothing', async () => {
        const before = modelChanges();
        await client.change(handoffs, '// no handoffs yet\n', 3);
        await client.waitFor('revorg/modelChanged after removing the handoff', () => modelChanges() > before);
        const result = await client.request(DiagramRequest, { view: 'flow' });
        expect(result.svg).toBeUndefined();
        expect(result.empty).toMatch(/No handoff to draw yet/);
    });

    it('answers the same diagram of the same build from its cache', async () => {
        const first = await client.request(DiagramRequest, { view: 'org' });
        const second = await client.request(DiagramRequest, { view: 'org' });
        expect(second.generation).toBe(first.generation);
        expect(second.svg).toBe(first.svg);
    });
});

/** The box of a node in a drawn SVG. */
function boxOf(svg: string, id: string): { x: number; y: number; width: number; height: number } {
    const match = new RegExp(`<g class="node [^"]*" data-id="${id}"[^>]*>(?:<title>[^<]*</title>)?<rect x="([\\d.-]+)" y="([\\d.-]+)" width="([\\d.-]+)" height="([\\d.-]+)"`).exec(svg);
    if (!match) throw new Error(`no box '${id}' in the SVG`);
    const [x, y, width, height] = match.slice(1).map(Number);
    return { x, y, width, height };
}

/** Where a drawn edge's route starts. */
function edgeStart(svg: string, id: string): { x: number; y: number } {
    const match = new RegExp(`<g class="edge [^"]*" data-id="${id}"[^>]*>(?:<title>[^<]*</title>)?<path d="M([\\d.-]+),([\\d.-]+)`).exec(svg);
    if (!match) throw new Error(`no edge '${id}' in the SVG`);
    return { x: Number(match[1]), y: Number(match[2]) };
}

/** Whether a point lies on the border of a box (within half a pixel). */
function onBorder(point: { x: number; y: number }, box: { x: number; y: number; width: number; height: number }): boolean {
    const near = (a: number, b: number) => Math.abs(a - b) <= 0.5;
    const withinX = point.x >= box.x - 0.5 && point.x <= box.x + box.width + 0.5;
    const withinY = point.y >= box.y - 0.5 && point.y <= box.y + box.height + 0.5;
    return (withinX && (near(point.y, box.y) || near(point.y, box.y + box.height))) || (withinY && (near(point.x, box.x) || near(point.x, box.x + box.width)));
}

describe('a line moved between two boxes already drawn', () => {
    // Edits that keep every box and every line id, and change only where a line starts.
    const MOVES = `organization "Moves Co" { arr: 12M employees: 30 }
role CEO { kind: ceo }
role VPS { kind: vp-sales reportsTo: CEO }
role VPM { kind: vp-marketing reportsTo: CEO }
role Demand { kind: marketing reportsTo: VPM }
role SDR { kind: sdr reportsTo: VPS }
role AE { kind: ae reportsTo: VPS }
handoff DemandToSdr { from: Demand to: SDR }
handoff SdrToAe { from: SDR to: AE }
`;
    let client: LspClient;
    let file: string;

    beforeAll(async () => {
        const root = workspace({ 'model.revorg': MOVES });
        file = path.join(root, 'model.revorg');
        client = new LspClient(SERVER);
        await client.initialize(root);
        await client.open(file, MOVES);
    });

    afterAll(async () => {
        await client.stop();
    });

    async function redrawnAfter(text: string, version: number, view: 'org' | 'flow'): Promise<string> {
        const before = client.received(ModelChangedNotification);
        await client.change(file, text, version);
        await client.waitFor('revorg/modelChanged after the edit', () => client.received(ModelChangedNotification) > before);
        return (await client.request(DiagramRequest, { view })).svg!;
    }

    it('draws a reporting line from the new manager', async () => {
        const before = (await client.request(DiagramRequest, { view: 'org' })).svg!;
        expect(onBorder(edgeStart(before, 'reports:AE'), boxOf(before, 'VPS'))).toBe(true);
        const after = await redrawnAfter(MOVES.replace('role AE { kind: ae reportsTo: VPS }', 'role AE { kind: ae reportsTo: VPM }'), 2, 'org');
        expect(onBorder(edgeStart(after, 'reports:AE'), boxOf(after, 'VPM'))).toBe(true);
        expect(onBorder(edgeStart(after, 'reports:AE'), boxOf(after, 'VPS'))).toBe(false);
    });

    it('draws a handoff from its new sender', async () => {
        const before = (await client.request(DiagramRequest, { view: 'flow' })).svg!;
        expect(onBorder(edgeStart(before, 'SdrToAe'), boxOf(before, 'SDR'))).toBe(true);
        const after = await redrawnAfter(MOVES.replace('handoff SdrToAe { from: SDR', 'handoff SdrToAe { from: Demand'), 3, 'flow');
        expect(onBorder(edgeStart(after, 'SdrToAe'), boxOf(after, 'Demand'))).toBe(true);
        expect(onBorder(edgeStart(after, 'SdrToAe'), boxOf(after, 'SDR'))).toBe(false);
    });
});

describe('revorg/modelChanged', () => {
    it('is never sent to a client that does not preview (other LSP editors)', async () => {
        const root = workspace({ 'org.revorg': ORG, 'handoffs.revorg': HANDOFFS });
        const client = new LspClient(SERVER);
        try {
            await client.initialize(root);
            const handoffs = path.join(root, 'handoffs.revorg');
            await client.open(handoffs, HANDOFFS);
            await client.change(handoffs, HANDOFFS.replace('to: AE', 'to: AE\n    owner: VP'), 2);
            await client.waitFor('the diagnostics after the edit', () => client.codes(handoffs).length === 1);
            expect(client.received(ModelChangedNotification)).toBe(0);
        } finally {
            await client.stop();
        }
    });
});
