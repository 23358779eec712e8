// ESLint: the recommended rules of ESLint and typescript-eslint, type-aware, over every TypeScript
// and JavaScript file of the repo. Each file's types come from its nearest tsconfig.json (the
// packages' own; for the tests and scripts, stubs that point at tsconfig.test.json). ESLint reports
// no type errors: `npm run lint` runs tsc on the same projects first.
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Plain JavaScript that no tsconfig type-checks: this file (typing it would load all of
 * TypeScript's own declarations, seconds per run), the packages' bin entry points (one import
 * each) and the language's Node 20 polyfill (compiled with allowJs, not checkJs).
 */
const UNTYPED_JS = ['eslint.config.mjs', 'packages/*/bin/*.js', 'packages/language/src/node-compat.js'];

export default defineConfig(
    globalIgnores([
        '**/node_modules/',
        '**/out/',
        '**/dist/',
        'packages/language/src/generated/',
        'packages/extension/media/preview.js',
        '.tools/',
        '.bench/',
        '.vscode-test/',
        'tmp/',
    ]),
    eslint.configs.recommended,
    tseslint.configs.recommendedTypeChecked,
    {
        languageOptions: {
            parserOptions: {
                projectService: {
                    // vitest's config, at the root: tsconfig.test.json checks it, but no tsconfig.json leads there.
                    allowDefaultProject: ['vitest.config.ts'],
                },
                tsconfigRootDir: import.meta.dirname,
            },
        },
    },
    {
        files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
        ignores: UNTYPED_JS,
        rules: {
            // TypeScript checks these (checkJs) and knows Node's and the browser's globals, which this rule does not.
            'no-undef': 'off',
        },
    },
    {
        files: ['**/*.cjs'],
        rules: {
            // CommonJS by necessity: VS Code loads these with require(), and `vscode` exists only as a require().
            '@typescript-eslint/no-require-imports': 'off',
        },
    },
    {
        files: UNTYPED_JS,
        extends: [tseslint.configs.disableTypeChecked],
    },
);
