// The esbuild settings shared by the bundles that run in Node as ES modules: the CLI
// (packages/cli/scripts/bundle.mjs) and the language server inside the extension
// (packages/extension/scripts/bundle.mjs).
/** @type {import('esbuild').BuildOptions} */
export const NODE_ESM_BUNDLE = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Prefer the ES module builds of dependencies (jsonc-parser's UMD build cannot be bundled).
    mainFields: ['module', 'main'],
    // CommonJS dependencies inside an ES module bundle still call require() for Node built-ins.
    banner: { js: "import { createRequire as __revorgCreateRequire } from 'node:module'; const require = __revorgCreateRequire(import.meta.url);" },
    logLevel: 'warning',
};
