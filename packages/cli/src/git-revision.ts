/**
 * The model as it was at a git revision, for `revorg diff --base <ref> [paths]`: the `.revorg` files
 * under the same paths at that revision, read from git without touching the working tree.
 *
 * Which files: `git ls-tree -r <commit> -- <paths>` from the repository's root, with the paths
 * taken literally (no glob magic), and the same filter as on disk (files.ts): `*.revorg`, nothing
 * under a dot-folder or node_modules below a named folder, no symlinks. Their texts come from one
 * `git cat-file --batch` (what `git show <ref>:<path>` prints, for every file in one process rather
 * than one process a file). A file added since the revision is simply not in it.
 *
 * git runs with argument arrays, never through a shell, so no ref or path is ever interpreted.
 */
import type { ModelSource } from '@revorg/language/node';
import { spawn } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './usage-error.js';

interface GitResult {
    code: number;
    stdout: Buffer;
    stderr: string;
}

function git(args: readonly string[], cwd: string, input?: string): Promise<GitResult> {
    return new Promise((resolve, reject) => {
        const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
        child.on('error', error => {
            reject((error as NodeJS.ErrnoException).code === 'ENOENT' ? new UsageError('--base reads the old model with git, and git is not installed') : error);
        });
        child.on('close', code => resolve({ code: code ?? 1, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') }));
        // git may exit before reading all of its input (an unknown object): that is its answer, not an error here.
        child.stdin.on('error', () => undefined);
        child.stdin.end(input);
    });
}

function failed(what: string, result: GitResult): Error {
    return new Error(`${what} failed: ${result.stderr.trim() || `git exited with ${result.code}`}`);
}

/** The repository's root, as git names it (symlinks resolved), or a usage error outside a repository. */
async function repositoryRoot(cwd: string): Promise<string> {
    const result = await git(['rev-parse', '--show-toplevel'], cwd);
    if (result.code !== 0) throw new UsageError(`--base compares with a git revision, and ${cwd} is not in a git repository`);
    return result.stdout.toString('utf8').trim();
}

/** The commit a revision names, or a usage error when it names none. */
async function commitOf(ref: string, root: string): Promise<string> {
    const result = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
    if (result.code !== 0) throw new UsageError(`unknown git revision: ${ref}`);
    return result.stdout.toString('utf8').trim();
}

interface TreeEntry {
    mode: string;
    type: string;
    object: string;
    /** From the repository's root, `/`-separated. */
    path: string;
}

/** `git ls-tree -z` output: `<mode> <type> <object>\t<path>`, NUL-terminated. */
function parseTree(output: Buffer): TreeEntry[] {
    const entries: TreeEntry[] = [];
    for (const line of output.toString('utf8').split('\0')) {
        const tab = line.indexOf('\t');
        if (tab < 0) continue;
        const [mode, type, object] = line.slice(0, tab).split(' ');
        entries.push({ mode, type, object, path: line.slice(tab + 1) });
    }
    return entries;
}

/** Whether the path is one `files.ts` would read under this pathspec: a `.revorg` file, not under a dot-folder or node_modules below it. */
function isModelFile(file: string, pathspec: string): boolean {
    if (!file.endsWith('.revorg')) return false;
    if (file === pathspec) return true;
    const below = pathspec === '.' ? file : file.startsWith(`${pathspec}/`) ? file.slice(pathspec.length + 1) : undefined;
    if (below === undefined) return false;
    return below.split('/').every(segment => !segment.startsWith('.') && segment !== 'node_modules');
}

/** `git cat-file --batch` output: per object `<object> blob <size>\n<bytes>\n`, or `<object> missing\n`. */
function parseBlobs(output: Buffer, objects: readonly string[]): string[] {
    const texts: string[] = [];
    let offset = 0;
    for (const object of objects) {
        const headerEnd = output.indexOf(0x0a, offset);
        if (headerEnd < 0) throw new Error(`git cat-file gave no answer for ${object}`);
        const [, type, size] = output.subarray(offset, headerEnd).toString('utf8').split(' ');
        if (type !== 'blob') throw new Error(`git cat-file: ${object} is ${type ?? 'missing'}`);
        const start = headerEnd + 1;
        const end = start + Number(size);
        texts.push(output.subarray(start, end).toString('utf8'));
        offset = end + 1;
    }
    return texts;
}

/**
 * The model files under `paths` (relative to `cwd`, default `.`) as they were at `ref`, each with the
 * path it has in the working tree, so both versions name their files alike.
 */
export async function readRevision(ref: string, paths: readonly string[], cwd: string): Promise<ModelSource[]> {
    const root = await repositoryRoot(cwd);
    const commit = await commitOf(ref, root);
    // git resolves symlinks in the root; the working directory may be reached through one.
    const realCwd = await realpath(cwd);
    const rootSeenFromCwd = path.resolve(cwd, path.relative(realCwd, root));
    const pathspecs = (paths.length > 0 ? paths : ['.']).map(given => {
        const relative = path.relative(root, path.resolve(realCwd, given));
        if (relative.startsWith('..') || path.isAbsolute(relative)) throw new UsageError(`${given} is outside the git repository (${root})`);
        return relative === '' ? '.' : relative.split(path.sep).join('/');
    });

    const listed = await git(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', commit, '--', ...pathspecs], root);
    if (listed.code !== 0) throw failed(`git ls-tree ${ref}`, listed);
    const files = parseTree(listed.stdout)
        .filter(entry => entry.type === 'blob' && entry.mode !== '120000' && pathspecs.some(pathspec => isModelFile(entry.path, pathspec)))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (files.length === 0) return [];

    const objects = files.map(file => file.object);
    const read = await git(['cat-file', '--batch'], root, `${objects.join('\n')}\n`);
    if (read.code !== 0) throw failed(`git cat-file ${ref}`, read);
    const texts = parseBlobs(read.stdout, objects);
    return files.map((file, index) => ({ path: path.join(rootSeenFromCwd, ...file.path.split('/')), text: texts[index] }));
}
