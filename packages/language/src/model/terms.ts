/**
 * The terms RULES.md defines once and many rules use: company stage, the marketing and sales
 * sides, and the funnel tiers.
 */
import type { RoleKind, TeamFunction } from '../generated/ast.js';

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
