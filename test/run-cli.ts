/** Runs the real, built `revorg` CLI as a separate process, the way CI and users run it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const CLI = path.join(REPO_ROOT, 'packages', 'cli', 'bin', 'revorg.js');

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

export function runCli(args: string[], cwd: string, input?: string): CliRun {
    const result = spawnSync(process.execPath, [CLI, ...args], {
        cwd,
        encoding: 'utf8',
        input,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
        timeout: 60_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder with the given files (paths relative to it). */
export function workspace(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'revorg-test-'));
    for (const [name, text] of Object.entries(files)) {
        const file = path.join(dir, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
    }
    return dir;
}
