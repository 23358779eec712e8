/** `revorg lint [paths...]`: validate the models the files belong to and print the report. */
import { checkSeverity, emptyOverrides, resolveConfig, type RuleOverrides } from '@revorg/language';
import { fixModel, lintSources, type FileDiagnostics, type LintTimings } from '@revorg/language/node';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pc from 'picocolors';
import { findConfigFile, readConfigFile } from '../config-file.js';
import { collectRevorgFiles } from '../files.js';
import { formatGithub } from '../formatters/github.js';
import { formatJson } from '../formatters/json.js';
import { formatJunit } from '../formatters/junit.js';
import { formatSarif } from '../formatters/sarif.js';
import { formatStylish } from '../formatters/stylish.js';
import { readSources, readStdin } from '../model-sources.js';
import { resolveModelScopes, type ModelScope } from '../model-scope.js';
import { writeOutput } from '../output-file.js';
import { relativePath, toResults, totals } from '../results.js';
import { UsageError } from '../usage-error.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface LintOptions {
    format: Format;
    output?: string;
    config?: string;
    maxWarnings?: number;
    quiet: boolean;
    rule: string[];
    timing: boolean;
    /** `--color` (true) or `--no-color` (false); otherwise NO_COLOR, FORCE_COLOR and the terminal decide. */
    color?: boolean;
    fix: boolean;
    fixDryRun: boolean;
    stdin: boolean;
    stdinFilename?: string;
}

/** How a buffer read from stdin without `--stdin-filename` is named in the report. */
const STDIN_NAME = '<stdin>';

/** `--rule id=severity`, repeatable: applied over the config file. */
export function parseRuleFlags(flags: readonly string[]): RuleOverrides {
    const overrides = emptyOverrides();
    for (const flag of flags) {
        const match = /^([^=\s]+)=(\S+)$/.exec(flag.trim());
        if (!match) throw new UsageError(`--rule expects id=severity, like --rule cro-scope=off, got '${flag}'`);
        const result = checkSeverity(match[1], match[2]);
        if (!result.ok) throw new UsageError(`--rule ${flag}: ${result.problem}`);
        overrides.severities.set(match[1], result.setting);
    }
    return overrides;
}

/** What the command reads: the models of the files named, or of the buffer on stdin. */
interface LintInput {
    scopes: ModelScope[];
    /** Texts that do not come from disk (the stdin buffer), by absolute path. */
    given: Map<string, string>;
    shownAs: Map<string, string>;
}

function checkFlagCombinations(paths: readonly string[], options: LintOptions): boolean {
    const stdin = options.stdin || (paths.length === 1 && paths[0] === '-');
    if (paths.includes('-') && paths.length > 1) throw new UsageError('- reads the model file from stdin: give no other path with it');
    if (options.stdin && paths.length > 0) throw new UsageError(`--stdin reads the model file from stdin: give no path with it (got ${paths.join(', ')}); name the file with --stdin-filename`);
    if (options.stdinFilename !== undefined && !stdin) throw new UsageError('--stdin-filename names the text read with --stdin');
    if (options.fix && options.fixDryRun) throw new UsageError('--fix writes the fixes and --fix-dry-run only shows them: give one of the two');
    if (options.fix && stdin) throw new UsageError('--fix cannot write the text read from stdin: use --fix-dry-run --format json, whose "output" is the fixed text');
    return stdin;
}

async function stdinInput(options: LintOptions, cwd: string): Promise<LintInput> {
    const text = await readStdin();
    if (options.stdinFilename === undefined) {
        // A buffer with no name belongs to no model: it is checked alone, with the config that applies where revorg runs.
        const file = path.join(cwd, `${STDIN_NAME}.revorg`);
        const config = await readConfigFile(await findConfigFile(options.config, ['.'], cwd), cwd);
        return { scopes: [{ config, files: [file], reported: new Set([file]) }], given: new Map([[file, text]]), shownAs: new Map([[file, STDIN_NAME]]) };
    }
    const file = path.resolve(cwd, options.stdinFilename);
    if (path.extname(file) !== '.revorg') throw new UsageError(`--stdin-filename ${options.stdinFilename}: not a .revorg file (revorg reads only *.revorg files)`);
    if ((await stat(file).catch(() => undefined))?.isDirectory()) throw new UsageError(`--stdin-filename ${options.stdinFilename} is a directory: name the file the text is`);
    const { scopes, ignored } = await resolveModelScopes([file], { config: options.config, cwd, named: new Set([file]) });
    noteIgnored(ignored, cwd);
    return { scopes, given: new Map([[file, text]]), shownAs: new Map() };
}

async function pathsInput(paths: readonly string[], options: LintOptions, cwd: string): Promise<LintInput> {
    const targets = paths.length > 0 ? paths : ['.'];
    const files = await collectRevorgFiles(targets, cwd);
    // A folder among them never equals a file's path, so only the files named one by one count.
    const named = new Set(targets.map(target => path.resolve(cwd, target)));
    const { scopes, ignored } = await resolveModelScopes(files, { config: options.config, cwd, named });
    noteIgnored(ignored, cwd);
    if (scopes.length === 0) throw new UsageError(`every .revorg file under ${targets.join(', ')} is left out by the "ignores" of its revorg.config.json`);
    return { scopes, given: new Map(), shownAs: new Map() };
}

/**
 * SARIF gives one help page per rule for the whole log: the pages the configs' `ruleDocs` name when
 * every linted model agrees on them, else the project's own.
 */
