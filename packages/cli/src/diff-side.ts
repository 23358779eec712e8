/**
 * One version of the model for `revorg diff`, read, built and checked the way every describing
 * command builds its model (model-input.ts), then reduced to what the diff compares: the model
 * export and the findings, plus how completely it was read.
 *
 * The old version is read and built in a worker thread (diff-worker.ts) while this thread reads
 * and builds the new one, whose facts it keeps to draw the org chart. Measured at 10k roles on the
 * 2-core development machine, that gains little (3.9-4.2 s against 3.8-3.9 s one after the other,
 * for 1.2 s more CPU): the two builds compete with each other and with the garbage collector;
 * with cores to spare they overlap. Each thread reads its own files, so neither waits for the
 * other's; the worker's reply crosses as one JSON text, which is quicker to write and read than a
 * structured clone of the same data (it is JSON data by its schema). Where no worker can be
 * started, both are built here, one after the other.
 */
import { diffModels, exportModel, modelFindings, type DiffVersion, type ModelDiff, type ModelExport } from '@revorg/insights';
import type { RuleOverrides } from '@revorg/language';
import type { ModelSource } from '@revorg/language/node';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildModel, readModelFiles, type LoadedModel, type SkippedFile } from './model-input.js';
import { UsageError } from './usage-error.js';

export interface VersionRequest {
    /** Where the version's files are: paths on disk, read by the thread that builds it, or the texts themselves (a git revision). */
    files: { paths: string[] } | { sources: ModelSource[] };
    overrides: RuleOverrides;
    cwd: string;
    /** The version in a one-line error: `the old model (old/)`. */
    what: string;
    /** The version in the diff: a path, a git revision, `working tree`. */
    label: string;
}

export type VersionReply = { ok: true; version: DiffVersion } | { ok: false; usage: boolean; message: string };

/** The version's texts; a path that cannot be read is a usage error that names the version. */
async function readVersion(request: VersionRequest): Promise<{ sources: ModelSource[]; unreadable: SkippedFile[] }> {
    if ('sources' in request.files) return { sources: request.files.sources, unreadable: [] };
    try {
        return await readModelFiles(request.files.paths, request.cwd);
    } catch (error) {
        if (error instanceof UsageError) throw new UsageError(`${request.what}: ${error.message}`);
        throw error;
    }
}

export async function buildVersion(request: VersionRequest): Promise<{ version: DiffVersion; loaded: LoadedModel }> {
    const { sources, unreadable } = await readVersion(request);
    const loaded = await buildModel(sources, request.overrides, request.cwd, request.what, unreadable);
    return {
        loaded,
        version: {
            input: { label: request.label, files: sources.length, skipped: loaded.unreadable, syntaxErrors: loaded.syntaxErrors },
            model: exportModel(loaded.facts, loaded.locator),
            findings: modelFindings(loaded.outcome.documents, loaded.locator),
        },
    };
}

/** A worker thread that builds one version; started early, so that it loads its code while the files are read. */
class VersionWorker {
    private readonly worker: Worker;
    /** The reply as JSON text (see the module comment). */
    private readonly reply: Promise<string>;

    constructor(entry: URL) {
        this.worker = new Worker(entry);
        this.reply = new Promise((resolve, reject) => {
            this.worker.once('message', resolve);
            this.worker.once('error', reject);
            this.worker.once('exit', code => reject(new Error(`the worker building the old model stopped (exit code ${code})`)));
        });
        // Settled by build(); until then a failure must not be an unhandled rejection.
        this.reply.catch(() => undefined);
    }

    async build(request: VersionRequest): Promise<DiffVersion> {
        this.worker.postMessage(request);
        const reply = JSON.parse(await this.reply) as VersionReply;
        if (reply.ok) return reply.version;
        throw reply.usage ? new UsageError(reply.message) : new Error(reply.message);
    }

    async stop(): Promise<void> {
        await this.worker.terminate();
    }
}

export interface BuiltVersions {
    diff: ModelDiff;
    /** The new version's model, for its org chart. */
    latest: LoadedModel;
    /** The new version as data, for choosing what of the chart to draw. */
    latestExport: ModelExport;
}

/**
 * Builds both versions, the old one in a worker from `workerEntry` when it exists, and diffs them.
 * The old version's request is awaited first (reading a git revision fails fast on an unknown
 * one); when both builds fail, the old version's problem is reported: one line, always the same.
 */
export async function buildAndDiff(before: Promise<VersionRequest>, after: VersionRequest, workerEntry: URL | undefined): Promise<BuiltVersions> {
    // Started before the old version is read from git, so that it loads its code meanwhile.
    const worker = workerEntry && existsSync(fileURLToPath(workerEntry)) ? new VersionWorker(workerEntry) : undefined;
    try {
        const oldRequest = await before;
        if (!worker) {
            const old = await buildVersion(oldRequest);
            const latest = await buildVersion(after);
            return { diff: diffModels(old.version, latest.version), latest: latest.loaded, latestExport: latest.version.model };
        }
        const [old, latest] = await Promise.allSettled([worker.build(oldRequest), buildVersion(after)]);
        if (old.status === 'rejected') throw old.reason;
        if (latest.status === 'rejected') throw latest.reason;
        return { diff: diffModels(old.value, latest.value.version), latest: latest.value.loaded, latestExport: latest.value.version.model };
    } finally {
        await worker?.stop();
    }
}
