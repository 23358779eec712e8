/**
 * End-to-end tests of the `revorg` CLI (CLI.md): a real process on real files, checking exit
 * codes, the three formats, and that bad input gives one clear line on stderr and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import type { SchemaObject } from 'ajv';
import type { Log as SarifLog } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../packages/cli/src/results.js';
import { parseXml } from '../packages/diagram/test/svg-dom.js';
import { CLI, REPO_ROOT, runCli, workspace } from './run-cli.js';

const ORGANIZATION = `organization "Fixture Co" {
    arr: 12M
    employees: 30
}

team Sales { function: sales lead: VP }
role VP "VP Sales" { kind: vp-sales team: Sales }
role AE { kind: ae team: Sales reportsTo: VP }
definition SAL { stage: sal title: "VP" fit: "SaaS" engagement: "Demo" }
cadence Review { purpose: structure-review every: yearly attendees: [VP] }
kpi NewArr { measures: net-new-arr owners: [AE] }
`;

/** One error (no owner) and one warning (no SLA), both on line 2 of handoffs.revorg. */
const HANDOFF_WITHOUT_OWNER = `// The only handoff.
handoff VpToAe {
    from: VP
    to: AE
}
`;

const CLEAN_HANDOFF = `handoff VpToAe {
    from: VP
    to: AE
    owner: VP
}
sla Fast { handoff: VpToAe within: 4h touches: 3 volume: 40 audit: weekly }
`;

