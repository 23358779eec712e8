/**
 * `revorg diff` end to end, through the real built CLI: fixture pairs (test/fixtures/diff/<case>/
 * {old,new}) against golden Markdown and JSON (test/golden/diff/), the JSON valid under the published
 * diff.v1.json; every example against itself and against a changed copy; the working tree against
 * a git revision in a temporary repository; the exit codes; the org chart written with --svg and
 * its marks; and bad input, each said in one line with the version it is about.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { all, classes, groupsWithClass, parseXml, type XmlElement } from '../packages/diagram/test/svg-dom.js';
import { PUBLISHED_SCHEMAS, type ModelDiff } from '../packages/insights/src/index.js';
import { EXAMPLES, schemaValidator } from '../packages/insights/test/helpers.js';
import { REPO_ROOT, runCli, workspace, type CliRun } from './run-cli.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'diff');
const CASES = readdirSync(FIXTURES).sort();
const validateDiff = await schemaValidator(PUBLISHED_SCHEMAS['diff.v1.json']);

function diffJson(run: CliRun): ModelDiff {
    expect(run.status, run.stderr).toBe(0);
    const diff = JSON.parse(run.stdout) as ModelDiff;
    expect(validateDiff(diff)).toEqual([]);
    return diff;
}

function expectUsageError(run: CliRun, line: RegExp): void {
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toMatch(/^revorg: /);
    expect(run.stderr).toMatch(line);
}

/** Runs git in a test repository; the identity is given here, never in a global config. */
function git(cwd: string, ...args: string[]): string {
    const result = spawnSync('git', ['-c', 'user.name=revorg test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
}

/** A copy of a fixture case's version in a fresh folder, so a test can change it. */
function copyOf(source: string): string {
    const dir = workspace({});
    cpSync(source, dir, { recursive: true });
    return dir;
}

describe('revorg diff', () => {
    it('has a fixture pair for every case it is tested on', () => {
        expect(CASES).toEqual(['ambiguous', 'files', 'findings', 'flow', 'reorg', 'syntax-error']);
    });

    describe.each(CASES)('on the fixture pair %s', name => {
        const cwd = path.join(FIXTURES, name);

        it('writes the pull-request comment in Markdown', async () => {
            const run = runCli(['diff', 'old', 'new'], cwd);
            expect(run.status).toBe(0);
            await expect(run.stdout).toMatchFileSnapshot(path.join('golden', 'diff', `${name}.md`));
        });

        it('writes the data as JSON, valid under diff.v1.json', async () => {
            const run = runCli(['diff', 'old', 'new', '--format', 'json'], cwd);
            diffJson(run);
            await expect(run.stdout).toMatchFileSnapshot(path.join('golden', 'diff', `${name}.json`));
        });
    });

    it('matches a rename through its references, and says where a reporting line moved with the new names', () => {
        const diff = diffJson(runCli(['diff', 'old', 'new', '--format', 'json'], path.join(FIXTURES, 'reorg')));
        expect(diff.declarations.roles.renamed.map(rename => [rename.from, rename.to])).toEqual([['SalesManager', 'FrontlineManager']]);
        expect(diff.declarations.roles.added.map(role => role.name)).toEqual(['SolutionsEngineer']);
        // The handoff and SLA now name FrontlineManager: following the rename is not a change.
        expect(diff.declarations.handoffs.changed).toEqual([]);
        expect(diff.declarations.slas.changed).toEqual([]);
        expect(diff.reportingLines).toEqual([expect.objectContaining({ role: 'SDR', from: 'FrontlineManager', to: 'VPMarketing' })]);
        expect(diff.headcount.total).toEqual({ before: 19, after: 24, delta: 5 });
    });

    it('pairs no rename when two look-alikes are replaced by two look-alikes, but follows a renamed team', () => {
        const diff = diffJson(runCli(['diff', 'old', 'new', '--format', 'json'], path.join(FIXTURES, 'ambiguous')));
        expect(diff.declarations.teams.renamed.map(rename => [rename.from, rename.to])).toEqual([['Sales', 'NewBusiness']]);
        expect(diff.declarations.roles.renamed).toEqual([]);
        expect(diff.declarations.roles.added.map(role => role.name).sort()).toEqual(['SdrEast', 'SdrWest']);
        expect(diff.declarations.roles.removed.map(role => role.name).sort()).toEqual(['SdrInbound', 'SdrOutbound']);
        expect(diff.declarations.roles.changed).toEqual([]);
    });

    describe('exit codes', () => {
        it('is 0 whether the models differ or not', () => {
            expect(runCli(['diff', 'old', 'new'], path.join(FIXTURES, 'findings')).status).toBe(0);
            expect(runCli(['diff', 'old', 'old'], path.join(FIXTURES, 'findings')).status).toBe(0);
        });

        it('is 1 with --fail-on-new-errors when the change introduces an error, with the diff still written', () => {
            const run = runCli(['diff', 'old', 'new', '--fail-on-new-errors'], path.join(FIXTURES, 'findings'));
            expect(run.status).toBe(1);
            expect(run.stdout).toContain('introduces 1 error');
            expect(run.stdout).toContain('`unresolved-reference`');
        });

        it('stays 0 with --fail-on-new-errors when the change introduces no error, even when errors remain or warnings are new', () => {
            expect(runCli(['diff', 'old', 'new', '--fail-on-new-errors'], path.join(FIXTURES, 'reorg')).status).toBe(0);
            // Going back fixes the error rather than introducing it (and brings back a warning).
            expect(runCli(['diff', 'new', 'old', '--fail-on-new-errors'], path.join(FIXTURES, 'findings')).status).toBe(0);
            // The new version has an error the old one had too.
            expect(runCli(['diff', 'new', 'new', '--fail-on-new-errors'], path.join(FIXTURES, 'findings')).status).toBe(0);
        });
    });

    describe('on every example', () => {
        it.each(EXAMPLES)('%s against itself: no changes', example => {
            const dir = path.join('examples', example);
            const run = runCli(['diff', dir, dir], REPO_ROOT);
            expect(run.status).toBe(0);
            expect(run.stderr).toBe('');
            expect(run.stdout).toBe(`**revorg diff** \`${dir}\` → \`${dir}\`: no changes. Both versions declare the same things with the same properties, reporting lines and headcount, and have the same findings.\n`);
        });

        it.each(EXAMPLES)('%s against a copy with a role renamed everywhere it is named and a role of two people added under it', example => {
            const changed = copyOf(path.join(REPO_ROOT, 'examples', example));
            const renamed = changeExample(changed);
            const json = diffJson(runCli(['diff', path.join(REPO_ROOT, 'examples', example), changed, '--format', 'json'], REPO_ROOT));
            expect(json.summary.unchanged).toBe(false);
            expect(json.declarations.roles.renamed.map(rename => [rename.from, rename.to])).toEqual([[renamed, `${renamed}Renamed`]]);
            expect(json.declarations.roles.added.map(role => role.name)).toEqual(['ReviewAddedRole']);
            expect(json.declarations.roles.removed).toEqual([]);
            expect(json.headcount.total.delta).toBe(2);
            // A reporting line is not moved by renaming its manager: only the new role's line is new, and new lines are not moves.
            expect(json.reportingLines).toEqual([]);
            // Findings that only quote the renamed role by name are the same findings.
            for (const finding of [...json.findings.introduced, ...json.findings.fixed]) expect([finding.declaration, finding.message].join(' ')).toMatch(/ReviewAddedRole|headcount|employees/);

            const markdown = runCli(['diff', path.join(REPO_ROOT, 'examples', example), changed], REPO_ROOT);
            expect(markdown.status).toBe(0);
            expect(markdown.stdout).toContain(`| renamed | \`${renamed}\` → \`${renamed}Renamed\``);
            expect(markdown.stdout).toContain('| added | `ReviewAddedRole` Review added role | kind: other');
            expect(markdown.stdout).toContain(`reportsTo: ${renamed}Renamed · headcount: 2`);
        });
    });

    describe('--base: the working tree against a git revision', () => {
        const repository = (): string => {
            const repo = workspace({ 'README.md': '# A repository with a model in model/\n' });
            git(repo, 'init', '--quiet');
            cpSync(path.join(FIXTURES, 'reorg', 'old'), path.join(repo, 'model'), { recursive: true });
            // Not part of the model: outside model/, and under a dot-folder.
            writeFileSync(path.join(repo, 'elsewhere.revorg'), 'role Elsewhere { kind: ae }\n');
            mkdirSync(path.join(repo, 'model', '.drafts'));
            writeFileSync(path.join(repo, 'model', '.drafts', 'draft.revorg'), 'role Draft { kind: ae }\n');
            git(repo, 'add', '.');
            git(repo, 'commit', '--quiet', '-m', 'the old org');
            cpSync(path.join(FIXTURES, 'reorg', 'new'), path.join(repo, 'model'), { recursive: true });
            // A file added since the first commit is simply not in the old version.
            writeFileSync(path.join(repo, 'model', 'advisors.revorg'), 'role Advisor "Board advisor" {\n    kind: other\n    reportsTo: CEO\n}\n');
            git(repo, 'add', '.');
            git(repo, 'commit', '--quiet', '-m', 'the reorg');
            return repo;
        };

        it('reads the old version at the revision, from the repository root or from the model\'s folder', () => {
            const repo = repository();
            const fromRoot = diffJson(runCli(['diff', '--base', 'HEAD~1', 'model', '--format', 'json'], repo));
            expect(fromRoot.old).toEqual({ label: 'HEAD~1', files: 2, skipped: [], syntaxErrors: [] });
            expect(fromRoot.new).toEqual({ label: 'working tree', files: 3, skipped: [], syntaxErrors: [] });
            expect(fromRoot.declarations.roles.renamed.map(rename => [rename.from, rename.to])).toEqual([['SalesManager', 'FrontlineManager']]);
            // In the new version's order: its files sorted by path.
            expect(fromRoot.declarations.roles.added.map(role => role.name)).toEqual(['Advisor', 'SolutionsEngineer']);

            // The same two versions as the fixture pair: the same changes, whatever the labels.
            const fixture = diffJson(runCli(['diff', 'old', 'new', '--format', 'json'], path.join(FIXTURES, 'reorg')));
            const inRepository = <T extends { location: { file: string } }>(each: T): T => ({ ...each, location: { ...each.location, file: each.location.file.replace(/^new\//, 'model/') } });
            expect(fromRoot.reportingLines).toEqual(fixture.reportingLines.map(inRepository));
            expect(fromRoot.declarations.roles.changed).toEqual(fixture.declarations.roles.changed.map(inRepository));

            const fromModel = runCli(['diff', '--base', 'HEAD~1'], path.join(repo, 'model'));
            expect(fromModel.status).toBe(0);
            expect(fromModel.stdout).toMatch(/^\*\*revorg diff\*\* `HEAD~1` → `working tree`: 2 roles added; 1 role renamed; /);
        });

        it('shows what is not committed yet, and nothing when the working tree is the revision', () => {
            const repo = repository();
            const clean = runCli(['diff', '--base', 'HEAD', 'model'], repo);
            expect(clean.status).toBe(0);
            expect(clean.stdout).toMatch(/: no changes\./);
            writeFileSync(path.join(repo, 'model', 'org.revorg'), readFileSync(path.join(repo, 'model', 'org.revorg'), 'utf8').replace('headcount: 9', 'headcount: 12'));
            const edited = diffJson(runCli(['diff', '--base', 'HEAD', 'model', '--format', 'json'], repo));
            expect(edited.declarations.roles.changed).toEqual([expect.objectContaining({ name: 'AE', changes: [expect.objectContaining({ property: 'headcount', before: 9, after: 12 })] })]);
            // A branch name is a revision too.
            const branch = git(repo, 'rev-parse', '--abbrev-ref', 'HEAD').trim();
            expect(runCli(['diff', '--base', branch, 'model'], repo).stdout).toContain('AE');
        });

        it('exits 2 with one line for an unknown revision, outside a repository, with two paths, or when the model is not in the revision', () => {
            const repo = repository();
            expectUsageError(runCli(['diff', '--base', 'no-such-branch', 'model'], repo), /unknown git revision: no-such-branch/);
            expectUsageError(runCli(['diff', '--base', '--not-an-option-but-a-ref', 'model'], repo), /unknown (git revision|option)/);
            expectUsageError(runCli(['diff', '--base', 'HEAD', 'model'], workspace({ 'm.revorg': 'role A { kind: ae }\n' })), /is not in a git repository/);
            expectUsageError(runCli(['diff', '--base', 'HEAD', 'model', 'model'], repo), /--base compares the working tree with a git revision: give one path/);
            writeFileSync(path.join(repo, 'later.revorg'), 'role Later { kind: ae }\n');
            expectUsageError(runCli(['diff', '--base', 'HEAD', 'later.revorg'], repo), /^revorg: the old model \(HEAD: later\.revorg\) has no \.revorg files/);
        });
    });

    it('prints what README.md shows for the hybrid-revops example changed in a working tree', () => {
        const repo = workspace({});
        git(repo, '-c', 'init.defaultBranch=main', 'init', '--quiet');
        cpSync(path.join(REPO_ROOT, 'examples', 'hybrid-revops'), path.join(repo, 'org'), { recursive: true, filter: source => !source.endsWith('README.md') });
        git(repo, 'add', '.');
        git(repo, 'commit', '--quiet', '-m', 'the org as it is');
        // The change README.md describes.
        for (const file of readdirSync(path.join(repo, 'org'))) {
            const where = path.join(repo, 'org', file);
            let text = readFileSync(where, 'utf8').replace(/\bSdrDirector\b/g, 'HeadOfSalesDevelopment');
            if (file === 'org.revorg') {
                text = `${text.replace('    team: SalesAPAC\n    reportsTo: CRO', '    team: SalesAPAC\n    reportsTo: RvpEMEA').replace('headcount: 24', 'headcount: 30')}
role SolutionsEngineer "Solutions Engineer" {
    kind: other
    team: SalesAmericas
    reportsTo: RvpAmericas
    headcount: 4
}
`;
            }
            if (file === 'operating.revorg') text = text.replace('target: 45%', 'target: 30%');
            writeFileSync(where, text);
        }
        const run = runCli(['diff', '--base', 'main', 'org/'], repo);
        expect(run.status).toBe(0);
        const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
        const shown = /<!-- revorg-diff-example:begin[^\n]*\n```markdown\n\$ revorg diff --base main org\/\n([\s\S]*?)```\n<!-- revorg-diff-example:end -->/.exec(readme);
        expect(shown, 'README.md has the example between its markers').not.toBeNull();
        expect(shown![1]).toBe(run.stdout);
    });

    describe('--svg: the new org chart with the change marked', () => {
        it('writes the chart beside the comment, creating folders, links it relatively and marks the new, renamed and moved', () => {
            const dir = copyOf(path.join(FIXTURES, 'reorg'));
            const run = runCli(['diff', 'old', 'new', '-o', 'review/comment/diff.md', '--svg', 'review/charts/org.svg'], dir);
            expect(run.status).toBe(0);
            expect(run.stdout).toBe('');
            const markdown = readFileSync(path.join(dir, 'review', 'comment', 'diff.md'), 'utf8');
            expect(markdown).toContain('[../charts/org.svg](../charts/org.svg)');

            const root = parseXml(readFileSync(path.join(dir, 'review', 'charts', 'org.svg'), 'utf8'));
            const node = (id: string): XmlElement => {
                const found = all(root, element => element.name === 'g' && element.attributes['data-id'] === id && classes(element).includes('node'));
                expect(found, id).toHaveLength(1);
                return found[0];
            };
            expect(classes(node('SolutionsEngineer'))).toContain('marked-added');
            expect(classes(node('FrontlineManager'))).toContain('marked-renamed');
            expect(groupsWithClass(node('FrontlineManager'), 'mark-tag')[0].children.find(child => child.name === 'title')?.text).toBe('renamed from SalesManager');
            for (const id of ['CEO', 'VPSales', 'AE', 'SDR']) expect(classes(node(id))).not.toContain('marked');
            expect(groupsWithClass(root, 'edge-moved').map(edge => edge.attributes['data-id'])).toEqual(['reports:SDR']);
            expect(groupsWithClass(root, 'legend-mark').map(item => item.attributes['data-key'])).toEqual(['added', 'renamed', 'moved']);
            // No author's file paths in a picture for a pull request.
            expect(readFileSync(path.join(dir, 'review', 'charts', 'org.svg'), 'utf8')).not.toContain('file://');
        });

        it('draws an unchanged chart without marks, and is a usage error with JSON or a non-SVG name', () => {
            const cwd = path.join(FIXTURES, 'reorg');
            const dir = workspace({});
            const same = runCli(['diff', 'new', 'new', '--svg', path.join(dir, 'same.svg')], cwd);
            expect(same.status).toBe(0);
            const root = parseXml(readFileSync(path.join(dir, 'same.svg'), 'utf8'));
            expect(all(root, element => classes(element).some(name => name.startsWith('mark')))).toEqual([]);
            expectUsageError(runCli(['diff', 'old', 'new', '--format', 'json', '--svg', path.join(dir, 'x.svg')], cwd), /--svg .* use it with --format md/);
            expectUsageError(runCli(['diff', 'old', 'new', '--svg', path.join(dir, 'x.png')], cwd), /the org chart is SVG/);
            expect(existsSync(path.join(dir, 'x.svg'))).toBe(false);
        });
    });

    describe('bad input', () => {
        it('compares what parses when a version has a syntax error, and says which version it was', () => {
            const cwd = path.join(FIXTURES, 'syntax-error');
            const forward = runCli(['diff', 'old', 'new'], cwd);
            expect(forward.status).toBe(0);
            expect(forward.stderr).toBe('revorg: new model: new/org.revorg has a syntax error (line 60): the text the parser skipped there is left out\n');
            const backward = diffJson(runCli(['diff', 'new', 'old', '--format', 'json'], cwd));
            expect(backward.old.syntaxErrors).toEqual([expect.objectContaining({ file: 'new/org.revorg', line: 60 })]);
            expect(backward.new.syntaxErrors).toEqual([]);
            const backwardMarkdown = runCli(['diff', 'new', 'old'], cwd);
            expect(backwardMarkdown.stderr).toMatch(/^revorg: old model: new\/org\.revorg has a syntax error/);
            expect(backwardMarkdown.stdout).toContain('the old version\'s `new/org.revorg` has a syntax error (line 60)');
        });

        it('skips a file it cannot read, names it with its version, and compares the rest', () => {
            const dir = copyOf(path.join(FIXTURES, 'reorg'));
            writeFileSync(path.join(dir, 'new', 'huge.revorg'), '');
            // Larger than a string can hold, so it cannot be read (a file's mode does not stop root).
            truncateSync(path.join(dir, 'new', 'huge.revorg'), 2 ** 31 + 1);
            const run = runCli(['diff', 'old', 'new', '--format', 'json'], dir);
            expect(run.stderr).toMatch(/^revorg: new model: skipped new\/huge\.revorg: cannot read \(\w+\)\n$/);
            const json = diffJson(run);
            expect(json.new.skipped).toEqual([{ file: 'new/huge.revorg', reason: expect.stringMatching(/^cannot read/) as string }]);
            expect(json.declarations.roles.renamed).toHaveLength(1);
            const markdown = runCli(['diff', 'old', 'new'], dir);
            expect(markdown.stdout).toContain('`new/huge.revorg`');
            rmSync(path.join(dir, 'new', 'huge.revorg'));
        });

        it('exits 2 with one line naming the version for an empty model, no .revorg file, no file read or a missing path', () => {
            const dir = copyOf(path.join(FIXTURES, 'reorg'));
            mkdirSync(path.join(dir, 'empty'));
            writeFileSync(path.join(dir, 'empty', 'notes.revorg'), '// nothing declared yet\n');
            mkdirSync(path.join(dir, 'none'));
            mkdirSync(path.join(dir, 'unreadable'));
            writeFileSync(path.join(dir, 'unreadable', 'huge.revorg'), '');
            truncateSync(path.join(dir, 'unreadable', 'huge.revorg'), 2 ** 31 + 1);
            expectUsageError(runCli(['diff', 'empty', 'new'], dir), /^revorg: the old model \(empty\) is empty: it declares nothing/);
            expectUsageError(runCli(['diff', 'old', 'empty', '-o', 'out/diff.md'], dir), /^revorg: the new model \(empty\) is empty: it declares nothing/);
            expect(existsSync(path.join(dir, 'out'))).toBe(false);
            expectUsageError(runCli(['diff', 'old', 'none'], dir), /^revorg: the new model \(none\): no \.revorg files under none/);
            expectUsageError(runCli(['diff', 'unreadable', 'new'], dir), /^revorg: the old model \(unreadable\): no file could be read \(unreadable\/huge\.revorg: cannot read/);
            expectUsageError(runCli(['diff', 'missing', 'new'], dir), /^revorg: the old model \(missing\): no such file or directory: missing/);
            rmSync(path.join(dir, 'unreadable'), { recursive: true });
        });

        it('exits 2 with one line for a wrong number of paths or an unknown format', () => {
            const cwd = path.join(FIXTURES, 'reorg');
            expectUsageError(runCli(['diff'], cwd), /diff compares two models: .* \(got no path\)/);
            expectUsageError(runCli(['diff', 'old'], cwd), /\(got one path\)/);
            expectUsageError(runCli(['diff', 'old', 'new', 'new'], cwd), /\(got 3 paths\)/);
            expectUsageError(runCli(['diff', 'old', 'new', '--format', 'html'], cwd), /argument 'html' is invalid/);
        });

        it('writes -o into folders that do not exist yet', () => {
            const dir = workspace({});
            const run = runCli(['diff', 'old', 'new', '--format', 'json', '-o', path.join(dir, 'a', 'b', 'diff.json')], path.join(FIXTURES, 'flow'));
            expect(run.status).toBe(0);
            expect(run.stdout).toBe('');
            expect(validateDiff(JSON.parse(readFileSync(path.join(dir, 'a', 'b', 'diff.json'), 'utf8')))).toEqual([]);
        });
    });
});

/**
 * Changes a copy of an example the same way whatever the company: the first role with a manager is
 * renamed wherever its name is written (`X` becomes `XRenamed`), and a role of two people is added
 * reporting to it. Returns the old name.
 */
function changeExample(dir: string): string {
    const files = readdirSync(dir).filter(file => file.endsWith('.revorg')).sort();
    const texts = new Map(files.map(file => [file, readFileSync(path.join(dir, file), 'utf8')]));
    let renamed: string | undefined;
    for (const text of texts.values()) {
        renamed ??= /^role (\w+)\b[^{]*\{[^}]*\breportsTo:/m.exec(text)?.[1];
    }
    if (!renamed) throw new Error(`no role with a manager in ${dir}`);
    const name = new RegExp(`\\b${renamed}\\b`, 'g');
    for (const [file, text] of texts) writeFileSync(path.join(dir, file), text.replace(name, `${renamed}Renamed`));
    const added = `\nrole ReviewAddedRole "Review added role" {\n    kind: other\n    reportsTo: ${renamed}Renamed\n    headcount: 2\n}\n`;
    writeFileSync(path.join(dir, files[0]), `${readFileSync(path.join(dir, files[0]), 'utf8')}${added}`);
    return renamed;
}
