/**
 * The `revorg` command line (CLI.md). Exit codes: 0 clean, 1 errors or too many warnings, 2 when
 * the command could not do its job (bad option, missing path, invalid config): one line on
 * stderr, nothing on stdout, and never a stack trace.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import type { DiffOptions } from './commands/diff.js';
import { EXPORT_ENTITIES, EXPORT_FORMATS, EXPORT_VIEWS, type ExportOptions } from './commands/export-options.js';
import type { FormatOptions } from './commands/format.js';
import { init } from './commands/init.js';
import { FORMATS, lint, type LintOptions } from './commands/lint.js';
import { THEMES, VIEWS, type RenderOptions } from './commands/render-options.js';
import { REPORT_FORMATS, type ReportOptions } from './commands/report-options.js';
import { listRules, ruleDocs } from './commands/rules.js';
import { UsageError } from './usage-error.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

function nonNegativeInteger(value: string): number {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of 0 or more.');
    return Number(value);
}

function collect(value: string, previous: string[]): string[] {
    return [...previous, value];
}

function program(): Command {
    const cli = new Command('revorg')
        .description('Revenue organizations as code: lint .revorg models, draw them, report on their health, review their changes and export them.')
        .version(version, '-v, --version', 'print the version')
        .helpOption('-h, --help', 'show help')
        .showSuggestionAfterError()
        .exitOverride()
        .configureOutput({
            // One line per problem: commander's suggestion goes on the same line as the error.
            outputError: (text, write) => write(`${text.trim().replace(/^error: /, 'revorg: ').replace(/\s*\n\s*\(Did you mean/g, ' (did you mean')}\n`),
        });

    cli.command('lint')
        .description('validate the model formed by every *.revorg file under the paths (default .)')
        .argument('[paths...]', 'files and directories to lint')
        .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
        .option('-o, --output <file>', 'write the report to a file instead of stdout')
        .option('-c, --config <file>', 'use this config instead of revorg.config.json')
        .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', nonNegativeInteger)
        .option('-q, --quiet', 'report errors only', false)
        .option('--rule <id=severity>', 'override a rule\'s severity (repeatable)', collect, [])
        .option('--timing', 'print the time spent reading, parsing, linking and validating to stderr', false)
        .option('--color', 'color the stylish report even when it is not printed to a terminal')
        .option('--no-color', 'never color the report (as NO_COLOR does)')
        .option('--fix', 'apply the preferred quick fixes to the files named, until none is left (never one that would add an error), then report what remains', false)
        .option('--fix-dry-run', 'as --fix, without writing: --format json carries each fixed file\'s new text as "output"', false)
        .option('--stdin', 'lint the text on stdin (also: revorg lint -)', false)
        .option('--stdin-filename <path>', 'with --stdin: the file the text is, linted inside its model with that file\'s config')
        .exitOverride()
        .action(async (paths: string[], options: LintOptions) => {
            process.exitCode = await lint(paths, options, version);
        });

    cli.command('format')
        .description('rewrite .revorg files in the canonical layout (the language server\'s formatter), printing the files it changed')
        .argument('[paths...]', 'files and directories to format (default .)')
        .option('--check', 'change nothing: list the files that are not formatted, and exit 1 if there is one', false)
        .option('--stdin', 'format the text on stdin and print it (also: revorg format -)', false)
        .exitOverride()
        .action(async (paths: string[], options: FormatOptions) => {
            const { format } = await import('./commands/format.js');
            process.exitCode = await format(paths, options);
        });

    cli.command('render')
        .description('lay the model out with ELK and write the org chart or the revenue flow as SVG')
        .argument('[paths...]', 'files and directories of the model')
        .addOption(new Option('--view <view>', 'which diagram').choices(VIEWS).default('org'))
        .option('-o, --output <file>', 'write the SVG to a file instead of stdout')
        .addOption(new Option('--theme <theme>', 'colors').choices(THEMES).default('light'))
        .option('-c, --config <file>', 'use this config instead of revorg.config.json (problems marked on the boxes follow it)')
        .exitOverride()
        .action(async (paths: string[], options: RenderOptions) => {
            // Loaded here, so that only render loads the layout engine.
            const { render } = await import('./commands/render.js');
            process.exitCode = await render(paths, options);
        });

    cli.command('report')
        .description('write the org-health scorecard: stage, Revenue Alignment Stack, maturity, headcount, handoffs, findings (exit 0 whatever the findings)')
        .argument('[paths...]', 'files and directories of the model')
        .addOption(new Option('-f, --format <format>', 'output format (html: one self-contained page)').choices(REPORT_FORMATS).default('md'))
        .option('-o, --output <file>', 'write the report to a file (creating missing folders) instead of stdout')
        .option('-c, --config <file>', 'use this config instead of revorg.config.json (the findings follow it)')
        .exitOverride()
        .action(async (paths: string[], options: ReportOptions) => {
            const { report } = await import('./commands/report.js');
            process.exitCode = await report(paths, options);
        });

    cli.command('diff')
        .description('what a change does to the org, for review: two models (revorg diff <old> <new>), or the working tree against a git revision (revorg diff --base <git-ref> [path])')
        .argument('[paths...]', '<old> <new>: two models, files or folders; with --base, the model\'s file or folder in the working tree (default .)')
        .option('--base <git-ref>', 'compare the working tree under the paths with the same paths at this git revision')
        .addOption(new Option('-f, --format <format>', 'output format: md, a pull-request comment; json, the data').choices(['md', 'json']).default('md'))
        .option('-o, --output <file>', 'write the diff to a file instead of stdout (missing folders are created)')
        .option('--svg <file>', 'with --format md: also draw the new org chart with the change marked, and link it')
        .addOption(new Option('--theme <theme>', 'colors of the --svg chart').choices(THEMES).default('light'))
        .option('-c, --config <file>', 'check both versions with this config instead of the working tree\'s revorg.config.json')
        .option('--fail-on-new-errors', 'exit 1 when the change introduces an error', false)
        .exitOverride()
        .action(async (paths: string[], options: DiffOptions) => {
            const { diff } = await import('./commands/diff.js');
            process.exitCode = await diff(paths, options);
        });

    cli.command('export')
        .description('write the model for other systems: JSON (all of it), CSV (one entity) or Mermaid (the org chart and the flow)')
        .argument('[paths...]', 'files and directories of the model')
        .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).default('json'))
        .addOption(new Option('--entity <entity>', 'csv: the rows (default roles)').choices(EXPORT_ENTITIES))
        .addOption(new Option('--view <view>', 'mermaid: one bare diagram instead of Markdown with both').choices(EXPORT_VIEWS))
        .option('-o, --output <file>', 'write to a file (missing folders are created) instead of stdout')
        .option('-c, --config <file>', 'use this config instead of revorg.config.json (the flow marks the handoffs its rules report)')
        .exitOverride()
        .action(async (paths: string[], options: ExportOptions) => {
            // Loaded here, so that only export loads the exporters.
            const { exportCommand } = await import('./commands/export.js');
            process.exitCode = await exportCommand(paths, options);
        });

    cli.command('rules')
        .description('list every rule: id, default severity, quick fix, description; with an id, print that rule\'s documentation')
        .argument('[id]', 'a rule id: print its documentation page')
        .addOption(new Option('-f, --format <format>', 'output format of the list').choices(['table', 'json']).default('table'))
        .exitOverride()
        .action(async (id: string | undefined, options: { format: 'table' | 'json' }) => {
            process.stdout.write(id === undefined ? listRules(options.format) : await ruleDocs(id));
        });

    cli.command('init')
        .description('start a model: a starter org.revorg, a revorg.config.json with its $schema and a GitHub workflow; never overwrites (exit 2 when one exists)')
        .argument('[dir]', 'the folder to write them in, created when missing (default .)')
        .exitOverride()
        .action(async (dir: string | undefined) => {
            process.exitCode = await init(dir, process.cwd());
        });

    return cli;
}

async function main(argv: string[]): Promise<void> {
    try {
        await program().parseAsync(argv);
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version are successes; everything else commander rejects is a usage error it already printed.
            process.exitCode = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
            return;
        }
        if (error instanceof UsageError) {
            process.stderr.write(`revorg: ${error.message}\n`);
            process.exitCode = 2;
            return;
        }
        process.stderr.write(`revorg: internal error: ${(error as Error)?.message ?? String(error)}\n`);
        process.exitCode = 2;
    }
}

await main(process.argv);
