/**
 * `revorg render` end to end: the real CLI writes SVG diagrams of the examples, escapes hostile
 * titles, and refuses with exit 2 when there is nothing to draw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, workspace } from './run-cli.js';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'assembly-line-growth');

describe('revorg render', () => {
    it.each(['org', 'flow'])('draws the %s view of an example as SVG with a node per role and its source', view => {
        const dir = workspace({});
        const out = path.join(dir, `${view}.svg`);
        const run = runCli(['render', EXAMPLE, '--view', view, '-o', out], REPO_ROOT);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const svg = readFileSync(out, 'utf8');
        expect(svg.startsWith('<svg')).toBe(true);
        expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
        expect((svg.match(/<g class="node[ "]/g) ?? []).length).toBeGreaterThan(2);
        // Sources relative to the working directory: a committed SVG carries no absolute path of the author's machine.
        expect(svg).toMatch(/data-uri="examples\/assembly-line-growth\/[\w-]+\.revorg" data-line="\d+"/);
        expect(svg).not.toContain(REPO_ROOT);
        expect(svg).not.toContain('file://');
        if (view === 'flow') expect((svg.match(/<g class="edge[ "]/g) ?? []).length).toBeGreaterThan(1);
    });

    it('writes to stdout without -o, and keeps a hostile title as text', () => {
        const dir = workspace({ 'm.revorg': 'organization "X" { arr: 1M employees: 5 }\nrole Boss "<img src=x onerror=alert(1)>" { kind: ceo }\nrole Rep { kind: ae reportsTo: Boss }\n' });
        const run = runCli(['render', '.'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).not.toContain('<img');
        expect(run.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });

    it('exits 2 with one line when there is no role to draw, or no handoff for the flow', () => {
        const noRoles = workspace({ 'm.revorg': 'organization "X" { arr: 1M employees: 5 }\nteam Sales { function: sales }\n' });
        const empty = runCli(['render', '.', '-o', 'x.svg'], noRoles);
        expect(empty.status).toBe(2);
        expect(empty.stdout).toBe('');
        expect(empty.stderr).toMatch(/^revorg: no role to draw yet: declare a `role` to see the org chart \(\.\)\n$/);
        const noHandoffs = workspace({ 'm.revorg': 'role Boss { kind: ceo }\n' });
        const flow = runCli(['render', '.', '--view', 'flow'], noHandoffs);
        expect(flow.status).toBe(2);
        expect(flow.stderr).toMatch(/no handoff/);
    });

    it('rejects an unknown view and a non-SVG output with exit 2', () => {
        expect(runCli(['render', EXAMPLE, '--view', 'sideways'], REPO_ROOT).status).toBe(2);
        const png = runCli(['render', EXAMPLE, '-o', 'out.png'], REPO_ROOT);
        expect(png.status).toBe(2);
        expect(png.stderr).toMatch(/revorg renders SVG/);
    });

    it('loads the layout engine only where a diagram is drawn: elkjs is in one chunk, which lint and the report\'s markdown and JSON never import, and render loads at its first layout', () => {
        const dist = path.join(REPO_ROOT, 'packages', 'cli', 'dist');
        const files = [...readdirSync(dist).filter(name => name.endsWith('.mjs')), ...readdirSync(path.join(dist, 'chunks')).map(name => `chunks/${name}`)];
        const text = (file: string) => readFileSync(path.join(dist, file), 'utf8');
        /**
         * A bundle file and every file it imports statically (`import(...)` loads later, only when
         * called); with `dynamic`, also the files its `import(...)`s can load.
         */
        const loadedWith = (file: string, dynamic = false): Set<string> => {
            const loaded = new Set<string>();
            const pending = [file];
            const imports = dynamic ? /(?:\bfrom\s*|\bimport\s*\(\s*)"(\.\.?\/[^"]+\.mjs)"/g : /\bfrom\s*"(\.\.?\/[^"]+\.mjs)"/g;
            while (pending.length > 0) {
                const next = pending.pop()!;
                if (loaded.has(next)) continue;
                loaded.add(next);
                for (const [, target] of text(next).matchAll(imports)) pending.push(path.posix.join(path.posix.dirname(next), target));
            }
            return loaded;
        };
        const withElk = files.filter(file => text(file).includes('org.eclipse.elk'));
        expect(withElk).toHaveLength(1);
        const chunkOf = (command: string) => files.find(file => new RegExp(`^chunks/${command}-[\\w-]+\\.mjs$`).test(file))!;
        expect(loadedWith('revorg.mjs').has(withElk[0])).toBe(false);
        expect(loadedWith(chunkOf('report')).has(withElk[0])).toBe(false);
        // Render reaches it, at its first layout.
        expect(loadedWith(chunkOf('render')).has(withElk[0])).toBe(false);
        expect(loadedWith(chunkOf('render'), true).has(withElk[0])).toBe(true);
    });
});