function expectUsageError(run: ReturnType<typeof runCli>, pattern: RegExp): void {
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('revorg lint', () => {
    it('exits 0 on a clean model and says so', () => {
        const dir = workspace({ 'org.revorg': ORGANIZATION, 'handoffs.revorg': CLEAN_HANDOFF });
        const run = runCli(['lint'], dir);
        expect(run.stderr).toBe('');
        expect(run.stdout).toContain('No problems in 2 files');
        expect(run.status).toBe(0);
    });

    it('prints stylish output grouped by file with a summary, and exits 1 on an error', () => {
        const dir = workspace({ 'org.revorg': ORGANIZATION, 'handoffs.revorg': HANDOFF_WITHOUT_OWNER });
        const run = runCli(['lint', '.'], dir);
        expect(run.status).toBe(1);
        const lines = run.stdout.split('\n');
        expect(lines[0]).toBe('handoffs.revorg');
        expect(lines[1]).toMatch(/^ {2}2:9 {2}error {4}Handoff 'VpToAe' has no owner.* handoff-owner-required$/);
        expect(lines[2]).toMatch(/^ {2}2:9 {2}warning {2}Handoff 'VpToAe' has no SLA.* handoff-sla-required$/);
        expect(run.stdout).toContain('✖ 2 problems (1 error, 1 warning)');
        expect(run.stdout).not.toContain('\u001b['); // no colors when not writing to a terminal
    });

    it('prints JSON per CLI.md: every file in path order, relative paths, 1-based positions, counts', () => {
        const dir = workspace({ 'b/handoffs.revorg': HANDOFF_WITHOUT_OWNER, 'a/org.revorg': ORGANIZATION });
        const run = runCli(['lint', '--format', 'json'], dir);
        expect(run.status).toBe(1);
        const report = JSON.parse(run.stdout) as FileResult[];
        expect(report.map((file: { filePath: string }) => file.filePath)).toEqual(['a/org.revorg', 'b/handoffs.revorg']);
        expect(report[0]).toEqual({ filePath: 'a/org.revorg', messages: [], errorCount: 0, warningCount: 0, infoCount: 0 });
        expect(report[1].errorCount).toBe(1);
        expect(report[1].warningCount).toBe(1);
        expect(report[1].messages[0]).toEqual({
            ruleId: 'handoff-owner-required',
            severity: 'error',
            message: expect.stringContaining("Handoff 'VpToAe' has no owner") as unknown, // vitest types its matchers `any`
            line: 2, column: 9, endLine: 2, endColumn: 15,
        });
    });

    it('prints paths relative to the working directory when linting a subfolder', () => {
        const dir = workspace({ 'models/acme/org.revorg': ORGANIZATION, 'models/acme/h.revorg': CLEAN_HANDOFF });
        const run = runCli(['lint', 'models/acme', '--format', 'json'], dir);
        expect((JSON.parse(run.stdout) as FileResult[]).map((file: { filePath: string }) => file.filePath)).toEqual(['models/acme/h.revorg', 'models/acme/org.revorg']);
    });

    it('skips node_modules and dot-directories, and reads only *.revorg', () => {
        const dir = workspace({
            'org.revorg': ORGANIZATION,
            'h.revorg': CLEAN_HANDOFF,
            'node_modules/dep/x.revorg': 'this would not parse',
            '.hidden/y.revorg': 'nor would this',
            'notes.txt': 'not a model',
        });
        const run = runCli(['lint', '--format', 'json'], dir);
        expect(run.status).toBe(0);
        expect(JSON.parse(run.stdout)).toHaveLength(2);
    });

    it('expands a quoted glob itself, as a shell would, to the .revorg files it matches', () => {
        const dir = workspace({
            'models/org.revorg': ORGANIZATION,
            'models/sales/handoffs.revorg': CLEAN_HANDOFF,
            'models/notes.txt': 'not a model',
            'models/node_modules/dep/x.revorg': 'this would not parse',
            'drafts/other.revorg': 'nor would this',
        });
        const run = runCli(['lint', 'models/**/*.revorg', '--format', 'json'], dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect((JSON.parse(run.stdout) as FileResult[]).map(file => file.filePath)).toEqual(['models/org.revorg', 'models/sales/handoffs.revorg']);
        expectUsageError(runCli(['lint', 'nowhere/**/*.revorg'], dir), /^revorg: no \.revorg file matches nowhere\/\*\*\/\*\.revorg$/m);
    });

    it('writes the report to a file with -o and nothing to stdout', () => {
        const dir = workspace({ 'org.revorg': ORGANIZATION, 'handoffs.revorg': HANDOFF_WITHOUT_OWNER });
        const run = runCli(['lint', '-o', 'report.json', '--format', 'json'], dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('');
        expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))).toHaveLength(2);
    });

    it('creates the folders -o names when they do not exist', () => {
        const dir = workspace({ 'org.revorg': ORGANIZATION, 'handoffs.revorg': HANDOFF_WITHOUT_OWNER });
        const run = runCli(['lint', '-o', 'reports/ci/lint.json', '--format', 'json'], dir);
        expect(run.status).toBe(1);
        expect(run.stderr).toBe('');
        expect(JSON.parse(readFileSync(path.join(dir, 'reports', 'ci', 'lint.json'), 'utf8'))).toHaveLength(2);
    });

    it('counts warnings for --max-warnings before --quiet hides them, as ESLint does', () => {
        const dir = workspace({ 'org.revorg': ORGANIZATION, 'handoffs.revorg': HANDOFF_WITHOUT_OWNER });
        const run = runCli(['lint', '-q', '--max-warnings', '0', '--rule', 'handoff-owner-required=off', '--format', 'json'], dir);
        expect(run.status).toBe(1);
        expect((JSON.parse(run.stdout) as FileResult[]).flatMap(file => file.messages)).toEqual([]);
        expect(run.stderr).toContain('1 warnings, more than --max-warnings 0');
    });

    it('--quiet reports errors only; --max-warnings turns warnings into a failure', () => {
        const dir = workspace({ 'org.revorg': ORGANIZATION, 'handoffs.revorg': HANDOFF_WITHOUT_OWNER });
        const quiet = JSON.parse(runCli(['lint', '--quiet', '--format', 'json'], dir).stdout) as FileResult[];
        expect(quiet.find((file: { filePath: string }) => file.filePath === 'handoffs.revorg')?.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['handoff-owner-required']);

        const withoutError = ['--rule', 'handoff-owner-required=off'];
        expect(runCli(['lint', ...withoutError], dir).status).toBe(0);
        expect(runCli(['lint', ...withoutError, '--max-warnings', '1'], dir).status).toBe(0);
        const tooMany = runCli(['lint', ...withoutError, '--max-warnings', '0'], dir);
        expect(tooMany.status).toBe(1);
        expect(tooMany.stderr).toContain('1 warnings, more than --max-warnings 0');
    });

    it('colors the stylish report as ESLint does: FORCE_COLOR, NO_COLOR, --color and --no-color', () => {
        const dir = workspace({ 'org.revorg': ORGANIZATION, 'handoffs.revorg': HANDOFF_WITHOUT_OWNER });
        const lintWith = (env: Record<string, string | undefined>, ...flags: string[]) => spawnSync(process.execPath, [CLI, 'lint', ...flags], {
            cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, ...env },
        }).stdout;
        const ESCAPE = '\u001b[';
        expect(lintWith({})).not.toContain(ESCAPE);
        expect(lintWith({ FORCE_COLOR: '1' })).toContain(ESCAPE);
        expect(lintWith({ FORCE_COLOR: '1' }, '--no-color')).not.toContain(ESCAPE);
        expect(lintWith({ NO_COLOR: '1' })).not.toContain(ESCAPE);
        expect(lintWith({ NO_COLOR: '1' }, '--color')).toContain(ESCAPE);
        // The same report either way, apart from the colors.
        const withoutColors = (text: string) => text.split(ESCAPE).map((part, index) => (index === 0 ? part : part.replace(/^\d+m/, ''))).join('');
        expect(withoutColors(lintWith({}, '--color'))).toBe(lintWith({}));
    });

    it('--rule overrides a severity, repeatably, over the config file', () => {
        const dir = workspace({
            'org.revorg': ORGANIZATION,
            'handoffs.revorg': HANDOFF_WITHOUT_OWNER,
            'revorg.config.json': JSON.stringify({ rules: { 'handoff-sla-required': 'error' } }),
        });
        const configured = JSON.parse(runCli(['lint', '--format', 'json'], dir).stdout) as FileResult[];
        expect(configured[0].messages.map((m: { severity: string }) => m.severity)).toEqual(['error', 'error']);
        const overridden = JSON.parse(runCli(['lint', '--format', 'json', '--rule', 'handoff-sla-required=info', '--rule', 'handoff-owner-required=warning'], dir).stdout) as FileResult[];
        expect(overridden[0].messages.map((m: { severity: string }) => m.severity)).toEqual(['warning', 'info']);
    });

    it('reads --config instead of the revorg.config.json at the root', () => {
        const dir = workspace({
            'model/org.revorg': ORGANIZATION,
            'model/handoffs.revorg': HANDOFF_WITHOUT_OWNER,
            'model/revorg.config.json': JSON.stringify({ rules: { 'handoff-sla-required': 'off' } }),
            'strict.json': JSON.stringify({ rules: { 'handoff-sla-required': 'error' } }),
        });
        const atRoot = JSON.parse(runCli(['lint', 'model', '--format', 'json'], dir).stdout) as FileResult[];
        expect(atRoot[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['handoff-owner-required']);
        const explicit = JSON.parse(runCli(['lint', 'model', '--format', 'json', '--config', 'strict.json'], dir).stdout) as FileResult[];
        expect(explicit[0].messages.map((m: { severity: string }) => m.severity)).toEqual(['error', 'error']);
    });

    it('reports a file that does not parse as syntax-error with exit 1, and still checks the other files', () => {
        const dir = workspace({ 'org.revorg': ORGANIZATION, 'broken.revorg': 'team Oops {\n    function sales\n}\n', 'handoffs.revorg': HANDOFF_WITHOUT_OWNER });
        const run = runCli(['lint', '--format', 'json'], dir);
        expect(run.status).toBe(1);
        const report = JSON.parse(run.stdout) as FileResult[];
        expect(report[0].filePath).toBe('broken.revorg');
        expect(report[0].messages[0]).toMatchObject({ ruleId: 'syntax-error', line: 2 });
        expect(report[0].messages[0].message).toMatch(/^Unexpected 'sales': expected ':'/);
        expect(report[1].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('handoff-owner-required');
    });

    describe('exits 2 with one line on stderr and nothing on stdout', () => {
        const dir = workspace({ 'org.revorg': ORGANIZATION });

        it('for a path that does not exist', () => {
            expectUsageError(runCli(['lint', 'missing-path'], dir), /^revorg: no such file or directory: missing-path$/m);
        });
        it('for a named file that is not a .revorg file', () => {
            const withNotes = workspace({ 'org.revorg': ORGANIZATION, 'notes.txt': 'not a model' });
            expectUsageError(runCli(['lint', 'notes.txt'], withNotes), /^revorg: not a \.revorg file: notes\.txt \(revorg reads only \*\.revorg files\)$/m);
        });
        it('for no .revorg file under the paths', () => {
            const empty = workspace({ 'readme.md': '# nothing' });
            expectUsageError(runCli(['lint'], empty), /no \.revorg files under \./);
        });
        it('for an unknown option', () => {
            expectUsageError(runCli(['lint', '--colour'], dir), /unknown option '--colour'/);
        });
        it('for an unknown format', () => {
            expectUsageError(runCli(['lint', '--format', 'xml'], dir), /argument 'xml' is invalid/);
        });
        it('for a bad --max-warnings', () => {
            expectUsageError(runCli(['lint', '--max-warnings', 'many'], dir), /expected a whole number/);
        });
        it('for an unknown rule in --rule', () => {
            expectUsageError(runCli(['lint', '--rule', 'no-such-rule=off'], dir), /unknown rule 'no-such-rule'/);
        });
        it('for an unreadable file', () => {
            const broken = workspace({ 'org.revorg': ORGANIZATION });
            symlinkSync(path.join(broken, 'nowhere.revorg'), path.join(broken, 'dangling.revorg'));
            expectUsageError(runCli(['lint', 'dangling.revorg'], broken), /dangling\.revorg/);
        });
        it('for malformed JSON in the config, with its position', () => {
            const bad = workspace({ 'org.revorg': ORGANIZATION, 'revorg.config.json': '{ "rules": { "cro-scope": "off", } }' });
            expectUsageError(runCli(['lint'], bad), /invalid config revorg\.config\.json: malformed JSON at line 1, column 34: property name expected/);
        });
        it('for an unknown rule id in the config, with its JSON path', () => {
            const bad = workspace({ 'org.revorg': ORGANIZATION, 'revorg.config.json': JSON.stringify({ rules: { 'cro-scop': 'off' } }) });
            expectUsageError(runCli(['lint'], bad), /revorg\.config\.json: rules\["cro-scop"\]: unknown rule 'cro-scop'; did you mean 'cro-scope'\?/);
        });
        it('for a bad option value in the config, with its JSON path', () => {
            const bad = workspace({ 'org.revorg': ORGANIZATION, 'revorg.config.json': JSON.stringify({ rules: { 'pod-composition': ['info', { ae: [4, 2] }] } }) });
            expectUsageError(runCli(['lint'], bad), /rules\["pod-composition"\]\[1\]\.ae: the range \[4, 2\] has its minimum above its maximum/);
        });
        it('for an unknown option in the config', () => {
            const bad = workspace({ 'org.revorg': ORGANIZATION, 'revorg.config.json': JSON.stringify({ rules: { 'cro-before-10m-arr': ['warning', { minARR: '5M' }] } }) });
            expectUsageError(runCli(['lint'], bad), /rules\["cro-before-10m-arr"\]\[1\]\.minARR: unknown option 'minARR' for 'cro-before-10m-arr'; it takes 'minArr'/);
        });
        it('for turning off an error of the language itself', () => {
            const bad = workspace({ 'org.revorg': ORGANIZATION, 'revorg.config.json': JSON.stringify({ rules: { 'syntax-error': 'off' } }) });
            expectUsageError(runCli(['lint'], bad), /'syntax-error' is an error of the language itself/);
        });
    });

    it('--format github writes a workflow command per diagnostic, escaped as the Actions runner reads it', () => {
        // A folder name with the property separators, and a message with a percent sign (the handoff-rate threshold's).
        const dir = workspace({
            'org.revorg': ORGANIZATION,
            'teams, q3: draft/handoffs.revorg': `${HANDOFF_WITHOUT_OWNER}kpi Rate { measures: handoff-rate owners: [VP] target: 30% }\n`,
        });
        const run = runCli(['lint', '--format', 'github'], dir);
        expect(run.status).toBe(1);
        const lines = run.stdout.trimEnd().split('\n');
        const json = JSON.parse(runCli(['lint', '--format', 'json'], dir).stdout) as FileResult[];
        const shown = json.flatMap(file => file.messages.filter(message => message.severity !== 'hint').map(message => ({ file: file.filePath, message })));
        expect(lines).toHaveLength(shown.length);
        const command = { error: 'error', warning: 'warning', info: 'notice' } as const;
        lines.forEach((line, index) => {
            const { file, message } = shown[index];
            expect(file).toBe('teams, q3: draft/handoffs.revorg');
            const escaped = message.message.replaceAll('%', '%25');
            expect(line).toBe(`::${command[message.severity as keyof typeof command]} file=teams%2C q3%3A draft/handoffs.revorg,line=${message.line},col=${message.column},endLine=${message.endLine},endColumn=${message.endColumn},title=${message.ruleId}::${escaped}`);
        });
        expect(lines[0]).toMatch(/^::error file=teams%2C q3%3A draft\/handoffs\.revorg,line=2,col=9,endLine=2,endColumn=15,title=handoff-owner-required::/);
        expect(lines.some(line => line.startsWith('::warning ') && line.includes('title=handoff-rate-threshold::') && line.includes('30%25'))).toBe(true);
    });

    it('--format junit writes a test report: a suite per file, a failed case per error or warning, well-formed whatever the names', () => {
        const dir = workspace({ 'org.revorg': ORGANIZATION, 'r&d <"ops">/handoffs.revorg': HANDOFF_WITHOUT_OWNER });
        const run = runCli(['lint', '--format', 'junit'], dir);
        expect(run.status).toBe(1);
        const [declaration, ...rest] = run.stdout.split('\n');
        expect(declaration).toBe('<?xml version="1.0" encoding="UTF-8"?>');
        const report = parseXml(rest.join('\n'));
        const json = JSON.parse(runCli(['lint', '--format', 'json'], dir).stdout) as FileResult[];
        const failing = (file: FileResult) => file.messages.filter(message => message.severity === 'error' || message.severity === 'warning');

        expect(report.name).toBe('testsuites');
        expect(report.children.map(suite => suite.attributes.name)).toEqual(json.map(file => file.filePath));
        expect(Number(report.attributes.failures)).toBe(json.reduce((sum, file) => sum + failing(file).length, 0));
        report.children.forEach((suite, index) => {
            const expected = failing(json[index]);
            expect(Number(suite.attributes.failures)).toBe(expected.length);
            const failures = suite.children.flatMap(testCase => testCase.children);
            expect(failures.map(failure => [failure.attributes.type, failure.attributes.message])).toEqual(expected.map(message => [message.severity, message.message]));
            if (expected.length === 0) expect(suite.children.map(testCase => testCase.attributes.name)).toEqual(['revorg lint']);
        });
        const handoffs = report.children.find(suite => suite.attributes.name === 'r&d <"ops">/handoffs.revorg')!;
        expect(handoffs.children.map(testCase => testCase.attributes.name)).toEqual(['handoff-owner-required (2:9)', 'handoff-sla-required (2:9)']);
    });

    it('prints --timing phases on stderr', () => {
        const dir = workspace({ 'org.revorg': ORGANIZATION, 'h.revorg': CLEAN_HANDOFF });
        const run = runCli(['lint', '--timing'], dir);
        expect(run.status).toBe(0);
        for (const phase of ['read', 'parse', 'link', 'validate', 'process']) expect(run.stderr).toMatch(new RegExp(`^ {2}${phase} +\\d+\\.\\d ms$`, 'm'));
    });
});

describe('revorg lint --format sarif', () => {
    const dir = workspace({ 'org.revorg': ORGANIZATION, 'handoffs.revorg': HANDOFF_WITHOUT_OWNER });
    const run = runCli(['lint', '--format', 'sarif', '-o', 'report.sarif'], dir);
    const sarifFile = path.join(dir, 'report.sarif');

    it('writes a SARIF 2.1.0 log with the driver, its rules and one result per diagnostic', () => {
        expect(run.status).toBe(1);
        const log = JSON.parse(readFileSync(sarifFile, 'utf8')) as SarifLog;
        expect(log.version).toBe('2.1.0');
        const [sarifRun] = log.runs;
        expect(sarifRun.tool.driver.name).toBe('revorg');
        expect(sarifRun.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
        const ids = (sarifRun.tool.driver.rules ?? []).map(rule => rule.id);
        expect(ids).toContain('handoff-owner-required');
        const results = sarifRun.results ?? [];
        expect(results).toHaveLength(2);
        const [result] = results;
        expect(result).toMatchObject({
            ruleId: 'handoff-owner-required',
            level: 'error',
            locations: [{ physicalLocation: { artifactLocation: { uri: 'handoffs.revorg' }, region: { startLine: 2, startColumn: 9 } } }],
        });
        expect(ids[result.ruleIndex ?? -1]).toBe('handoff-owner-required');
        expect(results[1].level).toBe('warning');
    });

    it('validates against the official SARIF 2.1.0 JSON schema', async () => {
        // CommonJS modules: an import's `default` is their module.exports, whose own `default` is the export.
        const { default: { default: Ajv2020 } } = await import('ajv/dist/2020.js');
        const { default: { default: addFormats } } = await import('ajv-formats');
        const schemaFile = path.join(REPO_ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json');
        const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as SchemaObject;
        const ajv = new Ajv2020({ strict: false, allErrors: true });
        addFormats(ajv);
        const validate = ajv.compile(schema);
        const valid = validate(JSON.parse(readFileSync(sarifFile, 'utf8')));
        expect(validate.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
    });

    it("passes Microsoft's SARIF multitool validator with no errors or warnings", () => {
        const multitool = path.join(REPO_ROOT, 'node_modules', '.bin', 'sarif-multitool');
        const schemaFile = path.join(REPO_ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json');
        const output = path.join(dir, 'validation.sarif');
        const validation = spawnSync(multitool, ['validate', sarifFile, '--json-schema', schemaFile, '--output', output], { encoding: 'utf8', timeout: 120_000 });
        expect(validation.status, validation.stdout + validation.stderr).toBe(0);
        expect(existsSync(output)).toBe(true);
        const findings = ((JSON.parse(readFileSync(output, 'utf8')) as SarifLog).runs[0].results ?? [])
            .filter(result => result.level === 'error' || result.level === 'warning')
            .map(result => `${result.ruleId} ${result.message.arguments?.join(' ')}`);
        expect(findings).toEqual([]);
    });
});

describe('revorg rules, --version, --help', () => {
    const dir = REPO_ROOT;

    it('lists every rule as a table', () => {
        const run = runCli(['rules'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^RULE +DEFAULT +FIX +DESCRIPTION$/m);
        expect(run.stdout).toMatch(/^handoff-owner-required +error +yes +Every handoff names/m);
        expect(run.stdout).toMatch(/^cro-scope +info {10}Every role on the marketing and the sales side/m);
    });

    it('lists every rule as JSON with severity, fixable and options', () => {
        const rules = JSON.parse(runCli(['rules', '--format', 'json'], dir).stdout) as Array<{ id: string }>;
        const cro = rules.find(rule => rule.id === 'cro-before-10m-arr');
        expect(cro).toMatchObject({ defaultSeverity: 'warning', fixable: false, options: { minArr: { type: 'money', default: 10_000_000 } } });
        expect(rules.length).toBeGreaterThanOrEqual(33);
    });

    it('prints a rule\'s documentation page with an id, offline, as docs/rules has it', () => {
        for (const id of ['handoff-owner-required', 'cro-scope', 'pod-composition']) {
            const run = runCli(['rules', id], dir);
            expect(run.status, id).toBe(0);
            expect(run.stdout, id).toBe(readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`), 'utf8'));
        }
        // Every rule's page travels with the CLI (the build copies them beside the bundle).
        const rules = JSON.parse(runCli(['rules', '--format', 'json'], dir).stdout) as Array<{ id: string }>;
        const installed = readdirSync(path.join(REPO_ROOT, 'packages', 'cli', 'dist', 'rules'));
        expect(rules.map(rule => `${rule.id}.md`).filter(page => !installed.includes(page))).toEqual([]);
        expectUsageError(runCli(['rules', 'cro-scop'], dir), /^revorg: unknown rule 'cro-scop'; did you mean 'cro-scope'\?$/m);
    });

    it('prints the version and help, exit 0', () => {
        const version = runCli(['--version'], dir);
        expect(version.status).toBe(0);
        expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version);
        const help = runCli(['--help'], dir);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('lint [options] [paths...]');
        const lintHelp = runCli(['lint', '--help'], dir);
        expect(lintHelp.status).toBe(0);
        expect(lintHelp.stdout).toContain('--max-warnings <n>');
    });

    it('rejects an unknown command with exit 2', () => {
        expectUsageError(runCli(['lnt'], dir), /unknown command 'lnt'/);
    });
});
