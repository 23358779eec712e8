/**
 * `revorg init [dir]`: starts a model in a folder (default the working directory, created when
 * missing): a starter org.revorg that lints clean, a revorg.config.json whose `$schema` lets an
 * editor complete and check it, and a GitHub workflow that lints every pull request with revorg's
 * action. It never overwrites (CLI.md): when one of those files exists it writes none of them,
 * names the ones in the way, and exits 2.
 */
import { lstat, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { UsageError } from '../usage-error.js';

/** A file init writes. */
interface PlannedFile {
    /** Absolute. */
    file: string;
    text: string;
    /** What it is for, in the summary printed after writing. */
    purpose: string;
}

/**
 * Where the build put the templates: dist/templates/ beside the bundle (packages/cli/scripts/bundle.mjs).
 * main.ts imports this module statically, so it is bundled into dist/revorg.mjs, which this URL is relative to.
 * The workflow's template is not kept under a .github folder, where it would read as this repository's own workflow.
 */
const TEMPLATES = new URL('./templates/', import.meta.url);

/** Whether something (a file, a folder, a broken link) is at the path; what cannot be looked at counts as there. */
async function exists(file: string): Promise<boolean> {
    return lstat(file).then(() => true, (error: NodeJS.ErrnoException) => error.code !== 'ENOENT');
}

async function readTemplate(name: string): Promise<string> {
    try {
        return await readFile(new URL(name, TEMPLATES), 'utf8');
    } catch (error) {
        throw new UsageError(`the starter files are not installed beside the CLI (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): rebuild it with npm run build`);
    }
}

/**
 * Where GitHub reads `.github/workflows` from: the root of the git repository the folder is in,
 * or, outside any, the folder itself (the repository to be). A workflow in a subfolder never runs.
 */
async function repositoryRoot(folder: string): Promise<string> {
    for (let current = folder; ; current = path.dirname(current)) {
        if (await exists(path.join(current, '.git'))) return current;
        if (path.dirname(current) === current) return folder;
    }
}

/** The workflow, linting the model's folder (relative to the repository's root, with `/`). */
function workflowFor(template: string, model: string): string {
    if (model === '.') return template;
    const text = template.replace(/^(\s+path: )\.$/m, `$1${JSON.stringify(model)}`);
    if (text === template) throw new Error('the workflow template has no `path: .` line to point at the model');
    return text;
}

/** A path as the user would type it from the working directory, with `/`. */
function shown(file: string, cwd: string): string {
    return path.relative(cwd, file).split(path.sep).join('/') || '.';
}

export async function init(dir: string | undefined, cwd: string): Promise<number> {
    const folder = path.resolve(cwd, dir ?? '.');
    const info = await stat(folder).catch(() => undefined);
    if (info && !info.isDirectory()) throw new UsageError(`not a folder: ${dir ?? '.'}`);
    const root = await repositoryRoot(folder);
    const model = path.relative(root, folder).split(path.sep).join('/') || '.';

    const [starter, config, workflow] = await Promise.all(['org.revorg', 'revorg.config.json', 'github-workflow.yml'].map(readTemplate));
    const planned: PlannedFile[] = [
        { file: path.join(folder, 'org.revorg'), text: starter, purpose: 'a starter model: replace the placeholders with your organization' },
        { file: path.join(folder, 'revorg.config.json'), text: config, purpose: 'rule settings; its $schema gives editors completion and checks' },
        { file: path.join(root, '.github', 'workflows', 'revorg.yml'), text: workflowFor(workflow, model), purpose: `lints ${model === '.' ? 'the model' : model} on every pull request with revorg's GitHub Action` },
    ];

    const inTheWay: string[] = [];
    for (const { file } of planned) if (await exists(file)) inTheWay.push(shown(file, cwd));
    if (inTheWay.length > 0) throw new UsageError(`init never overwrites, and ${inTheWay.join(', ')} ${inTheWay.length === 1 ? 'exists' : 'exist'}: nothing written`);

    // Every .revorg file under a folder with a revorg.config.json is one model: the starter's
    // organization would join an existing model's and duplicate it.
    const models = info ? await glob('**/*.revorg', { cwd: folder, dot: false, ignore: ['**/node_modules/**'], followSymbolicLinks: false }) : [];
    if (models.length > 0) {
        const first = shown(path.join(folder, models.sort()[0]), cwd);
        throw new UsageError(`${shown(folder, cwd)} already holds a model (${first}${models.length > 1 ? ` and ${models.length - 1} more` : ''}): init starts a new one, so nothing was written; add revorg.config.json and the workflow by hand instead`);
    }

    for (const { file, text } of planned) {
        try {
            await mkdir(path.dirname(file), { recursive: true });
            // 'wx': should a file appear since the check above, it is still not overwritten.
            await writeFile(file, text, { flag: 'wx' });
        } catch (error) {
            throw new UsageError(`cannot write ${shown(file, cwd)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        }
    }

    const width = Math.max(...planned.map(({ file }) => shown(file, cwd).length));
    const here = shown(folder, cwd);
    process.stdout.write([
        here === '.' ? 'Wrote a new revorg model here:' : `Wrote a new revorg model in ${here}:`,
        ...planned.map(({ file, purpose }) => `  ${shown(file, cwd).padEnd(width)}  ${purpose}`),
        '',
        'Next:',
        `  1. Edit ${shown(planned[0].file, cwd)}: your company's ARR and headcount, then its teams, roles, handoffs and KPIs.`,
        `  2. Run revorg lint${here === '.' ? '' : ` ${here}`}: each problem says what to add (revorg rules lists every check).`,
        '  3. Commit the three files: the workflow lints the model on every pull request from then on.',
        '',
    ].join('\n'));
    return 0;
}
