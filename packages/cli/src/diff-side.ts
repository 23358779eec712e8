/**
 * The two versions of the model for `revorg diff`, read, built and checked the way every
 * describing command builds its model (model-input.ts), each reduced to what the diff compares:
 * the model export and the findings, plus how completely it was read.
 *
 * Both versions are built in one workspace: the old version first, then the same workspace moved
 * to the new version's texts (SourceWorkspace.update), so that only the files the change touched
 * are parsed again and only what refers to them is linked again, as in the editor after an edit.
 * A change touches a few files of a large model: at 10k roles in 501 files the second build takes
 * about a tenth of the first, where building both from scratch took twice the time of one (and
 * building them in two threads gained nothing on two cores). For that, the old version's files
 * are built at the paths of the new version's files in the same place (`old/team.revorg` at
 * `new/team.revorg`), and shown under their own paths.
 */
import { diffModels, exportModel, modelFindings, type DiffVersion, type ModelDiff, type ModelExport } from '@revorg/insights';
import type { RuleOverrides } from '@revorg/language';
import { SourceWorkspace, type ModelSource } from '@revorg/language/node';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { checkedModel, noSourcesError, readModelFiles, type LoadedModel, type SkippedFile } from './model-input.js';
import { relativePath } from './results.js';
import { UsageError } from './usage-error.js';

export interface VersionRequest {
    /** Where the version's files are: paths on disk, or the texts themselves (a git revision, at the paths they have in the working tree). */
    files: { paths: string[] } | { sources: ModelSource[] };
    overrides: RuleOverrides;
    cwd: string;
    /** The version in a one-line error: `the old model (old/)`. */
    what: string;
    /** The version in the diff: a path, a git revision, `working tree`. */
    label: string;
}

interface VersionFiles {
    sources: ModelSource[];
    unreadable: SkippedFile[];
}

/** The version's texts; a path that cannot be read, or a version with no file to build, is a usage error that names the version. */
async function readVersion(request: VersionRequest): Promise<VersionFiles> {
    if ('sources' in request.files) {
        if (request.files.sources.length === 0) throw noSourcesError(request.what, []);
        return { sources: request.files.sources, unreadable: [] };
    }
    let files: VersionFiles;
    try {
        files = await readModelFiles(request.files.paths, request.cwd);
    } catch (error) {
        if (error instanceof UsageError) throw new UsageError(`${request.what}: ${error.message}`);
        throw error;
    }
    if (files.sources.length === 0) throw noSourcesError(request.what, files.unreadable);
    return files;
}

async function isDirectory(file: string): Promise<boolean> {
    try {
        return (await stat(file)).isDirectory();
    } catch {
        return false;
    }
}

/**
 * Where an old file is built: the path of the new version's file in the same place. A git
 * revision's files already have their working-tree paths; two folders pair their files by the path
 * inside them, and two files pair with each other. Anything else keeps its own path (the new
 * version is then parsed whole, which is still correct).
 */
async function placeOfOldFiles(before: VersionRequest, after: VersionRequest): Promise<(file: string) => string> {
    const same = (file: string) => file;
    if (!('paths' in before.files) || !('paths' in after.files)) return same;
    if (before.files.paths.length !== 1 || after.files.paths.length !== 1) return same;
    const oldRoot = path.resolve(before.cwd, before.files.paths[0]);
    const newRoot = path.resolve(after.cwd, after.files.paths[0]);
    const [oldIsFolder, newIsFolder] = await Promise.all([isDirectory(oldRoot), isDirectory(newRoot)]);
    if (oldIsFolder && newIsFolder) return file => path.join(newRoot, path.relative(oldRoot, file));
    if (!oldIsFolder && !newIsFolder) return file => (file === oldRoot ? newRoot : file);
    return same;
}

function versionOf(request: VersionRequest, files: VersionFiles, loaded: LoadedModel): DiffVersion {
    return {
        input: { label: request.label, files: files.sources.length, skipped: loaded.unreadable, syntaxErrors: loaded.syntaxErrors },
        model: exportModel(loaded.facts, loaded.locator),
        findings: modelFindings(loaded.outcome.documents, loaded.locator),
    };
}

export interface BuiltVersions {
    diff: ModelDiff;
    /** The new version's model, for its org chart. */
    latest: LoadedModel;
    /** The new version as data, for choosing what of the chart to draw. */
    latestExport: ModelExport;
}

/**
 * Reads both versions (the old one's problem is reported first: a git revision that does not
 * exist fails before anything is built), builds the old one, moves the workspace to the new one,
 * and diffs them. Both are checked with the same config, the old request's.
 */
export async function buildAndDiff(before: Promise<VersionRequest>, after: VersionRequest): Promise<BuiltVersions> {
    const oldRequest = await before;
    const oldFiles = await readVersion(oldRequest);
    const newFiles = await readVersion(after);

    const placeOf = await placeOfOldFiles(oldRequest, after);
    const shownAs = new Map<string, string>();
    const placed = oldFiles.sources.map(source => {
        const at = placeOf(source.path);
        shownAs.set(at, relativePath(source.path, oldRequest.cwd));
        return { path: at, text: source.text };
    });
    const { workspace, outcome } = await SourceWorkspace.build(placed, { indexReferences: true }, oldRequest.overrides);
    const oldModel = checkedModel(outcome, {
        cwd: oldRequest.cwd,
        what: oldRequest.what,
        unreadable: oldFiles.unreadable,
        fileOf: file => shownAs.get(file) ?? relativePath(file, oldRequest.cwd),
    });
    // Taken before the workspace moves on: from then on its documents are the new version's.
    const old = versionOf(oldRequest, oldFiles, oldModel);

    const latest = checkedModel(await workspace.update(newFiles.sources), { cwd: after.cwd, what: after.what, unreadable: newFiles.unreadable });
    const latestVersion = versionOf(after, newFiles, latest);
    return { diff: diffModels(old, latestVersion), latest, latestExport: latestVersion.model };
}
