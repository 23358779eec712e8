/**
 * `revorg diff <old> <new>` and `revorg diff --base <git-ref> [path]`: what a change does to the
 * org, for review (docs/diff.md). Two models given as paths, or the working tree under one path
 * (default .) against the same path at a git revision; `--base` with two paths is a usage error, as
 * it mixes the two forms. Both are checked with the same config: `--config`, else
 * the working tree's (the new model's) revorg.config.json.
 *
 * A version with syntax errors is compared on what parses, and stderr and the output say which
 * version had which; an empty version, a missing path, not a git repository or an unknown revision
 * is exit 2 with one line. Exit 0 whether the models differ or not; 1 with `--fail-on-new-errors`
 * when the change introduces an error finding.
 *
 * `--svg FILE` (Markdown only: a JSON consumer draws its own pictures, so with `--format json` it
 * is a usage error rather than silently ignored) draws the new version's org chart with the change
 * marked, and the Markdown links it by its path relative to the Markdown file.
 */
import { chartFocus, chartMarks, formatDiffMarkdown, type MarkdownOptions } from '@revorg/insights';
import path from 'node:path';
import { buildAndDiff, type BuiltVersions, type VersionRequest } from '../diff-side.js';
import { readRevision } from '../git-revision.js';
import { modelConfig, warnAboutInput } from '../model-input.js';
import { writeFileCreatingFolders, writeOutput } from '../output-file.js';
import { UsageError } from '../usage-error.js';

export interface DiffOptions {
    base?: string;
    format: 'md' | 'json';
    output?: string;
    svg?: string;
    theme: 'light' | 'dark';
    config?: string;
    failOnNewErrors: boolean;
}

interface Version {
    side: 'old' | 'new';
    /** What is read: paths in the working tree, or at a git revision. */
    paths: string[];
    revision?: string;
    label: string;
    what: string;
}

/** The two versions the arguments name. */
function versionsOf(paths: readonly string[], base: string | undefined): [Version, Version] {
    if (base !== undefined) {
        // Two paths with --base read as `<old> <new>` and a revision at once: refuse rather than guess which was meant.
        if (paths.length > 1) throw new UsageError(`--base compares the working tree with a git revision: give one path (the model's file or folder, default .), not ${paths.length} (revorg diff <old> <new> compares two paths, without --base)`);
        const targets = paths.length > 0 ? [...paths] : ['.'];
        const where = targets.join(', ');
        return [
            { side: 'old', paths: targets, revision: base, label: base, what: `the old model (${base}: ${where})` },
            { side: 'new', paths: targets, label: 'working tree', what: `the new model (working tree: ${where})` },
        ];
    }
    if (paths.length !== 2) {
        throw new UsageError(`diff compares two models: revorg diff <old> <new>, or the working tree with a git revision: revorg diff --base <git-ref> [paths] (got ${paths.length === 0 ? 'no path' : paths.length === 1 ? 'one path' : `${paths.length} paths`})`);
    }
    return [
        { side: 'old', paths: [paths[0]], label: paths[0], what: `the old model (${paths[0]})` },
        { side: 'new', paths: [paths[1]], label: paths[1], what: `the new model (${paths[1]})` },
    ];
}

/** What builds the version: its paths on disk, or its files' texts read from git here. */
async function request(version: Version, overrides: VersionRequest['overrides'], cwd: string): Promise<VersionRequest> {
    const common = { overrides, cwd, what: version.what, label: version.label };
    if (version.revision !== undefined) return { ...common, files: { sources: await readRevision(version.revision, version.paths, cwd) } };
    return { ...common, files: { paths: version.paths } };
}

/**
 * Draws the new version's org chart with the change marked (in a large model, only the part the
 * change touches: chartFocus); the Markdown's note about it.
 */
async function drawChart(built: BuiltVersions, options: DiffOptions & { svg: string }, cwd: string, warn: (line: string) => void): Promise<MarkdownOptions['chart']> {
    const { facts } = built.latest;
    // Loaded here, so that only a diff that draws loads the layout engine.
    const { drawDiagram, nothingToDraw } = await import('@revorg/diagram');
    const only = chartFocus(built.diff, built.latestExport);
    const missing = nothingToDraw(facts, 'org') ? 'the new model has no role to draw' : only?.size === 0 ? 'the change touches no role, and the new model is too large to draw whole' : undefined;
    if (missing) {
        warn(`revorg: no org chart written to ${options.svg}: ${missing}`);
        return { missing };
    }
    // No source positions in the picture: they are the author's file URIs, of no use beside a pull request.
    const svg = await drawDiagram(facts, 'org', { theme: options.theme, marks: chartMarks(built.diff), only, locate: () => undefined });
    await writeFileCreatingFolders(options.svg, svg, cwd);
    const besideComment = options.output ? path.dirname(path.resolve(cwd, options.output)) : cwd;
    const relative = path.relative(besideComment, path.resolve(cwd, options.svg)).split(path.sep).join('/');
    return only ? { path: relative, part: { roles: only.size, of: built.latestExport.roles.length } } : { path: relative };
}

export async function diff(paths: string[], options: DiffOptions): Promise<number> {
    const cwd = process.cwd();
    const [before, after] = versionsOf(paths, options.base);
    if (options.svg !== undefined && options.format !== 'md') throw new UsageError('--svg draws the org chart that the Markdown comment links to: use it with --format md');
    if (options.svg !== undefined && !/\.svg$/i.test(options.svg)) throw new UsageError(`cannot write ${options.svg}: the org chart is SVG (give the file a .svg name)`);

    const overrides = await modelConfig(options.config, after.paths, cwd);
    const newRequest = await request(after, overrides, cwd);
    const built = await buildAndDiff(request(before, overrides, cwd), newRequest);
    const result = built.diff;

    const warn = (line: string): void => { process.stderr.write(`${line}\n`); };
    for (const [version, input] of [[before, result.old], [after, result.new]] as const) {
        // model-input's lines, with the version they are about.
        warnAboutInput({ unreadable: input.skipped, syntaxErrors: input.syntaxErrors }, line => warn(line.replace(/^revorg: /, `revorg: ${version.side} model: `)));
    }

    let text: string;
    if (options.format === 'json') {
        text = `${JSON.stringify(result, null, 2)}\n`;
    } else {
        const chart = options.svg === undefined ? undefined : await drawChart(built, { ...options, svg: options.svg }, cwd, warn);
        text = formatDiffMarkdown(result, { chart });
    }
    await writeOutput(text, options.output, cwd);
    return options.failOnNewErrors && result.summary.introduced.errors > 0 ? 1 : 0;
}