function sarifRuleDocs(scopes: readonly ModelScope[]): (id: string) => string {
    const bases = new Set(scopes.map(scope => scope.config.overrides.ruleDocs));
    const config = resolveConfig(bases.size === 1 ? scopes[0].config.overrides : emptyOverrides());
    return id => config.docsUrl(id);
}

/** A file named on the command line but left out by a config's `ignores` is said, as ESLint warns of it. */
function noteIgnored(ignored: readonly string[], cwd: string): void {
    for (const file of ignored) process.stderr.write(`revorg: ${relativePath(file, cwd)} is not linted: the "ignores" of its revorg.config.json leave it out\n`);
}

interface ScopeOutcome {
    files: FileDiagnostics[];
    fixed: Map<string, string>;
    applied: number;
    refused: string[];
    timings: LintTimings;
}

async function lintScope(scope: ModelScope, input: LintInput, ruleFlags: RuleOverrides, options: LintOptions, cwd: string): Promise<ScopeOutcome> {
    const readStarted = performance.now();
    const sources = await readSources(scope.files, cwd, input.given);
    const readMs = performance.now() - readStarted;
    const reported = (files: readonly FileDiagnostics[]) => files.filter(file => scope.reported.has(file.path));
    if (!options.fix && !options.fixDryRun) {
        const outcome = await lintSources(sources, scope.config.overrides, ruleFlags);
        return { files: reported(outcome.files), fixed: new Map(), applied: 0, refused: [], timings: { ...outcome.timings, readMs } };
    }
    // Only the files asked about are fixed: the rest of the model is read, never written.
    const fixing = await fixModel(sources, { config: resolveConfig(scope.config.overrides, ruleFlags), files: scope.reported });
    return {
        files: reported(fixing.outcome.files),
        fixed: fixing.fixed,
        applied: fixing.applied.length,
        refused: fixing.refused.map(fix => `${fix.ruleId} (${fix.title})`),
        timings: { ...fixing.outcome.timings, readMs },
    };
}

/** Runs the command and returns its exit code. */
export async function lint(paths: string[], options: LintOptions, version: string): Promise<number> {
    const cwd = process.cwd();
    const ruleFlags = parseRuleFlags(options.rule);
    const stdin = checkFlagCombinations(paths, options);
    const input = stdin ? await stdinInput(options, cwd) : await pathsInput(paths, options, cwd);

    const started = performance.now();
    const files: FileDiagnostics[] = [];
    const fixed = new Map<string, string>();
    const timings: LintTimings = { readMs: 0, parseMs: 0, linkMs: 0, validateMs: 0 };
    let applied = 0;
    const refused: string[] = [];
    for (const scope of input.scopes) {
        const outcome = await lintScope(scope, input, ruleFlags, options, cwd);
        files.push(...outcome.files);
        for (const [file, text] of outcome.fixed) fixed.set(file, text);
        applied += outcome.applied;
        refused.push(...outcome.refused);
        for (const phase of ['readMs', 'parseMs', 'linkMs', 'validateMs'] as const) timings[phase] += outcome.timings[phase];
    }
    if (options.fix) await Promise.all([...fixed].map(([file, text]) => writeFile(file, text, 'utf8')));
    if (options.fix || options.fixDryRun) {
        const verb = options.fix ? 'fixed' : 'would fix';
        if (applied > 0) process.stderr.write(`revorg: ${verb} ${applied} ${applied === 1 ? 'problem' : 'problems'} in ${fixed.size} ${fixed.size === 1 ? 'file' : 'files'}\n`);
        for (const fix of refused) process.stderr.write(`revorg: left a fix of ${fix} unapplied: it would add an error\n`);
    }

    const results = toResults(files, cwd, { quiet: options.quiet, fixed: options.fixDryRun ? fixed : undefined, shownAs: input.shownAs });

    // picocolors' own detection, as ESLint's: NO_COLOR, then FORCE_COLOR, then a terminal (or CI). A report written to a file is plain unless --color says otherwise.
    const colors = pc.createColors(options.color ?? (options.output === undefined && pc.isColorSupported));
    const report = options.format === 'json' ? formatJson(results)
        : options.format === 'sarif' ? formatSarif(results, version, sarifRuleDocs(input.scopes))
            : options.format === 'github' ? formatGithub(results)
                : options.format === 'junit' ? formatJunit(results)
                    : formatStylish(results, colors);
    await writeOutput(report, options.output, cwd);

    if (options.timing) {
        const total = performance.now() - started;
        const row = (label: string, ms: number) => `  ${label.padEnd(10)} ${ms.toFixed(1).padStart(8)} ms`;
        const modelFiles = input.scopes.reduce((sum, scope) => sum + scope.files.length, 0);
        process.stderr.write([
            `timing (${modelFiles} files):`,
            row('read', timings.readMs), row('parse', timings.parseMs), row('link', timings.linkMs), row('validate', timings.validateMs),
            row('lint', total), row('process', performance.now()),
        ].join('\n') + '\n');
    }

    // Counted before --quiet hides the warnings, as ESLint counts them: `-q --max-warnings 0` still fails on a warning.
    const sum = options.quiet ? totals(toResults(files, cwd, { quiet: false })) : totals(results);
    if (sum.errors > 0) return 1;
    if (options.maxWarnings !== undefined && sum.warnings > options.maxWarnings) {
        process.stderr.write(`revorg: ${sum.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
        return 1;
    }
    return 0;
}
