/**
 * What the report quotes from 003 ("Sales and Marketing Organizational Structures: Models That
 * Actually Align Revenue", seeds/003): every string here is copied from the article word for word
 * (a test compares them with the article when it is at hand), so the report never puts words in
 * its mouth. What revorg makes of them is written next to where they are used, as revorg's own words.
 */
import type { CompanyStage } from '@revorg/language';

/** How the report names its source. */
export const ARTICLE_NAME = '003, "Sales and Marketing Organizational Structures"';

/** The five layers of the Revenue Alignment Stack, bottom up, as the article lists them. */
export const STACK_LAYER_WORDS = {
    icp: 'Shared ICP definition that both teams execute against, not lip service',
    signals: 'Common signal language so sales and marketing agree on what "intent" actually means',
    handoffs: 'Unified handoff process with SLAs baked into CRM workflows',
    kpis: 'One set of revenue KPIs that both teams own',
    cadence: 'Operating cadence - weekly or biweekly rhythm where pipeline gets reviewed together',
} as const;

export const STACK_DEPENDENCY = 'each layer depends on the one below it - skip one and the whole thing wobbles';

/** The article's heading for each stage of "Org Charts by Company Stage". */
export const STAGE_HEADINGS: Record<CompanyStage, string> = {
    startup: 'Startup (1-10 People)',
    growth: 'Growth (11-50 People)',
    midmarket: 'Mid-Market (51-200 People)',
    enterprise: 'Enterprise (200+ People)',
};

/** Oracle's four stages of alignment maturity, as the article quotes them. */
export const ORACLE_STAGES = [
    { name: 'Strategic alignment', words: 'Teams agree on target markets and messaging.' },
    { name: 'Technology integration', words: 'Shared platforms, unified data, real-time visibility.' },
    { name: 'Operational integration', words: 'Shared KPIs, SLAs, joint pipeline reviews, unified lead definitions.' },
    { name: 'Revenue unification', words: 'Sales and marketing operate as one revenue team.' },
] as const;

/** The headcount benchmarks of "Org Charts by Company Stage". */
export const HEADCOUNT_BENCHMARKS = {
    marketing: { share: 5, words: 'marketing departments average about 5% of total company headcount' },
    enterprise: { sales: 19, marketing: 14, words: 'roughly 19% of headcount in sales and 14% in marketing' },
} as const;

/** Influ2's three buckets ("Measuring Alignment Effectiveness"). */
export const INFLU2_WORDS = {
    effectiveHighOverlap: 'Effective handoff + high audience overlap. This is the goal.',
    effectiveColdAudience: 'Effective handoff but large "cold sales audience" - sales is working accounts that marketing isn\'t targeting.',
    broken: 'Broken handoff. Fewer than 35% of engaged contacts get sales follow-up.',
    threshold: 'The threshold for "effective" is 35% or higher handoff rate.',
} as const;

/** Every quote above, for the test that holds them to the article. */
export function articleQuotes(): string[] {
    return [
        ...Object.values(STACK_LAYER_WORDS),
        STACK_DEPENDENCY,
        ...Object.values(STAGE_HEADINGS),
        ...ORACLE_STAGES.map(stage => stage.words),
        HEADCOUNT_BENCHMARKS.marketing.words,
        HEADCOUNT_BENCHMARKS.enterprise.words,
        ...Object.values(INFLU2_WORDS),
    ];
}
