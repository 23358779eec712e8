/**
 * The terms the rules define once and share: company stage, the marketing and sales sides, reps,
 * a role's implied motion, and the funnel tiers.
 */
import type { Measure, Motion, RoleKind, TeamFunction } from '../generated/ast.js';

/** Company stage by headcount (003, "Org Charts by Company Stage"). */
export type CompanyStage = 'startup' | 'growth' | 'midmarket' | 'enterprise';

export function stageOf(employees: number): CompanyStage {
    if (employees <= 10) return 'startup';
    if (employees <= 50) return 'growth';
    if (employees <= 200) return 'midmarket';
    return 'enterprise';
}

/** The two sides whose alignment most rules are about. */
export type Side = 'marketing' | 'sales';

export function sideOfFunction(fn: TeamFunction | undefined): Side | undefined {
    return fn === 'marketing' || fn === 'sales' ? fn : undefined;
}

const KIND_SIDES: Partial<Record<RoleKind, Side>> = {
    'vp-sales': 'sales', 'sales-manager': 'sales', 'sdr': 'sales', 'bdr': 'sales', 'isr': 'sales', 'sar': 'sales', 'ae': 'sales',
    'vp-marketing': 'marketing', 'marketing': 'marketing', 'mdr': 'marketing',
};

/**
 * The side of a role that has no team, by its kind: a sales org whose roles carry no `team` is
 * still a sales org (003 writes about functions, not about how a file groups them). A role on a
 * team takes the team's side instead, whatever its kind.
 */
export function sideOfKind(kind: RoleKind | undefined): Side | undefined {
    return kind ? KIND_SIDES[kind] : undefined;
}

/** The kinds that carry a quota or a pipeline number: what "your second rep" (003) counts. */
export const REP_KINDS: ReadonlySet<RoleKind> = new Set(['sdr', 'bdr', 'mdr', 'isr', 'sar', 'ae', 'am']);

/**
 * KPI measures that count activity each side can hit alone (003 Mistake 2: "Marketing optimizes for
 * volume"): a KPI both sides own is a shared outcome only when it measures something else.
 */
export const ACTIVITY_MEASURES: ReadonlySet<Measure> = new Set(['mqls', 'meetings']);

/** What a SAL definition writes down (003 Mistake 1: "title, company fit, engagement threshold"). */
export const SAL_CRITERIA = ['title', 'fit', 'engagement'] as const;

/** Sales and marketing kinds: a RevOps leader reporting to one of them is a rebranded sales or marketing ops team (003). */
export const SALES_OR_MARKETING_KINDS: ReadonlySet<RoleKind> = new Set(['vp-sales', 'sales-manager', 'sdr', 'bdr', 'isr', 'sar', 'ae', 'vp-marketing', 'marketing', 'mdr']);

/**
 * The motion a role works in: its own `motion`, or by its kind the hunter AE and the farmer AM
 * and CSM (001: "The Hunter (Account Executive)", "The Farmer (Account Manager/CSM)").
 */
export function impliedMotion(kind: RoleKind | undefined, motion: Motion | undefined): Motion | undefined {
    if (motion) return motion;
    if (kind === 'ae') return 'hunter';
    if (kind === 'am' || kind === 'csm') return 'farmer';
    return undefined;
}

/**
 * The funnel tiers in order (002: MDR -> SDR -> ISR/SAR -> AM), with the AE as the closing tier
 * and the CSM beside the AM after the sale.
 */
export const FUNNEL_TIERS: ReadonlyArray<{ name: string; kinds: readonly RoleKind[] }> = [
    { name: 'MDR', kinds: ['mdr'] },
    { name: 'SDR/BDR', kinds: ['sdr', 'bdr'] },
    { name: 'AE/ISR/SAR', kinds: ['ae', 'isr', 'sar'] },
    { name: 'AM/CSM', kinds: ['am', 'csm'] },
];

export function tierOf(kind: RoleKind | undefined): number | undefined {
    if (!kind) return undefined;
    const index = FUNNEL_TIERS.findIndex(tier => tier.kinds.includes(kind));
    return index < 0 ? undefined : index;
}
