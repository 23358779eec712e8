/**
 * `revorg export` end to end, through the real built CLI: every example in every format (JSON
 * valid under the published schema, CSV read back by csv-parse, Mermaid in its Markdown), the
 * options, bad input (unreadable files and syntax errors are named and the rest exported; an
 * empty model is exit 2 with one line), `-o` into folders that do not exist, and the README's
 * excerpts, which must be what the command prints today.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_ENTITIES, EXPORT_VIEWS } from '../packages/cli/src/commands/export-options.js';
import { CSV_ENTITIES, type ModelExport } from '../packages/insights/src/index.js';
import { EXAMPLES, schemaValidator } from '../packages/insights/test/helpers.js';
import { REPO_ROOT, runCli, workspace, type CliRun } from './run-cli.js';

const validate = await schemaValidator(JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages', 'cli', 'schemas', 'model.v1.json'), 'utf8')) as object);

const MODEL = `organization "Acme" { arr: 5M employees: 30 }
team Sales { function: sales lead: VPS }
role VPS "VP Sales" { kind: vp-sales team: Sales }
role AE "Account Executive, \\"East\\"" { kind: ae team: Sales reportsTo: VPS headcount: 3 }
handoff VpsToAe { from: VPS to: AE owner: VPS }
`;

function expectUsageError(run: CliRun, pattern: RegExp): void {
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr).not.toMatch(/\n\s+at /);
}

function readCsv(text: string): Array<Record<string, string>> {
    return parse(text, { columns: true, record_delimiter: '\r\n' });
}

function mermaidBlocks(markdown: string): string[] {
    return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map(match => match[1]);
}

describe('revorg export', () => {
    it('offers the entities and views the exporters write', () => {
        expect([...EXPORT_ENTITIES]).toEqual([...CSV_ENTITIES]);
        expect([...EXPORT_VIEWS]).toEqual(['org', 'flow']);
    });

    describe.each(EXAMPLES)('the %s example', name => {
        const example = path.join('examples', name);
        const json = runCli(['export', example, '--format', 'json'], REPO_ROOT);
        const model = JSON.parse(json.stdout || 'null') as ModelExport;

        it('exports JSON valid under the published schema, with every role', () => {
            expect(json.stderr).toBe('');
            expect(json.status).toBe(0);
            expect(validate(model)).toEqual([]);
            expect(model.roles.length).toBeGreaterThan(0);
            expect(model.headcount).toBe(model.roles.reduce((sum, role) => sum + role.headcount, 0));
            expect(model.roles[0].location.file).toMatch(new RegExp(`^examples/${name}/\\w+\\.revorg$`));
        });

        it('exports CSV that reads back to every role once and the model\'s headcount', () => {
            const csv = runCli(['export', example, '--format', 'csv'], REPO_ROOT);
            expect(csv.status).toBe(0);
            const roles = readCsv(csv.stdout);
            expect(roles.map(role => role.name)).toEqual(model.roles.map(role => role.name));
            expect(roles.reduce((sum, role) => sum + Number(role.headcount), 0)).toBe(model.headcount);
        });

        it('exports Mermaid: Markdown with the org chart (a box per role) and the flow', () => {
            const markdown = runCli(['export', example, '--format', 'mermaid'], REPO_ROOT);
            expect(markdown.status).toBe(0);
            const blocks = mermaidBlocks(markdown.stdout);
            expect(blocks).toHaveLength(2);
            expect(blocks[0].startsWith('flowchart TD\n')).toBe(true);
            expect(blocks[0].match(/^\s*n\d+\[/gm)).toHaveLength(model.roles.length);
            expect(blocks[1].startsWith('flowchart LR\n')).toBe(true);
        });
    });

    it('writes a row per team, handoff or KPI with --entity', () => {
        const example = path.join('examples', 'hybrid-revops');
        const model = JSON.parse(runCli(['export', example], REPO_ROOT).stdout) as ModelExport;
        for (const entity of EXPORT_ENTITIES) {
            const run = runCli(['export', example, '--format', 'csv', '--entity', entity], REPO_ROOT);
            expect(run.status).toBe(0);
            expect(model[entity].length).toBeGreaterThan(0);
            expect(readCsv(run.stdout).map(row => row.name)).toEqual(model[entity].map(declaration => declaration.name));
        }
    });

    it('writes one view bare with --view: the diagram of the Markdown, without fence or heading', () => {
        const example = path.join('examples', 'hybrid-revops');
        const blocks = mermaidBlocks(runCli(['export', example, '--format', 'mermaid'], REPO_ROOT).stdout);
        expect(runCli(['export', example, '--format', 'mermaid', '--view', 'org'], REPO_ROOT).stdout).toBe(blocks[0]);
        expect(runCli(['export', example, '--format', 'mermaid', '--view', 'flow'], REPO_ROOT).stdout).toBe(blocks[1]);
    });

    it('writes JSON by default, and with -o into folders it creates', () => {
        const dir = workspace({ 'm.revorg': MODEL });
        const stdout = runCli(['export'], dir);
        expect(stdout.status).toBe(0);
        expect((JSON.parse(stdout.stdout) as ModelExport).format).toBe('revorg-model');
        for (const [format, file] of [['json', 'out/json/model.json'], ['csv', 'out/a/b/roles.csv'], ['mermaid', 'docs/org/org.md']]) {
            const run = runCli(['export', '.', '--format', format, '-o', file], dir);
            expect(run.status).toBe(0);
            expect(run.stdout).toBe('');
            expect(run.stderr).toBe('');
            expect(readFileSync(path.join(dir, file), 'utf8')).toBe(runCli(['export', '.', '--format', format], dir).stdout);
        }
        const roles = readCsv(readFileSync(path.join(dir, 'out/a/b/roles.csv'), 'utf8'));
        expect(roles[1]).toMatchObject({ name: 'AE', title: 'Account Executive, "East"', headcount: '3', reportsTo: 'VPS' });
    });

    it('exports what parses when a file has syntax errors or cannot be read, and names each on stderr', () => {
        const dir = workspace({ 'm.revorg': MODEL, 'broken.revorg': 'role Oops { kind ae }\nrole Fine "Still here" { kind: sdr team: Sales }\n' });
        // Tests may run as root, whom file permissions do not stop; a file over 2 GiB is one Node
        // will not read (sparse: it takes no disk space).
        writeFileSync(path.join(dir, 'huge.revorg'), '');
        truncateSync(path.join(dir, 'huge.revorg'), 2 ** 31 + 1);
        const run = runCli(['export', '.', '--format', 'csv'], dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe([
            'revorg: skipped huge.revorg: cannot read (ERR_FS_FILE_TOO_LARGE)',
            'revorg: broken.revorg has a syntax error (line 1): the text the parser skipped there is left out',
            '',
        ].join('\n'));
        expect(readCsv(run.stdout).map(role => role.name)).toEqual(['Oops', 'Fine', 'VPS', 'AE']);
    });

    describe('exits 2 with one line on stderr and nothing on stdout', () => {
        const dir = workspace({ 'm.revorg': MODEL });

        it('for an empty model', () => {
            const empty = workspace({ 'a.revorg': '// nothing yet\n', 'b.revorg': '\n' });
            expectUsageError(runCli(['export', '.', '--format', 'csv'], empty), /^revorg: the model under \. is empty: it declares nothing/);
        });
        it('for a model of files that cannot be read', () => {
            const unreadable = workspace({ 'm.revorg': '' });
            truncateSync(path.join(unreadable, 'm.revorg'), 2 ** 31 + 1);
            expectUsageError(runCli(['export'], unreadable), /no file could be read \(m\.revorg: cannot read/);
        });
        it('for a path that does not exist', () => {
            expectUsageError(runCli(['export', 'missing'], dir), /no such file or directory: missing/);
        });
        it('for an unknown format, entity or view', () => {
            expectUsageError(runCli(['export', '--format', 'xml'], dir), /argument 'xml' is invalid/);
            expectUsageError(runCli(['export', '--format', 'csv', '--entity', 'pods'], dir), /argument 'pods' is invalid/);
            expectUsageError(runCli(['export', '--format', 'mermaid', '--view', 'side'], dir), /argument 'side' is invalid/);
        });
        it('for --entity without --format csv, and --view without --format mermaid', () => {
            expectUsageError(runCli(['export', '--entity', 'teams'], dir), /--entity applies to --format csv only \(got --format json\)/);
            expectUsageError(runCli(['export', '--format', 'csv', '--view', 'org'], dir), /--view applies to --format mermaid only/);
        });
        it('for a view with nothing to draw', () => {
            const noHandoffs = workspace({ 'm.revorg': 'role CEO { kind: ceo }\n' });
            expectUsageError(runCli(['export', '--format', 'mermaid', '--view', 'flow'], noHandoffs), /^revorg: no handoff with a `from` and a `to` to draw in the revenue flow \(\.\)$/m);
        });
        it('for an output path that is a folder', () => {
            expectUsageError(runCli(['export', '-o', '.'], dir), /^revorg: cannot write \.: EISDIR$/m);
        });
    });
});

describe('README.md, "Exporting the model"', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('### Exporting the model\n');
    const section = readme.slice(start, readme.indexOf('\n### ', start + 1));
    const example = path.join('examples', 'island-startup');

    it('has the section under "## The CLI"', () => {
        expect(start).toBeGreaterThan(readme.indexOf('## The CLI\n'));
    });

    it('shows the real CSV of an example', () => {
        const csv = runCli(['export', example, '--format', 'csv'], REPO_ROOT).stdout;
        const shown = /^```csv\n([\s\S]*?)^```$/m.exec(section)?.[1];
        expect(shown).toBe(csv.replaceAll('\r\n', '\n'));
    });

    it('shows the real Mermaid of an example, in blocks GitHub draws', () => {
        const markdown = runCli(['export', example, '--format', 'mermaid'], REPO_ROOT).stdout;
        const shown = mermaidBlocks(section);
        expect(shown).toHaveLength(2);
        for (const block of shown) expect(mermaidBlocks(markdown)).toContain(block);
    });
});
