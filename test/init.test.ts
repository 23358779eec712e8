/**
 * `revorg init` end to end, with the real CLI in temporary folders: what it writes works (the model
 * lints clean, the config matches its published schema, the workflow uses the action as declared),
 * and it never overwrites anything.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCHEMA_BASE_URL } from '../packages/insights/src/index.js';
import { parseConfig } from '../packages/language/src/index.js';
import type { FileResult } from '../packages/cli/src/results.js';
import { CONFIG_SCHEMA_FILE, SCHEMAS_DIR } from '../scripts/write-schemas.mjs';
import { readAction } from './github-action.js';
import { runCli, workspace } from './run-cli.js';

const { default: { default: Ajv2020 } } = await import('ajv/dist/2020.js');

const WRITTEN = ['.github/workflows/revorg.yml', 'org.revorg', 'revorg.config.json'];

/** Every file under the folder, relative, with `/`, sorted. */
function filesIn(dir: string): string[] {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile())
        .map(entry => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
        .sort();
}

interface Workflow {
    on: Record<string, unknown>;
    permissions?: Record<string, string>;
    jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
}

function actionStep(workflow: Workflow): { uses?: string; with?: Record<string, unknown> } | undefined {
    return Object.values(workflow.jobs).flatMap(job => job.steps).find(step => step.uses?.startsWith('revorg/revorg@'));
}

describe('revorg init', () => {
    it('writes a starter model, its config and a workflow, and says what to do next', () => {
        const dir = workspace({});
        const run = runCli(['init'], dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(filesIn(dir)).toEqual(WRITTEN);
        for (const file of WRITTEN) expect(run.stdout).toContain(`  ${file}`);
        expect(run.stdout).toMatch(/Next:\n {2}1\. Edit org\.revorg/);
        expect(run.stdout).toContain('Run revorg lint:');
    });

    it('writes a model that lints clean with the default rules: no error, warning, info or hint', () => {
        const dir = workspace({});
        runCli(['init'], dir);
        const run = runCli(['lint', '--format', 'json'], dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const results = JSON.parse(run.stdout) as FileResult[];
        expect(results.map(result => result.filePath)).toEqual(['org.revorg']);
        expect(results[0].messages).toEqual([]);
    });

    it('writes a config that the CLI accepts and that matches the schema its $schema names', () => {
        const dir = workspace({});
        runCli(['init'], dir);
        const text = readFileSync(path.join(dir, 'revorg.config.json'), 'utf8');
        const config = JSON.parse(text) as { $schema: string };
        expect(config.$schema).toBe(`${SCHEMA_BASE_URL}${CONFIG_SCHEMA_FILE}`);
        const schema = JSON.parse(readFileSync(path.join(SCHEMAS_DIR, CONFIG_SCHEMA_FILE), 'utf8')) as { $id: string };
        expect(schema.$id).toBe(config.$schema);
        const validate = new Ajv2020({ strict: false }).compile(schema);
        expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
        expect(parseConfig(text).problems).toEqual([]);
    });

    it('writes a workflow that runs revorg\'s action on pull requests with inputs the action declares', () => {
        const dir = workspace({});
        runCli(['init'], dir);
        const text = readFileSync(path.join(dir, '.github', 'workflows', 'revorg.yml'), 'utf8');
        const workflow = parse(text) as Workflow;
        expect(Object.keys(workflow.on)).toContain('pull_request');
        expect(workflow.permissions).toEqual({ contents: 'read' });
        const step = actionStep(workflow);
        // The action lives in the repository the schemas are published from.
        expect(step?.uses?.split('@')[0]).toBe(new URL(SCHEMA_BASE_URL).pathname.split('/').slice(1, 3).join('/'));
        expect(step?.with?.path).toBe('.');
        const inputs = Object.keys(readAction().inputs);
        for (const name of Object.keys(step?.with ?? {})) expect(inputs, name).toContain(name);
        // The inputs the comments suggest turning on exist too.
        const suggested = [...text.matchAll(/^\s+# ([a-z-]+): /gm)].map(match => match[1]);
        expect(suggested.length).toBeGreaterThan(0);
        for (const name of suggested) expect(inputs, name).toContain(name);
    });

    it('refuses a second time, exit 2, naming every file in the way, and changes nothing', () => {
        const dir = workspace({});
        runCli(['init'], dir);
        writeFileSync(path.join(dir, 'org.revorg'), '// edited\n');
        const before = WRITTEN.map(file => readFileSync(path.join(dir, file), 'utf8'));
        const run = runCli(['init'], dir);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe('revorg: init never overwrites, and org.revorg, revorg.config.json, .github/workflows/revorg.yml exist: nothing written\n');
        expect(WRITTEN.map(file => readFileSync(path.join(dir, file), 'utf8'))).toEqual(before);
    });

    it('refuses in a folder that has one of the files, and writes none of the others', () => {
        const dir = workspace({ 'revorg.config.json': '{ "rules": {} }\n', 'README.md': '# Ours\n' });
        const run = runCli(['init'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('revorg: init never overwrites, and revorg.config.json exists: nothing written\n');
        expect(filesIn(dir)).toEqual(['README.md', 'revorg.config.json']);
        expect(readFileSync(path.join(dir, 'revorg.config.json'), 'utf8')).toBe('{ "rules": {} }\n');
    });

    it('refuses in a folder that already holds a model, whose organization the starter would duplicate', () => {
        const dir = workspace({ 'models/sales/team.revorg': 'team Sales { function: sales }\n' });
        const run = runCli(['init', 'models'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^revorg: models already holds a model \(models\/sales\/team\.revorg\): init starts a new one, so nothing was written/);
        expect(filesIn(dir)).toEqual(['models/sales/team.revorg']);
    });

    it('writes into the folder named, creating it, and a path that is a file is one line, exit 2', () => {
        const dir = workspace({ 'notes.txt': 'not a folder\n' });
        const run = runCli(['init', 'org/acme'], dir);
        expect(run.status).toBe(0);
        expect(filesIn(path.join(dir, 'org', 'acme'))).toEqual(WRITTEN);
        expect(run.stdout).toContain('Run revorg lint org/acme:');
        expect(runCli(['lint', 'org/acme'], dir).status).toBe(0);
        const file = runCli(['init', 'notes.txt'], dir);
        expect(file.status).toBe(2);
        expect(file.stderr).toBe('revorg: not a folder: notes.txt\n');
    });

    it('puts the workflow at the root of the git repository the model is in, where GitHub reads it, linting the model\'s folder', () => {
        const dir = workspace({ 'README.md': '# Ours\n' });
        mkdirSync(path.join(dir, '.git'));
        const run = runCli(['init', 'revenue org'], dir);
        expect(run.status).toBe(0);
        expect(filesIn(dir)).toEqual(['.github/workflows/revorg.yml', 'README.md', 'revenue org/org.revorg', 'revenue org/revorg.config.json']);
        const workflow = parse(readFileSync(path.join(dir, '.github', 'workflows', 'revorg.yml'), 'utf8')) as Workflow;
        expect(actionStep(workflow)?.with?.path).toBe('revenue org');
    });
});
