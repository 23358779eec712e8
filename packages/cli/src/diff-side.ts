/**
 * One version of the model for `revorg diff`, built and checked the way every describing command
 * builds its model (model-input.ts), then reduced to what the diff compares: the model export and
 * the findings, plus how completely it was read.
 *
 * Two builds one after the other took about 3.6 s at 10k roles, so the old version is built in a
 * worker thread (diff-worker.ts) while this thread builds the new one, whose facts it keeps to draw
 * the org chart. Where no worker can be started, both are built here, one after the other.
 */
import { diffModels, exportModel, modelFindings, type DiffVersion, type ModelDiff } from '@revorg/insights';
import type { RuleOverrides } from '@revorg/language';
import type { ModelSource } from '@revorg/language/node';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildModel, type LoadedModel, type SkippedFile } from './model-input.js';
import { UsageError } from './usage-error.js';

export interface VersionRequest {
    sources: ModelSource[];
    unreadable: SkippedFile[];
    overrides: RuleOverrides;
    cwd: string;
    /** The version in a one-line error: `the old model (old/)`. */
    what: string;
    /** The version in the diff: a path, a git revision, `working tree`. */
    label: string;
}

export type VersionReply = { ok: true; version: DiffVersion } | { ok: false; usage: boolean; message: string };

export async function buildVersion(request: VersionRequest): Promise<{ version: DiffVersion; loaded: LoadedModel }> {
    const loaded = await buildModel(request.sources, request.overrides, request.cwd, request.what, request.unreadable);
    return {
        loaded,
        version: {
            input: { label: request.label, files: request.sources.length, skipped: loaded.unreadable, syntaxErrors: loaded.syntaxErrors },
            model: exportModel(loaded.facts, loaded.locator),
            findings: modelFindings(loaded.outcome.documents, loaded.locator),
        },
    };
}

/** A worker thread that builds one version; started early, so that it loads its code while the files are read. */
class VersionWorker {
    private readonly worker: Worker;
    private readonly reply: Promise<VersionReply>;

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
        const reply = await this.reply;
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
}

/**
 * Builds both versions (the old one in a worker from `workerEntry` when it exists, started before
 * the files are read so that it loads meanwhile) and diffs them. When both fail, the old version's
 * problem is reported: one line, and always the same one.
 */
export async function buildAndDiff(requests: Promise<[VersionRequest, VersionRequest]>, workerEntry: URL | undefined): Promise<BuiltVersions> {
    const worker = workerEntry && existsSync(fileURLToPath(workerEntry)) ? new VersionWorker(workerEntry) : undefined;
    try {
        const [before, after] = await requests;
        if (!worker) {
            const old = await buildVersion(before);
            const latest = await buildVersion(after);
            return { diff: diffModels(old.version, latest.version), latest: latest.loaded };
        }
        const [old, latest] = await Promise.allSettled([worker.build(before), buildVersion(after)]);
        if (old.status === 'rejected') throw old.reason;
        if (latest.status === 'rejected') throw latest.reason;
        return { diff: diffModels(old.value, latest.value.version), latest: latest.value.loaded };
    } finally {
        await worker?.stop();
    }
}
