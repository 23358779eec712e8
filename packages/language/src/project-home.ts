/**
 * Where the project lives on the web, read from this package's package.json `homepage`: the one
 * place it is written (the CLI's and the extension's package.json repeat it, and a test checks that
 * they agree). The import is resolved at build time by esbuild in the CLI and extension bundles,
 * and by Node's JSON modules when out/ is run as it is.
 */
import manifest from '@revorg/language/package.json' with { type: 'json' };

/** The project's home page, like `https://github.com/<owner>/<repository>`, without a trailing slash. */
export const PROJECT_HOMEPAGE: string = manifest.homepage.replace(/\/+$/, '');
