/**
 * The page's entry: it starts the language server's worker first, before the editor code is even
 * loaded. The worker's script is the largest file and its start the longest wait before the first
 * diagnostics, so it should not queue behind the page's own script; the rest of the page comes as
 * a second chunk (playground-page.ts) while the worker loads. A module worker: the layout engine
 * is a chunk it imports at the first diagram (scripts/esbuild-browser-worker.mjs).
 */
const worker = new Worker('server-worker.js', { type: 'module' });
void import('./playground-page.js').then(({ startPlayground }) => startPlayground(worker));
