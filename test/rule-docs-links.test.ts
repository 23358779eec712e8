/**
 * The links of the SARIF log (GitHub code scanning shows them beside each alert): the tool's
 * `informationUri` is the project's homepage from packages/language/package.json, and each rule's
 * `helpUri` is its documentation page, on the homepage unless the config names other pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../packages/cli/src/formatters/sarif.js';
import { REPO_ROOT } from './run-cli.js';

const { homepage } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages', 'language', 'package.json'), 'utf8')) as { homepage: string };

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
