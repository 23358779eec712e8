/**
 * What `vsce package` would put in the .vsix, as `vsce ls` lists it (the same rules: .vscodeignore,
 * package.json `files`), without packaging. Reads the build output as it is: run `npm run build`
 * (or packages/extension/scripts/bundle.mjs) first.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './run-cli.js';

export const EXTENSION_DIR = path.join(REPO_ROOT, 'packages', 'extension');

let listed: Set<string> | undefined;

/** The packaged files, as paths relative to the extension folder with `/`. */
export function packagedFiles(): Set<string> {
    listed ??= new Set(execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], {
        cwd: EXTENSION_DIR,
        encoding: 'utf8',
        timeout: 60_000,
    }).split('\n').map(line => line.trim()).filter(line => line !== ''));
    return listed;
}
