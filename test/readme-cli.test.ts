/**
 * The README documents the whole command line: every command `revorg --help` lists, and every
 * flag each command's `--help` lists, appear in its CLI section (the usage block or the section
 * of that command). Reading the real CLI's help means a new flag fails here until it is written up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli.js';

function cliSection(): string {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## The CLI');
    const end = readme.indexOf('\n## In VS Code');
    expect(start, 'a "## The CLI" section').toBeGreaterThan(0);
    expect(end, 'followed by "## In VS Code"').toBeGreaterThan(start);
    return readme.slice(start, end);
}

it('README.md documents every command and every flag of the CLI', () => {
    const section = cliSection();
    const commands = [...runCli(['--help'], REPO_ROOT).stdout.matchAll(/^ {2}([a-z]+) /gm)].map(match => match[1]).filter(command => command !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['lint', 'format', 'render', 'report', 'diff', 'export', 'rules', 'init']));
    const missing: string[] = [];
    for (const command of commands) {
        if (!section.includes(`revorg ${command}`)) missing.push(`revorg ${command}`);
        const flags = new Set([...runCli([command, '--help'], REPO_ROOT).stdout.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map(match => match[0]));
        for (const flag of flags) {
            if (flag !== '--help' && !section.includes(flag)) missing.push(`revorg ${command} ${flag}`);
        }
    }
    expect(missing).toEqual([]);
});
