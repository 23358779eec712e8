/**
 * revorg's GitHub Action (action.yml at the repository's root), parsed, and the options the real
 * CLI accepts: shared by the test of the action and the test of the workflow `revorg init` writes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, runCli } from './run-cli.js';

export interface ActionInput {
    description?: unknown;
    required?: unknown;
    default?: unknown;
}

export interface ActionStep {
    name?: string;
    id?: string;
    if?: string;
    shell?: string;
    run?: string;
    uses?: string;
    with?: Record<string, unknown>;
    env?: Record<string, unknown>;
}

export interface ActionFile {
    name?: unknown;
    description?: unknown;
    branding?: { icon?: unknown; color?: unknown };
    inputs: Record<string, ActionInput>;
    outputs?: Record<string, { description?: unknown; value?: unknown }>;
    runs: { using?: unknown; steps: ActionStep[] };
}

export const ACTION_FILE = path.join(REPO_ROOT, 'action.yml');

export function readAction(): ActionFile {
    return parse(readFileSync(ACTION_FILE, 'utf8')) as ActionFile;
}

/** Every long option `revorg <command> --help` lists, e.g. `--format`, `--max-warnings`. */
export function helpFlags(command: string): Set<string> {
    const run = runCli([command, '--help'], REPO_ROOT);
    if (run.status !== 0) throw new Error(`revorg ${command} --help exited ${run.status}: ${run.stderr}`);
    return new Set(run.stdout.match(/--[a-z][a-z-]*/g) ?? []);
}
