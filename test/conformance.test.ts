/**
 * The acceptance cases (test/conformance/, see its README): each case folder is linted by the real
 * CLI as one model, and the findings must be exactly those its `// expect` comments list.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleById } from '../packages/language/src/index.js';
import { CASES_DIR, caseNames, expectedFindings, finding, pendingCases, without, type Finding } from './conformance/cases.js';
import { runCli } from './run-cli.js';

/**
 * Rules of this project that the upstream catalogue does not define: the cases say nothing about
 * them, so their findings are not compared.
 */
const PROJECT_ONLY_RULES = new Set(['unused-suppression']);

const isComparedRule = (id: string): boolean => ruleById(id) !== undefined && !PROJECT_ONLY_RULES.has(id);

interface Outcome {
    problems: string[];
}

function check(name: string, knownRule: (id: string) => boolean): Outcome {
    const expected = expectedFindings(name, knownRule);
    const run = runCli(['lint', '.', '--format', 'json'], path.join(CASES_DIR, name));
    let report: Array<{ filePath: string; messages: Array<{ ruleId: string; severity: string; line: number }> }>;
    try {
        report = JSON.parse(run.stdout) as typeof report;
    } catch {
        return { problems: [`exit ${run.status}, not a JSON report: ${run.stderr.slice(0, 300)}`] };
    }
    const actual: Finding[] = [];
    for (const file of report) {
        for (const message of file.messages) {
            if (!isComparedRule(message.ruleId)) continue;
            const key = finding(file.filePath, message.line, message.severity, message.ruleId);
            // One syntax error per file is what a case can expect.
            if (message.ruleId === 'syntax-error' && actual.includes(key)) continue;
            actual.push(key);
        }
    }
    const problems = [
        ...without(expected, actual).map(item => `missing    ${item}`),
        ...without(actual, expected).map(item => `unexpected ${item}`),
    ];
    const status = expected.some(item => item.includes(' error ')) ? 1 : 0;
    if (run.status !== status) problems.push(`exit code ${run.status}, expected ${status}`);
    return { problems };
}

const pending = pendingCases();
const names = caseNames();

describe('conformance cases', () => {
    it('are synced into the repo, and every pending case exists', () => {
        expect(names.length).toBeGreaterThanOrEqual(16);
        expect([...pending.keys()].filter(name => !names.includes(name))).toEqual([]);
    });

    it.each(names.filter(name => !pending.has(name)))('%s', name => {
        expect(check(name, isComparedRule).problems).toEqual([]);
    });

    it.each(names.filter(name => pending.has(name)))('%s is still pending (take it off test/conformance/pending.json once it passes)', name => {
        // Expectations may name rules this build does not have yet: that is why the case is pending.
        const { problems } = check(name, () => true);
        expect(problems, `${name} passes now: remove it from test/conformance/pending.json`).not.toEqual([]);
    });
});
