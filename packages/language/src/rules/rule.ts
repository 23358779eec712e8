/**
 * What a validation rule is: its user-facing metadata (like a typescript-eslint rule's `meta`)
 * and a check that reads the model facts, computed once per build, and reports problems.
 */
import type { AstNode } from 'langium';
import type { DocumentFacts, RevorgFacts } from '../model/facts/index.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** The kinds of option value RULES.md allows in `revorg.config.json`. */
export type OptionType = 'money' | 'percent' | 'range';

export interface OptionSpec {
    type: OptionType;
    description: string;
    /** Dollars for money, percent points for percent, `[min, max]` for a range. */
    default: number | readonly [number, number];
}

export type OptionValues = Record<string, number | readonly [number, number]>;

/**
 * What a rule is about, for grouping findings (`revorg report`) and rule lists. The first five are
 * the layers of 003's Revenue Alignment Stack, bottom up ("each layer depends on the one below it");
 * the others are the org's shape, its RevOps function, its pods and segments, and the language itself.
 */
export const RULE_THEMES = {
    icp: 'Shared ICP',
    signals: 'Common signal language',
    handoffs: 'Unified handoff with SLAs',
    kpis: 'Shared revenue KPIs',
    cadence: 'Operating cadence',
    structure: 'Org structure',
    revops: 'RevOps',
    pods: 'Pods and segments',
    language: 'The model itself',
} as const;

export type RuleTheme = keyof typeof RULE_THEMES;

/** The Revenue Alignment Stack's layers, bottom up: the themes a report scores as present, partial or missing. */
export const ALIGNMENT_STACK_LAYERS: readonly RuleTheme[] = ['icp', 'signals', 'handoffs', 'kpis', 'cadence'];

export interface RuleMeta {
    id: string;
    defaultSeverity: Severity;
    /** What the rule is about (see RULE_THEMES). */
    theme: RuleTheme;
    /** One line for `revorg rules`, SARIF's short description and hovers. */
    description: string;
    /** The article and passage the rule encodes (seeds/). */
    source: string;
    /** Whether a quick fix (code action) exists for it. */
    fixable: boolean;
    options: Record<string, OptionSpec>;
    /** The errors of LANGUAGE.md section 4 are always errors and cannot be turned off or suppressed. */
    core?: boolean;
}

export interface Report {
    /** A declaration (reported on its name, or the organization's title) or a property node. */
    node: AstNode;
    message: string;
    /** Extra data for quick fixes; `code` is added by the runner. */
    data?: Record<string, unknown>;
}

export interface RuleContext<O extends OptionValues = OptionValues> {
    facts: RevorgFacts;
    options: O;
    /** A plain function, not a method: rules destructure it from the context. */
    report: (report: Report) => void;
}

/** The context of a rule that looks at one document at a time (see `checkDocument`). */
export interface DocumentRuleContext<O extends OptionValues = OptionValues> {
    facts: DocumentFacts;
    options: O;
    report: (report: Report) => void;
}

export interface Rule<O extends OptionValues = OptionValues> {
    meta: RuleMeta;
    /**
     * Reads the facts and reports. Absent only for `syntax-error`, `unresolved-reference` and `unused-suppression`,
     * which the parser, the linker and the suppression pass detect; their files shape those diagnostics.
     */
    check?(context: RuleContext<O>): void;
    /**
     * For rules whose verdict on a declaration depends on nothing outside its own document (a
     * missing or repeated property, an unreadable value): checked once per parse of a document
     * and cached, so an edit elsewhere in the workspace never re-runs them. A rule has either
     * `check` or `checkDocument`.
     */
    checkDocument?(context: DocumentRuleContext<O>): void;
}

/** Declares a rule with its options typed from the meta. */
export function defineRule<O extends OptionValues = OptionValues>(rule: Rule<O>): Rule {
    return rule;
}
