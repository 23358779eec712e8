/**
 * One line on what each enumeration value of the language means, for the hover on a value such as
 * `assembly-line` or `sdr`. Keyed by the grammar's enumeration rule (`OrgModel`, `RoleKind`, ...)
 * because the same word can mean different things in two enumerations (`centralized` RevOps versus
 * `centralized` sales development; `revops` the team function versus the role kind).
 */

export interface EnumerationDocs {
    /** How the enumeration reads in a sentence: `role kind`. */
    label: string;
    values: Readonly<Record<string, string>>;
}

const FREQUENCY: EnumerationDocs = {
    label: 'frequency',
    values: {
        daily: 'Every working day.',
        weekly: 'Once a week.',
        biweekly: 'Every two weeks.',
        monthly: 'Once a month.',
        quarterly: 'Once a quarter.',
        yearly: 'Once a year.',
    },
};

export const ENUMERATION_DOCS: Readonly<Record<string, EnumerationDocs>> = {
    OrgModel: {
        label: 'organization model',
        values: {
            'island': 'Each rep works a deal end to end, from prospecting to close and often renewal: usual before specialization pays off.',
            'assembly-line': 'Specialists at each funnel stage (marketing -> SDR -> AE -> CSM) hand the lead on: scales a high-volume, lower-ACV motion, and lives or dies by its handoffs.',
            'pod': 'Small cross-functional teams (SDR, AEs, CSM, SE) own a set of accounts together: suits high-ACV, complex sales.',
            'hybrid': 'Different models per segment, such as pods for enterprise and an assembly line for SMB.',
        },
    },
    RevopsModel: {
        label: 'RevOps model',
        values: {
            centralized: 'One RevOps team serves marketing, sales and success.',
            decentralized: 'Each function has its own operations people; needs a governing RevOps lead to stay consistent.',
            hybrid: 'Strategy, data, architecture and governance central; execution embedded in the functions.',
        },
    },
    TeamFunction: {
        label: 'team function',
        values: {
            marketing: 'The marketing side: rules reason about alignment through this function, not through names.',
            sales: 'The sales side: rules reason about alignment through this function, not through names.',
            success: 'Customer success: onboarding, retention and expansion after the sale.',
            revops: 'Revenue operations: owns the process, data and tooling across the revenue teams.',
            product: 'Product.',
            finance: 'Finance.',
            other: 'Any other function.',
        },
    },
    RoleKind: {
        label: 'role kind',
        values: {
            'ceo': 'Chief executive officer.',
            'cro': 'Chief revenue officer: one leader over sales and marketing (and often success).',
            'vp-sales': 'Head of sales.',
            'vp-marketing': 'Head of marketing.',
            'vp-success': 'Head of customer success.',
            'revops': 'A RevOps leader or specialist.',
            'sales-manager': 'A first-line sales manager.',
            'marketing': 'A marketer.',
            'mdr': 'Market development rep: the first funnel tier, working marketing leads.',
            'sdr': 'Sales development rep: qualifies leads and books meetings for AEs.',
            'bdr': 'Business development rep: outbound prospecting, the same funnel tier as the SDR.',
            'isr': 'Inside sales rep: closes deals, the same funnel tier as the AE.',
            'sar': 'Sales account rep: closes deals, the same funnel tier as the AE.',
            'ae': 'Account executive: runs the deal from qualified opportunity to close.',
            'am': 'Account manager: grows existing accounts after the sale.',
            'csm': 'Customer success manager: onboarding, adoption and retention.',
            'se': 'Sales engineer: the technical side of the deal.',
            'enablement': 'Sales enablement: training, content and onboarding of reps.',
            'analyst': 'An analyst.',
            'other': 'Any other role.',
        },
    },
    Motion: {
        label: 'motion',
        values: {
            hunter: 'Wins new logos; measured on net-new ARR or new logos.',
            farmer: 'Grows and keeps existing customers; measured on NRR, expansion or churn.',
        },
    },
    Stage: {
        label: 'funnel stage',
        values: {
            mql: 'Marketing qualified lead: marketing judges it worth passing on.',
            sal: 'Sales accepted lead: sales agrees it qualifies for follow-up (title, company fit, engagement threshold).',
            sql: 'Sales qualified lead: qualified by sales as a real buying opportunity.',
            pql: 'Product qualified lead: qualified by product usage.',
            opportunity: 'An opportunity in the pipeline.',
        },
    },
    Measure: {
        label: 'KPI measure',
        values: {
            'net-new-arr': 'New annual recurring revenue won (money).',
            'new-logos': 'New customers won (count).',
            'nrr': 'Net revenue retention (percent; above 100% is normal).',
            'expansion': 'Revenue growth from existing customers (percent or money).',
            'churn': 'Revenue or customers lost (percent or money).',
            'pipeline': 'Pipeline value created (money).',
            'pipeline-contribution': "A team's share of the pipeline (money or percent).",
            'handoff-rate': 'The share of leads passed on that the receiving side accepts (percent).',
            'speed-to-lead': 'Time from lead to first follow-up (duration).',
            'conversion': 'Conversion rate between funnel stages (percent).',
            'win-rate': 'The share of opportunities won (percent).',
            'quota-attainment': 'The share of quota reached (percent).',
            'activation': 'The share of new customers who reach first value (percent).',
            'cac': 'Customer acquisition cost (money).',
            'meetings': 'Meetings booked or held (count).',
            'mqls': 'Marketing qualified leads produced (count).',
            'other': 'Any other measure.',
        },
    },
    Frequency: FREQUENCY,
    Purpose: {
        label: 'cadence purpose',
        values: {
            'pipeline-review': 'Marketing and sales review the pipeline together.',
            'alignment': 'Marketing and sales align on goals, definitions and handoffs.',
            'structure-review': 'The organization structure is reviewed against the company stage.',
            'qbr': 'Quarterly business review.',
            'other': 'Any other meeting.',
        },
    },
    Development: {
        label: 'sales development model',
        values: {
            centralized: 'One outbound sales development team serves every segment: efficient for small contract values.',
            decentralized: 'Sales development sits with each segment or pod: pays off for large contract values.',
        },
    },
};

/** The Markdown that explains a value, or undefined when it is not a documented value. */
export function describeEnumValue(enumeration: string, value: string): string | undefined {
    const docs = ENUMERATION_DOCS[enumeration];
    const text = docs && Object.hasOwn(docs.values, value) ? docs.values[value] : undefined;
    return docs && text ? `\`${value}\` · ${docs.label}\n\n${text}` : undefined;
}
