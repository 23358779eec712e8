/**
 * The worker thread of `revorg diff`: builds the old version of the model while the main thread
 * builds the new one (diff-side.ts). Its own bundle entry (scripts/bundle.mjs), beside the CLI's.
 */
import { parentPort } from 'node:worker_threads';
import { buildVersion, type VersionReply, type VersionRequest } from './diff-side.js';
import { UsageError } from './usage-error.js';

parentPort?.once('message', (request: VersionRequest) => {
    // As JSON text: quicker across threads than a structured clone of the same data (diff-side.ts).
    const reply = (message: VersionReply): void => parentPort?.postMessage(JSON.stringify(message));
    buildVersion(request).then(
        ({ version }) => reply({ ok: true, version }),
        (error: unknown) => reply({ ok: false, usage: error instanceof UsageError, message: error instanceof Error ? error.message : String(error) }),
    );
});
