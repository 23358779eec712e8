/**
 * The whole report: valid under its published schema for every example, every role counted once,
 * what it does not cover named, and the findings grouped by theme. That every quote is the article's
 * exact words is checked by `npm run check:quotes` (scripts/check-quotes.mjs), against the articles
 * kept beside the repository.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, modelFindings, Report } from '../../src/index.js';
import { buildTestModel, EXAMPLES, exampleFiles, schemaValidator } from '../helpers.js';
import { HEALTHY, reportOf } from './report-helpers.js';

const validate = await schemaValidator(Report);

describe('buildReport', () => {
    it.each(EXAMPLES)('reports the %s example under its schema, every role counted once', async name => {
        const { outcome, facts, locator } = await buildTestModel(exampleFiles(name));
        const report = buildReport({ facts, locator, findings: modelFindings(outcome.documents, locator) });
        expect(validate(report)).toEqual([]);
        const { headcount } = report;
        expect(headcount.modelled).toBe(facts.roles.reduce((sum, role) => sum + role.headcount, 0));
        expect(headcount.byTeam.reduce((sum, group) => sum + group.headcount, 0)).toBe(headcount.modelled);
        expect(headcount.byTeam.reduce((sum, group) => sum + group.roles, 0)).toBe(facts.roles.length);
        expect(headcount.byFunction.reduce((sum, group) => sum + group.headcount, 0)).toBe(headcount.modelled);
        const tops = facts.roles.filter(role => !role.manager);
        expect(tops.reduce((sum, role) => sum + role.headcount + (facts.headcountBeneath(role.node) ?? 0), 0)).toBe(headcount.modelled);
        expect(report.handoffs.handoffs).toHaveLength(facts.handoffs.length);
        expect(report.coverage.files).toEqual(Object.keys(exampleFiles(name)).sort());
    });

    it('names the files skipped and the syntax errors, and reports the rest', async () => {
        const { outcome, facts, locator } = await buildTestModel({ 'org.revorg': HEALTHY, 'broken.revorg': 'role X { kind: ae team: }\n' });
        const report = buildReport({ facts, locator, findings: modelFindings(outcome.documents, locator), skipped: [{ file: 'secret.revorg', reason: 'cannot read (EACCES)' }] });
        expect(validate(report)).toEqual([]);
        expect(report.coverage.skipped).toEqual([{ file: 'secret.revorg', reason: 'cannot read (EACCES)' }]);
        expect(report.coverage.syntaxErrors).toEqual([expect.objectContaining({ file: 'broken.revorg', line: 1 })]);
        expect(report.title).toBe('Acme');
    });

    it('groups findings by theme, the stack\'s layers first, with counts by severity', async () => {
        const report = await reportOf('organization "X" { employees: 30 }\nteam M { function: marketing }\nteam S { function: sales }\nrole AE { kind: ae team: S }\nrole Bad { kind: ae reportsTo: Nobody }\n');
        expect(report.findings.groups.map(group => group.theme)).toEqual(['icp', 'signals', 'handoffs', 'kpis', 'cadence', 'language']);
        expect(report.findings.groups[0]).toMatchObject({ title: 'Shared ICP', findings: [{ ruleId: 'shared-icp-required' }] });
        expect(report.findings.groups.at(-1)!.findings.map(finding => finding.ruleId)).toEqual(['unresolved-reference']);
        const { total, errors, warnings, infos, hints } = report.findings;
        expect(errors + warnings + infos + hints).toBe(total);
        expect(errors).toBeGreaterThanOrEqual(2);
        expect(report.title).toBe('X');
    });

    it('calls a model without an organization untitled', async () => {
        expect((await reportOf('role A { kind: ae }\n')).title).toBe('Untitled model');
    });
});
