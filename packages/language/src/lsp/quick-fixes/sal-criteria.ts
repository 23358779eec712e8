/**
 * What the quick fixes write for a SAL criterion the user has not stated yet. The placeholders
 * are non-empty on purpose: `sal-criteria-complete` counts an empty string as missing, so an
 * empty one would leave the diagnostic the fix is meant to remove. Each says what to write and
 * starts with TODO so it is easy to find.
 */
import type { SAL_CRITERIA } from '../../rules/sal-criteria-complete.js';
import { stringLiteral } from './text-edits.js';

export type SalCriterion = (typeof SAL_CRITERIA)[number];

const PLACEHOLDERS: Record<SalCriterion, string> = {
    title: 'TODO: job titles sales accepts, e.g. Director+ in Sales, Marketing or RevOps',
    fit: 'TODO: company fit, e.g. B2B SaaS, 50-1000 employees, North America',
    engagement: 'TODO: engagement threshold, e.g. score >= 60 within 30 days',
};

/** The property as it is written in a definition block: `fit: "TODO: ..."`. */
export function criterionLine(criterion: SalCriterion): string {
    return `${criterion}: ${criterionPlaceholder(criterion)}`;
}

/** The placeholder's string literal, quotes included. */
export function criterionPlaceholder(criterion: SalCriterion): string {
    return stringLiteral(PLACEHOLDERS[criterion]);
}
