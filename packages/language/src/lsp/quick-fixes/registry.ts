/** The quick fix of every fixable rule, by rule id: the code actions and the fix engine look fixes up here. */
import { fixHandoffOwnerRequired } from './handoff-owner-required.js';
import { fixHandoffSlaRequired } from './handoff-sla-required.js';
import { fixPodSeatsExceedHeadcount } from './pod-seats-exceed-headcount.js';
import { fixReportingCycle } from './reporting-cycle.js';
import { fixRoleKpiRequired } from './role-kpi-required.js';
import { fixSalCriteriaComplete } from './sal-criteria-complete.js';
import { fixSalDefinitionRequired } from './sal-definition-required.js';
import { fixSlaBeforeSecondRep } from './sla-before-second-rep.js';
import { fixUnresolvedReference } from './unresolved-reference.js';
import type { QuickFix } from './quick-fix.js';

/** The quick fix of each fixable rule, by rule id (the rules whose meta says `fixable: true`). */
export const QUICK_FIXES: Readonly<Record<string, QuickFix>> = {
    'sal-definition-required': fixSalDefinitionRequired,
    'sal-criteria-complete': fixSalCriteriaComplete,
    'handoff-owner-required': fixHandoffOwnerRequired,
    'handoff-sla-required': fixHandoffSlaRequired,
    'reporting-cycle': fixReportingCycle,
    'unresolved-reference': fixUnresolvedReference,
    'role-kpi-required': fixRoleKpiRequired,
    'sla-before-second-rep': fixSlaBeforeSecondRep,
    'pod-seats-exceed-headcount': fixPodSeatsExceedHeadcount,
};
