// The esbuild settings of the language server's web worker (packages/server/src/browser.ts), shared
// by every bundle of it: the extension's browser entry (packages/extension/scripts/bundle.mjs) and
// the playground. A classic worker script (iife), since module workers are not everywhere yet.
// Nothing may come from Node: `platform: 'browser'` makes an import of a Node module fail the
// build, and test/browser-bundle.test.ts checks the result.
/** @type {import('esbuild').BuildOptions} */
export const BROWSER_WORKER_BUNDLE = {
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    // Prefer the ES module builds of dependencies (jsonc-parser's UMD build cannot be bundled).
    mainFields: ['browser', 'module', 'main'],
    logLevel: 'warning',
};

// The extension's client in VS Code's web worker extension host (packages/extension/src/extension-web.ts),
// which loads a CommonJS module and provides `vscode`.
/** @type {import('esbuild').BuildOptions} */
export const WEB_EXTENSION_BUNDLE = {
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    logLevel: 'warning',
};
