/** `revorg lint [paths...]`: validate the model formed by the files and print the report. */
import { checkSeverity, emptyOverrides, type RuleOverrides } from '@revorg/language';
import { lintFiles, UnreadableFileError } from '@revorg/language/node';
import path from 'node:path';
import pc from 'picocolors';
import { findConfigFile, loadConfigFile } from '../config-file.js';
import { collectRevorgFiles } from '../files.js';
import { formatGithub } from '../formatters/github.js';
import { formatJson } from '../formatters/json.js';
import { formatJunit } from '../formatters/junit.js';
import { formatSarif } from '../formatters/sarif.js';
import { formatStylish } from '../formatters/stylish.js';
import { writeOutput } from '../output-file.js';
import { toResults, totals } from '../results.js';
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
}

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

/** Runs the command and returns its exit code. */
export async function lint(paths: string[], options: LintOptions, version: string): Promise<number> {
    const cwd = process.cwd();
    const targets = paths.length > 0 ? paths : ['.'];
    const ruleFlags = parseRuleFlags(options.rule);
    const configFile = await findConfigFile(options.config, targets, cwd);
    const configured = await loadConfigFile(configFile, cwd);
    const files = await collectRevorgFiles(targets, cwd);

    const started = performance.now();
    let outcome;
    try {
        outcome = await lintFiles(files, configured, ruleFlags);
    } catch (error) {
        if (error instanceof UnreadableFileError) throw new UsageError(`${error.message.replace(error.path, path.relative(cwd, error.path) || error.path)}`);
        throw error;
    }
    const results = toResults(outcome.files, cwd, { quiet: options.quiet });

    // picocolors' own detection, as ESLint's: NO_COLOR, then FORCE_COLOR, then a terminal (or CI). A report written to a file is plain unless --color says otherwise.
    const colors = pc.createColors(options.color ?? (options.output === undefined && pc.isColorSupported));
    const report = options.format === 'json' ? formatJson(results)
        : options.format === 'sarif' ? formatSarif(results, version)
            : options.format === 'github' ? formatGithub(results)
                : options.format === 'junit' ? formatJunit(results)
                    : formatStylish(results, colors);
    await writeOutput(report, options.output, cwd);

    if (options.timing) {
        const { readMs, parseMs, linkMs, validateMs } = outcome.timings;
        const total = performance.now() - started;
        const row = (label: string, ms: number) => `  ${label.padEnd(10)} ${ms.toFixed(1).padStart(8)} ms`;
        process.stderr.write([
            `timing (${files.length} files):`,
            row('read', readMs), row('parse', parseMs), row('link', linkMs), row('validate', validateMs),
            row('lint', total), row('process', performance.now()),
        ].join('\n') + '\n');
    }

    // Counted before --quiet hides the warnings, as ESLint counts them: `-q --max-warnings 0` still fails on a warning.
    const sum = options.quiet ? totals(toResults(outcome.files, cwd, { quiet: false })) : totals(results);
    if (sum.errors > 0) return 1;
    if (options.maxWarnings !== undefined && sum.warnings > options.maxWarnings) {
        process.stderr.write(`revorg: ${sum.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
        return 1;
    }
    return 0;
}
