/**
 * The links of revorg's outputs to the project and to each rule's documentation page: SARIF's
 * `informationUri` is the project's homepage from packages/language/package.json; a rule's page is
 * under docs/rules on it (SARIF's `helpUri` and `help`, the reports' `docs`), unless the model's
 * revorg.config.json names another folder of pages with `ruleDocs`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../packages/cli/src/formatters/sarif.js';
import { REPO_ROOT, runCli, workspace } from './run-cli.js';

const { homepage } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages', 'language', 'package.json'), 'utf8')) as { homepage: string };
const MIRROR = 'https://wiki.example.com/revops/rules/';
const MODEL = `organization "Links Co" { arr: 2M employees: 12 }
role Rep { kind: ae }
handoff RepToRep { from: Rep to: Rep owner: Rep }
`;

describe('SARIF links', () => {
    const [run] = (JSON.parse(formatSarif([], '1.2.3')) as Log).runs;

    it('the driver\'s informationUri is the homepage of package.json', () => {
        expect(run.tool.driver.informationUri).toBe(homepage);
    });

    it('each rule\'s helpUri is its page under docs/rules on the homepage', () => {
        const rule = run.tool.driver.rules?.find(candidate => candidate.id === 'handoff-sla-required');
        expect(rule?.helpUri).toBe(`${homepage}/blob/main/docs/rules/handoff-sla-required.md`);
        expect(rule?.help?.markdown).toContain(`(${homepage}/blob/main/docs/rules/handoff-sla-required.md)`);
    });
});

describe('a config that names its own rule pages (ruleDocs)', () => {
    const dir = workspace({ 'model.revorg': MODEL, 'revorg.config.json': JSON.stringify({ ruleDocs: MIRROR }) });

    it('moves SARIF\'s help links there, and keeps the homepage as the tool\'s', () => {
        const lint = runCli(['lint', '--format', 'sarif'], dir);
        expect(lint.stderr).toBe('');
        const [run] = (JSON.parse(lint.stdout) as Log).runs;
        const rule = run.tool.driver.rules?.find(candidate => candidate.id === 'handoff-sla-required');
        expect(rule?.helpUri).toBe(`${MIRROR}handoff-sla-required.md`);
        expect(rule?.help?.text).toContain(`${MIRROR}handoff-sla-required.md`);
        expect(run.tool.driver.informationUri).toBe(homepage);
    });

    it('moves the report\'s docs links there', () => {
        const report = runCli(['report', '--format', 'json'], dir);
        expect(report.stderr).toBe('');
        const { groups } = (JSON.parse(report.stdout) as { findings: { groups: Array<{ findings: Array<{ ruleId: string; docs: string }> }> } }).findings;
        const finding = groups.flatMap(group => group.findings).find(candidate => candidate.ruleId === 'handoff-sla-required');
        expect(finding?.docs).toBe(`${MIRROR}handoff-sla-required.md`);
    });
});
