/**
 * The org-health report of a built model, as data: each section computed from the facts the rules
 * read (and the findings they reported), in the order the report shows them. The markdown, the
 * HTML and the JSON are all this object.
 */
import { ruleById, type ResolvedConfig, type RevorgFacts } from '@revorg/language';
import type { Finding } from '../findings.js';
import type { ModelLocator } from '../model-locator.js';
import { SCHEMA_BASE_URL } from '../schema-types.js';
import { alignmentStack } from './alignment-stack.js';
import { company } from './company.js';
import { findingsByTheme } from './findings-by-theme.js';
import { handoffs, type BrokenLine } from './handoffs.js';
import { headcount } from './headcount.js';
import { maturity } from './maturity.js';
import { REPORT_VERSION, type Report } from './schema.js';

export interface ReportInput {
    facts: RevorgFacts;
    locator: ModelLocator;
    /** The model's diagnostics as configured (`modelFindings`): a rule turned off has none. */
    findings: readonly Finding[];
    /** The rule settings the model was checked with; the line of a broken handoff is read from it. Defaults without it. */
    config?: ResolvedConfig;
    /** Files of the model that could not be read. */
    skipped?: ReadonlyArray<{ file: string; reason: string }>;
}

/** What the report calls a model without an organization. */
export const UNTITLED = 'Untitled model';

/** The handoff rate below which a handoff is broken: handoff-rate-broken's `min`, as configured. */
export function brokenLine(config: ResolvedConfig | undefined): BrokenLine {
    const rule = ruleById('handoff-rate-broken')!;
    const fallback = rule.meta.options.min.default as number;
    const configured = config?.options(rule).min;
    const percent = typeof configured === 'number' ? configured : fallback;
    return {
        percent,
        from: percent === fallback ? `003's line, the default \`min\` of handoff-rate-broken` : `the \`min\` of handoff-rate-broken in the config; 003 says ${fallback}%`,
    };
}

export function buildReport({ facts, locator, findings, config, skipped = [] }: ReportInput): Report {
    const stack = alignmentStack(facts, locator, findings);
    const broken = brokenLine(config);
    return {
        $schema: `${SCHEMA_BASE_URL}report.v${REPORT_VERSION}.json`,
        format: 'revorg-report',
        version: REPORT_VERSION,
        title: facts.organization?.node.title || UNTITLED,
        coverage: {
            files: facts.documents.map(document => locator.fileOf(document.uri.toString())),
            skipped: skipped.map(file => ({ file: file.file, reason: file.reason })),
            syntaxErrors: findings.filter(finding => finding.ruleId === 'syntax-error').map(finding => ({ file: finding.file, line: finding.line, message: finding.message })),
        },
        company: company(facts, locator),
        alignmentStack: stack,
        maturity: maturity({ facts, stack, brokenBelow: broken.percent }),
        headcount: headcount(facts, locator),
        handoffs: handoffs(facts, locator, broken),
        findings: findingsByTheme(findings),
    };
}
