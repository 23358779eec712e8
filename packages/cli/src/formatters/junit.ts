/**
 * `--format junit`: a JUnit XML report for CI systems that read test reports (GitLab, Jenkins,
 * Azure Pipelines, CircleCI). Each file is a test suite; each error or warning is a failed test
 * case named after its rule, with the severity as the failure's type and the position in its text;
 * a file with neither is one passing case, so every linted file shows in the report. Infos and
 * hints are advice, not failures, and are left out.
 */
import type { FileResult, LintMessage } from '../results.js';

// eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these characters at all, escaped or not
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text for an XML attribute or element: markup characters escaped, characters XML cannot hold dropped. */
export function escapeXmlText(text: string): string {
    return text.replace(NOT_XML, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

const failing = (message: LintMessage) => message.severity === 'error' || message.severity === 'warning';

function testCase(file: FileResult, message: LintMessage): string {
    const where = `${file.filePath}:${message.line}:${message.column}`;
    return [
        `    <testcase classname="${escapeXmlText(file.filePath)}" name="${escapeXmlText(`${message.ruleId} (${message.line}:${message.column})`)}" time="0">`,
        `      <failure type="${message.severity}" message="${escapeXmlText(message.message)}">${escapeXmlText(`${where} ${message.severity} ${message.message} (${message.ruleId})`)}</failure>`,
        '    </testcase>',
    ].join('\n');
}

export function formatJunit(results: readonly FileResult[]): string {
    let tests = 0;
    let failures = 0;
    const suites = results.map(file => {
        const failed = file.messages.filter(failing);
        const cases = failed.length > 0 ? failed.map(message => testCase(file, message)) : [`    <testcase classname="${escapeXmlText(file.filePath)}" name="revorg lint" time="0"/>`];
        tests += cases.length;
        failures += failed.length;
        return [
            `  <testsuite name="${escapeXmlText(file.filePath)}" tests="${cases.length}" failures="${failed.length}" errors="0" skipped="0" time="0">`,
            ...cases,
            '  </testsuite>',
        ].join('\n');
    });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="revorg lint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
        ...suites,
        '</testsuites>',
        '',
    ].join('\n');
}
