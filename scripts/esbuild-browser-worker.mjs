// The esbuild settings of what revorg runs in a browser, shared by every bundle of it. Nothing may
// come from Node: `platform: 'browser'` makes an import of a Node module fail the build, and
// test/browser-bundle.test.ts checks the results.
/** @type {import('esbuild').BuildOptions} */
const BROWSER_BUNDLE = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    // Prefer the ES module builds of dependencies (jsonc-parser's UMD build cannot be bundled).
    mainFields: ['browser', 'module', 'main'],
    logLevel: 'warning',
};

// The language server's web worker (packages/server/src/browser.ts) for the extension's browser
// entry (packages/extension/scripts/bundle.mjs): one classic script (iife), because VS Code for
// the Web starts it from its text (a blob), from where no other file of the extension could be
// loaded.
/** @type {import('esbuild').BuildOptions} */
export const BROWSER_WORKER_BUNDLE = { ...BROWSER_BUNDLE, format: 'iife' };

// The same worker for a page that serves its own files (the playground): a module worker whose
// dynamic imports are chunks of their own. elkjs is most of the server's code (1.4 MB of 2.3 MB
// minified) and only a diagram needs it: as a chunk loaded at the first layout, the browser no
// longer compiles it before the server can answer (about 1 s of the playground's first
// diagnostics in headless Chromium). Module workers are in every current browser.
/** @type {import('esbuild').BuildOptions} */
export const BROWSER_MODULE_WORKER_BUNDLE = { ...BROWSER_BUNDLE, format: 'esm', splitting: true };

// The extension's client in VS Code's web worker extension host (packages/extension/src/extension-web.ts),
// which loads a CommonJS module and provides `vscode`.
/** @type {import('esbuild').BuildOptions} */
export const WEB_EXTENSION_BUNDLE = { ...BROWSER_BUNDLE, format: 'cjs', external: ['vscode'] };
