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

// The language server's web worker (packages/server/src/browser.ts), for the extension's browser
// entry (packages/extension/scripts/bundle.mjs) and the playground: a classic worker script
// (iife), since module workers are not everywhere yet.
/** @type {import('esbuild').BuildOptions} */
export const BROWSER_WORKER_BUNDLE = { ...BROWSER_BUNDLE, format: 'iife' };

// The extension's client in VS Code's web worker extension host (packages/extension/src/extension-web.ts),
// which loads a CommonJS module and provides `vscode`.
/** @type {import('esbuild').BuildOptions} */
export const WEB_EXTENSION_BUNDLE = { ...BROWSER_BUNDLE, format: 'cjs', external: ['vscode'] };
