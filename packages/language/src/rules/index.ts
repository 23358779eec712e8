/**
 * The rule registry: every rule, in catalogue order (the language's own errors first, then the
 * rules about the organization, structural checks last).
 * Adding a rule means adding its file, its docs page (docs/rules/<id>.md) and its tests; the
 * meta-test in test/ fails until all three exist.
 */
import syntaxError from './syntax-error.js';
import unresolvedReference from './unresolved-reference.js';
import duplicateName from './duplicate-name.js';
import duplicateProperty from './duplicate-property.js';
import missingProperty from './missing-property.js';
import invalidValue from './invalid-value.js';
import salDefinitionRequired from './sal-definition-required.js';
import salCriteriaComplete from './sal-criteria-complete.js';
import handoffOwnerRequired from './handoff-owner-required.js';
import croBefore10MArr from './cro-before-10m-arr.js';
import croScope from './cro-scope.js';
import handoffSlaRequired from './handoff-sla-required.js';
import slaIncomplete from './sla-incomplete.js';
import marketingSalesHandoffRequired from './marketing-sales-handoff-required.js';
import funnelHandoffMissing from './funnel-handoff-missing.js';
import sdrReportsToMarketing from './sdr-reports-to-marketing.js';
import sharedKpiRequired from './shared-kpi-required.js';
import handoffRateThreshold from './handoff-rate-threshold.js';
import handoffRateUntracked from './handoff-rate-untracked.js';
import motionKpiMismatch from './motion-kpi-mismatch.js';
import pipelineReviewRequired from './pipeline-review-required.js';
import structureReviewRequired from './structure-review-required.js';
import sharedIcpRequired from './shared-icp-required.js';
import revopsLeaderRequired from './revops-leader-required.js';
import prematureStructure from './premature-structure.js';
import podComposition from './pod-composition.js';
import podSingleMotion from './pod-single-motion.js';
import modelFit from './model-fit.js';
import developmentFit from './development-fit.js';
import revopsGovernanceRequired from './revops-governance-required.js';
import roleKpiRequired from './role-kpi-required.js';
import slaBeforeSecondRep from './sla-before-second-rep.js';
import flatStructureAtStartup from './flat-structure-at-startup.js';
import croAtEnterprise from './cro-at-enterprise.js';
import revopsPlacement from './revops-placement.js';
import revopsEmbeddedPartners from './revops-embedded-partners.js';
import handoffRateBroken from './handoff-rate-broken.js';
import headcountExceedsEmployees from './headcount-exceeds-employees.js';
import podSeatsExceedHeadcount from './pod-seats-exceed-headcount.js';
import reportingCycle from './reporting-cycle.js';
import multipleTopRoles from './multiple-top-roles.js';
import organizationRequired from './organization-required.js';
import unusedSuppression from './unused-suppression.js';
import type { Rule } from './rule.js';

export const RULES: readonly Rule[] = [
    syntaxError,
    unresolvedReference,
    duplicateName,
    duplicateProperty,
    missingProperty,
    invalidValue,
    salDefinitionRequired,
    salCriteriaComplete,
    handoffOwnerRequired,
    croBefore10MArr,
    croScope,
    handoffSlaRequired,
    slaIncomplete,
    marketingSalesHandoffRequired,
    funnelHandoffMissing,
    sdrReportsToMarketing,
    sharedKpiRequired,
    handoffRateThreshold,
    handoffRateUntracked,
    motionKpiMismatch,
    pipelineReviewRequired,
    structureReviewRequired,
    sharedIcpRequired,
    revopsLeaderRequired,
    prematureStructure,
    podComposition,
    podSingleMotion,
    modelFit,
    developmentFit,
    revopsGovernanceRequired,
    roleKpiRequired,
    slaBeforeSecondRep,
    flatStructureAtStartup,
    croAtEnterprise,
    revopsPlacement,
    revopsEmbeddedPartners,
    handoffRateBroken,
    headcountExceedsEmployees,
    podSeatsExceedHeadcount,
    reportingCycle,
    multipleTopRoles,
    organizationRequired,
    unusedSuppression,
];

const RULES_BY_ID = new Map(RULES.map(rule => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
    return RULES_BY_ID.get(id);
}

export * from './rule.js';
export * from './rule-docs.js';
