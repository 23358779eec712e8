/**
 * The acceptance cases of test/conformance/cases (synced from upstream by `npm run
 * conformance:sync`, never edited here). Each case is a folder linted as one model; what it must
 * report is written in its sources, as a comment on the line the diagnostic belongs to:
 *
 *     handoff SdrToAe {        // expect error handoff-owner-required; warning handoff-sla-required
 *
 * `syntax-error` expectations name only the file (any line). A case passes when the multiset of
 * reported diagnostics equals the multiset of expectations, and the exit code is 1 exactly when an
 * error is expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../run-cli.js';

export const CASES_DIR = path.join(REPO_ROOT, 'test', 'conformance', 'cases');
const PENDING_FILE = path.join(REPO_ROOT, 'test', 'conformance', 'pending.json');

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);
const EXPECT = /\/\/\s*expect\s+(.*)$/;

/** `file:line severity rule-id`, line 0 for a syntax error (any line of the file). */
export type Finding = string;

export function finding(file: string, line: number, severity: string, ruleId: string): Finding {
    return `${file}:${ruleId === 'syntax-error' ? 0 : line} ${severity} ${ruleId}`;
}

export function caseNames(): string[] {
    return readdirSync(CASES_DIR, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name).sort();
}

/** The `.revorg` files of a case, relative to it with `/`, sorted (the CLI's model order). */
export function caseFiles(name: string): string[] {
    const found: string[] = [];
    const walk = (dir: string): void => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
            const file = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(file);
            else if (entry.name.endsWith('.revorg')) found.push(path.relative(path.join(CASES_DIR, name), file).split(path.sep).join('/'));
        }
    };
    walk(path.join(CASES_DIR, name));
    return found.sort();
}

/**
 * What a case expects. Throws on an expectation that is not `severity rule-id` with a rule the
 * catalogue knows (`knownRule`): a typo in a case must not pass as "nothing expected".
 */
export function expectedFindings(name: string, knownRule: (id: string) => boolean): Finding[] {
    const expected: Finding[] = [];
    for (const file of caseFiles(name)) {
        readFileSync(path.join(CASES_DIR, name, file), 'utf8').split(/\r?\n/).forEach((text, index) => {
            const match = EXPECT.exec(text);
            if (!match) return;
            for (const part of match[1].split(';')) {
                const [severity, ruleId] = part.trim().split(/\s+/);
                if (!SEVERITIES.has(severity) || !knownRule(ruleId)) throw new Error(`${name}/${file}:${index + 1}: unknown expectation '${part.trim()}'`);
                expected.push(finding(file, index + 1, severity, ruleId));
            }
        });
    }
    return expected;
}

/** The items of `a` left after taking away one match in `b` for each (multiset difference). */
export function without(a: readonly Finding[], b: readonly Finding[]): Finding[] {
    const rest = [...b];
    return a.filter(item => {
        const index = rest.indexOf(item);
        if (index < 0) return true;
        rest.splice(index, 1);
        return false;
    });
}

/**
 * Cases the code does not pass yet, each with why (an upstream case written for a version of the
 * spec that is not built yet). A pending case that starts passing fails the suite until it is
 * taken off the list, so the list only ever shrinks to what is really left.
 */
export function pendingCases(): Map<string, string> {
    const { cases } = JSON.parse(readFileSync(PENDING_FILE, 'utf8')) as { cases: Record<string, string> };
    return new Map(Object.entries(cases));
}
