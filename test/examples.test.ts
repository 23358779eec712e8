/**
 * The bundled examples: each folder is one company that lints without errors, and what it does
 * report is exactly the list its README explains under "Expected findings".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const folders = readdirSync(EXAMPLES, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name).sort();

/** `- \`rule-id\` (severity) on \`file.revorg\` line N: why` lines of the README. */
function expectedFindings(folder: string): string[] {
    const readme = readFileSync(path.join(EXAMPLES, folder, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Expected findings'));
    const body = section.slice(section.indexOf('\n') + 1).split(/\n## /)[0];
    if (/^- none\s*$/m.test(body)) return [];
    return [...body.matchAll(/^- `([a-z0-9-]+)` \((error|warning|info|hint)\) on `([^`]+)` line (\d+)/gm)]
        .map(([, id, severity, file, line]) => `${file}:${line} ${severity} ${id}`).sort();
}

describe('examples', () => {
    it('has at least the five situations of the articles', () => {
        expect(folders).toEqual(expect.arrayContaining(['island-startup', 'assembly-line-growth', 'enterprise-pods', 'hybrid-segments', 'revops-transition']));
    });

    it.each(folders)('%s lints without errors and reports exactly its expected findings', folder => {
        const run = runCli(['lint', '.', '--format', 'json'], path.join(EXAMPLES, folder));
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const report = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: string; line: number }> }>;
        const actual = report.flatMap(file => file.messages.map(message => `${file.filePath}:${message.line} ${message.severity} ${message.ruleId}`)).sort();
        expect(actual).toEqual(expectedFindings(folder));
        expect(report.flatMap(file => file.messages).filter(message => message.severity === 'error')).toEqual([]);
    });
});
