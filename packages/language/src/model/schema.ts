/**
 * The language schema: every declaration kind and every property it takes, with the shape of its
 * value, the declaration kinds a reference accepts, whether it is required, a one-line doc and an
 * example; and every enumeration with what each value means.
 *
 * This and the grammar (`revorg.langium`) are the only places that state facts about the
 * language. Everything else is derived from them: the property tables of the model layer,
 * `missing-property`'s required list, the reference-kind labels of messages, completion and hover
 * docs, the declaration snippets (in the server and in the extension's snippets file), and the
 * generated sections of docs/language.md. A meta-test (test/schema.test.ts) checks the schema
 * against the grammar, both ways. Adding a property is: its grammar rule, its entry here, and
 * whatever rule reads it.
 */
import type { Declaration } from '../generated/ast.js';
import { kindName, type ValueKind } from './values.js';

export type DeclarationType = Declaration['$type'];

/** The grammar's enumerations: datatype rules made only of keyword alternatives. */
export type EnumerationName =
    | 'OrgModel' | 'RevopsModel' | 'TeamFunction' | 'RoleKind' | 'Motion' | 'Stage' | 'Measure' | 'Frequency' | 'Purpose' | 'Development';

/** What a property's value is, which decides how it is parsed, completed and inserted. */
export type ValueSchema =
    /** A number with a unit: `12M`, `6`, `35%`, `4h`; `kinds` are those the property accepts. */
    | { shape: 'quantity'; kinds: readonly ValueKind[] }
    /** A keyword from a fixed list: `kind: sdr`. */
    | { shape: 'enum'; enumeration: EnumerationName }
    /** A declared name of one of the `targets` kinds: `team: Sales`. */
    | { shape: 'reference'; targets: readonly DeclarationType[] }
    /** `[A, B]` of declared names. */
    | { shape: 'reference-list'; targets: readonly DeclarationType[] }
    /** `[SDR x2, AE]`: roles, each with how many of it (x1 when omitted). */
    | { shape: 'member-list'; targets: readonly DeclarationType[] }
    /** `"..."`. */
    | { shape: 'string' }
    /** `["...", "..."]`. */
    | { shape: 'string-list' };

export type ValueShape = ValueSchema['shape'];

export interface PropertySchema {
    key: string;
    value: ValueSchema;
    required: boolean;
    /** One sentence: what the value is and what it is for. */
    doc: string;
    /** A typical value as written after `key: ` (also the snippet's placeholder). */
    example: string;
}

export interface DeclarationSchema {
    type: DeclarationType;
    /** The keyword that starts the declaration. */
    keyword: string;
    /** How the kind reads in a sentence: `role`, `KPI`, `SLA`. */
    label: string;
    /** Whether the declaration has a name (all but the organization, which has only a title). */
    named: boolean;
    /** One line on what the declaration is for (the snippet's description). */
    doc: string;
    /** An example name and title for the snippet's header (`SDR`, "Sales Development Rep"). */
    exampleName: string;
    exampleTitle: string;
    properties: readonly PropertySchema[];
    /** The properties a new declaration starts with (the snippet): the required ones and those almost every model sets. */
    snippet: readonly string[];
    /** The property that says most about a declaration at a glance (`kind` of a role), shown beside its name. */
    characteristic?: string;
}

export interface EnumerationSchema {
    name: EnumerationName;
    /** How the enumeration reads in a sentence: `role kind`. */
    label: string;
    /** Every value in the grammar's order, with what it means. */
    values: Readonly<Record<string, string>>;
}

const ANY_QUANTITY: readonly ValueKind[] = ['percent', 'money', 'count', 'duration'];

function property(key: string, value: ValueSchema, doc: string, example: string, required = false): PropertySchema {
    return { key, value, required, doc, example };
}

const enumeration = (name: EnumerationName): ValueSchema => ({ shape: 'enum', enumeration: name });
const quantity = (...kinds: ValueKind[]): ValueSchema => ({ shape: 'quantity', kinds });
const reference = (...targets: DeclarationType[]): ValueSchema => ({ shape: 'reference', targets });
const references = (...targets: DeclarationType[]): ValueSchema => ({ shape: 'reference-list', targets });

export const DECLARATIONS: readonly DeclarationSchema[] = [
    {
        type: 'Organization', keyword: 'organization', label: 'organization', named: false,
        doc: 'The company: ARR, headcount, contract value, org model and RevOps model (one per model).',
        exampleName: '', exampleTitle: 'Company',
        properties: [
            property('arr', quantity('money'), 'Annual recurring revenue (money: `12M`, `$850K`).', '$12M'),
            property('employees', quantity('count'), 'Company headcount (count); sets the company stage.', '140'),
            property('acv', quantity('money'), 'Average contract value (money).', '45K'),
            property('model', enumeration('OrgModel'), 'How the revenue organization is structured: island, assembly line, pods or a hybrid.', 'assembly-line'),
            property('revops', enumeration('RevopsModel'), 'Where RevOps sits: centralized, decentralized or hybrid.', 'centralized'),
            property('products', quantity('count'), 'Number of product lines (count).', '2'),
        ],
        snippet: ['arr', 'employees', 'acv', 'model', 'revops'],
        characteristic: 'arr',
    },
    {
        type: 'Team', keyword: 'team', label: 'team', named: true,
        doc: 'A team with its function and lead.',
        exampleName: 'Sales', exampleTitle: 'Sales',
        properties: [
            property('function', enumeration('TeamFunction'), 'What the team does; rules reason about marketing and sales through it, never through names.', 'sales', true),
            property('lead', reference('Role'), 'The role that leads the team.', 'VPSales'),
        ],
        snippet: ['function', 'lead'],
        characteristic: 'function',
    },
    {
        type: 'Role', keyword: 'role', label: 'role', named: true,
        doc: 'A role: kind, team, reporting line and headcount.',
        exampleName: 'AE', exampleTitle: 'Account Executive',
        properties: [
            property('kind', enumeration('RoleKind'), 'What the role is (`sdr`, `ae`, `cro`, ...); rules read roles by their kind.', 'ae', true),
            property('team', reference('Team'), 'The team the role belongs to.', 'Sales'),
            property('reportsTo', reference('Role'), 'The role this one reports to: the reporting line.', 'VPSales'),
            property('dottedTo', references('Role'), 'Dotted-line (matrix) managers: a regional leader an embedded partner also answers to. Not part of the reporting line.', '[RvpEMEA]'),
            property('embeddedIn', references('Team', 'Segment', 'Pod'), 'The teams, segments or pods the role is embedded in, such as a RevOps partner aligned to a region or a segment.', '[SalesEMEA, Enterprise]'),
            property('segment', reference('Segment'), 'The segment the role serves (pods for enterprise, an assembly line for SMB).', 'Enterprise'),
            property('headcount', quantity('count'), 'How many people hold the role (count, default 1).', '4'),
            property('motion', enumeration('Motion'), 'Hunter (new business) or farmer (existing customers).', 'hunter'),
            property('kpis', references('Kpi'), 'The KPIs the role is measured on.', '[NetNewArr]'),
        ],
        snippet: ['kind', 'team', 'reportsTo', 'headcount'],
        characteristic: 'kind',
    },
    {
        type: 'Definition', keyword: 'definition', label: 'definition', named: true,
        doc: 'A lead definition; a SAL states title, company fit and engagement threshold.',
        exampleName: 'SAL', exampleTitle: 'Sales Accepted Lead',
        properties: [
            property('stage', enumeration('Stage'), 'The funnel stage this definition qualifies a lead for.', 'sal', true),
            property('owner', reference('Team', 'Role'), 'The team or role that owns the definition.', 'Sales'),
            property('title', { shape: 'string' }, 'The job titles that qualify (criterion).', '"Director or above"'),
            property('fit', { shape: 'string' }, 'The company fit that qualifies (criterion).', '"B2B SaaS, 50-1000 employees"'),
            property('engagement', { shape: 'string' }, 'The engagement threshold that qualifies (criterion).', '"Score >= 60 within 30 days"'),
        ],
        snippet: ['stage', 'owner', 'title', 'fit', 'engagement'],
        characteristic: 'stage',
    },
    {
        type: 'Icp', keyword: 'icp', label: 'ICP', named: true,
        doc: 'An ideal customer profile owned by marketing and sales together.',
        exampleName: 'Core', exampleTitle: 'Core ICP',
        properties: [
            property('owners', references('Team', 'Role'), 'The teams or roles that share this ideal customer profile.', '[Marketing, Sales]'),
            property('criteria', { shape: 'string-list' }, 'What makes an account a fit, one string per criterion.', '["B2B SaaS", "50-1000 employees"]'),
        ],
        snippet: ['owners', 'criteria'],
    },
    {
        type: 'Handoff', keyword: 'handoff', label: 'handoff', named: true,
        doc: 'A handoff between teams or roles, with its trigger and owner.',
        exampleName: 'SdrToAe', exampleTitle: 'SDR to AE',
        properties: [
            property('from', reference('Team', 'Role'), 'The team or role that hands the lead over.', 'SDR', true),
            property('to', reference('Team', 'Role'), 'The team or role that receives it.', 'AE', true),
            property('trigger', reference('Definition'), 'The definition that moves the lead (for example a SAL).', 'SAL'),
            property('owner', reference('Role'), 'The role accountable for the speed and quality of this handoff.', 'RevOpsLead'),
        ],
        snippet: ['from', 'to', 'trigger', 'owner'],
    },
    {
        type: 'Sla', keyword: 'sla', label: 'SLA', named: true,
        doc: 'The SLA on a handoff: response time, touches, volume and audit.',
        exampleName: 'MeetingAcceptance', exampleTitle: 'Meeting acceptance',
        properties: [
            property('handoff', reference('Handoff'), 'The handoff this SLA is a commitment on.', 'SdrToAe', true),
            property('within', quantity('duration'), 'The receiving side follows up within this time (duration: `4h`, `2d`).', '24h', true),
            property('touches', quantity('count'), 'Minimum number of follow-up touches (count).', '3'),
            property('volume', quantity('count'), 'Leads per month the sending side commits to (count).', '400'),
            property('audit', enumeration('Frequency'), 'How often compliance with the SLA is audited.', 'weekly'),
            property('auditor', reference('Role'), 'The role that audits the SLA.', 'RevOpsLead'),
        ],
        snippet: ['handoff', 'within', 'touches', 'audit'],
        characteristic: 'within',
    },
    {
        type: 'Kpi', keyword: 'kpi', label: 'KPI', named: true,
        doc: 'A KPI with what it measures, its owners, target and period.',
        // The examples fit together: a handoff rate is a percent, owned by both sides, measured monthly.
        exampleName: 'HandoffRate', exampleTitle: 'Handoff rate',
        properties: [
            property('measures', enumeration('Measure'), 'What the KPI measures (`pipeline`, `handoff-rate`, `nrr`, ...).', 'handoff-rate', true),
            property('owners', references('Team', 'Role', 'Pod'), 'The teams, roles or pods that own the KPI (a pod is measured on its collective output).', '[Marketing, Sales]', true),
            property('target', quantity(...ANY_QUANTITY), 'The target: a percent, money, count or duration, as fits what the KPI measures.', '40%'),
            property('actual', quantity(...ANY_QUANTITY), 'The latest measured value, of the same kind as the target.', '37%'),
            property('period', enumeration('Frequency'), 'The period the target applies to.', 'monthly'),
        ],
        snippet: ['measures', 'owners', 'target', 'period'],
        characteristic: 'measures',
    },
    {
        type: 'Cadence', keyword: 'cadence', label: 'cadence', named: true,
        doc: 'A recurring meeting: purpose, frequency, duration and attendees.',
        exampleName: 'PipelineReview', exampleTitle: 'Weekly pipeline review',
        properties: [
            property('purpose', enumeration('Purpose'), 'What the meeting is for.', 'pipeline-review'),
            property('every', enumeration('Frequency'), 'How often the meeting happens.', 'weekly', true),
            property('duration', quantity('duration'), 'How long the meeting lasts (duration: `30m`, `1h`).', '30m'),
            property('attendees', references('Team', 'Role'), 'The teams or roles that attend.', '[Marketing, Sales]', true),
        ],
        snippet: ['purpose', 'every', 'duration', 'attendees'],
        characteristic: 'every',
    },
    {
        type: 'Pod', keyword: 'pod', label: 'pod', named: true,
        doc: 'A pod: 1-2 SDRs, 2-3 AEs and a CSM owning a segment.',
        exampleName: 'Enterprise1', exampleTitle: 'Enterprise pod 1',
        properties: [
            property('segment', reference('Segment'), 'The customer segment the pod serves.', 'Enterprise'),
            property('lead', reference('Role'), 'The role that leads the pod.', 'AE'),
            property('members', { shape: 'member-list', targets: ['Role'] }, 'The roles in the pod with their count (`SDR x2`; x1 when omitted).', '[SDR x1, AE x3, CSM x1]'),
        ],
        snippet: ['segment', 'lead', 'members'],
        characteristic: 'segment',
    },
    {
        type: 'Segment', keyword: 'segment', label: 'segment', named: true,
        doc: 'A market segment with its contract value, org model and sales development model.',
        exampleName: 'SMB', exampleTitle: 'SMB',
        properties: [
            property('acv', quantity('money'), 'Average contract value in this segment (money).', '8K'),
            property('model', enumeration('OrgModel'), 'The organization model used for this segment.', 'assembly-line'),
            property('development', enumeration('Development'), 'How outbound sales development runs for this segment: centralized or decentralized.', 'centralized'),
        ],
        snippet: ['acv', 'model', 'development'],
        characteristic: 'model',
    },
];

const FREQUENCY_VALUES = {
    daily: 'Every working day.',
    weekly: 'Once a week.',
    biweekly: 'Every two weeks.',
    monthly: 'Once a month.',
    quarterly: 'Once a quarter.',
    yearly: 'Once a year.',
};

export const ENUMERATIONS: readonly EnumerationSchema[] = [
    {
        name: 'OrgModel', label: 'organization model',
        values: {
            'island': 'Each rep works a deal end to end, from prospecting to close and often renewal: usual before specialization pays off.',
            'assembly-line': 'Specialists at each funnel stage (marketing -> SDR -> AE -> CSM) hand the lead on: scales a high-volume, lower-ACV motion, and lives or dies by its handoffs.',
            'pod': 'Small cross-functional teams (SDR, AEs, CSM, SE) own a set of accounts together: suits high-ACV, complex sales.',
            'hybrid': 'Different models per segment, such as pods for enterprise and an assembly line for SMB.',
        },
    },
    {
        name: 'RevopsModel', label: 'RevOps model',
        values: {
            centralized: 'One RevOps team serves marketing, sales and success.',
            decentralized: 'Each function has its own operations people; needs a governing RevOps lead to stay consistent.',
            hybrid: 'Strategy, data, architecture and governance central; execution embedded in the functions.',
        },
    },
    {
        name: 'TeamFunction', label: 'team function',
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
    {
        name: 'RoleKind', label: 'role kind',
        values: {
            'ceo': 'Chief executive officer.',
            'cro': 'Chief revenue officer: one leader over sales and marketing (and often success).',
            'coo': 'Chief operating officer: one of the two leaders RevOps usually reports to (the CRO or the COO).',
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
            'sar': 'Strategic Account Rep: works the strategic accounts, the same funnel tier as the AE and the ISR.',
            'ae': 'Account executive: runs the deal from qualified opportunity to close.',
            'am': 'Account manager: grows existing accounts after the sale.',
            'csm': 'Customer success manager: onboarding, adoption and retention.',
            'se': 'Sales engineer: the technical side of the deal.',
            'enablement': 'Sales enablement: training, content and onboarding of reps.',
            'analyst': 'An analyst.',
            'generalist': 'A revenue generalist: one person covering marketing, SDR work and early customer success, as at a startup. Without a team, counts on both sides for the rules about marketing and sales working together.',
            'other': 'Any other role.',
        },
    },
    {
        name: 'Motion', label: 'motion',
        values: {
            hunter: 'Wins new logos; measured on net-new ARR or new logos.',
            farmer: 'Grows and keeps existing customers; measured on NRR, expansion or churn.',
        },
    },
    {
        name: 'Stage', label: 'funnel stage',
        values: {
            mql: 'Marketing qualified lead: marketing judges it worth passing on.',
            sal: 'Sales accepted lead: sales agrees it qualifies for follow-up (title, company fit, engagement threshold).',
            sql: 'Sales qualified lead: qualified by sales as a real buying opportunity.',
            pql: 'Product qualified lead: qualified by product usage.',
            opportunity: 'An opportunity in the pipeline.',
        },
    },
    {
        name: 'Measure', label: 'KPI measure',
        values: {
            'net-new-arr': 'New annual recurring revenue won (money).',
            'new-logos': 'New customers won (count).',
            'nrr': 'Net revenue retention (percent; above 100% is normal).',
            'expansion': 'Revenue growth from existing customers (percent or money).',
            'churn': 'Revenue or customers lost (percent or money).',
            'pipeline': 'Pipeline value created (money).',
            'pipeline-contribution': "A team's share of the pipeline (money or percent).",
            'handoff-rate': 'The % of marketing-engaged contacts that sales actually follows up on (percent).',
            'speed-to-lead': 'Time from lead to first follow-up (duration).',
            'conversion': 'Conversion rate between funnel stages (percent).',
            'win-rate': 'The share of opportunities won (percent).',
            'quota-attainment': 'The share of quota reached (percent).',
            'activation': 'The share of new customers who reach first value (percent).',
            'cac': 'Customer acquisition cost (money).',
            'meetings': 'Meetings booked or held (count).',
            'mqls': 'Marketing qualified leads produced (count).',
            'pipeline-velocity': 'How fast pipeline turns into revenue, as value per period (money): RevOps\'s key metric.',
            'attribution': 'How accurately revenue is attributed to the programs that sourced it (percent).',
            'revenue-growth': 'The revenue growth rate (percent): the CRO\'s key metric.',
            'audience-overlap': 'Whether sales and marketing target the same accounts: the share of accounts both work (percent).',
            'other': 'Any other measure.',
        },
    },
    { name: 'Frequency', label: 'frequency', values: FREQUENCY_VALUES },
    {
        name: 'Purpose', label: 'cadence purpose',
        values: {
            'pipeline-review': 'Marketing and sales review the pipeline together.',
            'alignment': 'Marketing and sales align on goals, definitions and handoffs.',
            'structure-review': 'The organization structure is reviewed against the company stage.',
            'qbr': 'Quarterly business review.',
            'other': 'Any other meeting.',
        },
    },
    {
        name: 'Development', label: 'sales development model',
        values: {
            centralized: 'One outbound sales development team serves every segment: efficient for small contract values.',
            decentralized: 'Sales development sits with each segment or pod: pays off for large contract values.',
        },
    },
];

/**
 * Which kinds of value a KPI's `target` and `actual` may be, by what it measures. A plain number
 * reads as a count where a count is allowed, else as money.
 */
export const MEASURE_VALUE_KINDS: Readonly<Record<string, readonly ValueKind[]>> = {
    'net-new-arr': ['money'],
    'new-logos': ['count'],
    'nrr': ['percent'],
    'expansion': ['percent', 'money'],
    'churn': ['percent', 'money'],
    'pipeline': ['money'],
    'pipeline-contribution': ['money', 'percent'],
    'handoff-rate': ['percent'],
    'speed-to-lead': ['duration'],
    'conversion': ['percent'],
    'win-rate': ['percent'],
    'quota-attainment': ['percent'],
    'activation': ['percent'],
    'cac': ['money'],
    'meetings': ['count'],
    'mqls': ['count'],
    'pipeline-velocity': ['money'],
    'attribution': ['percent'],
    'revenue-growth': ['percent'],
    'audience-overlap': ['percent'],
    'other': ANY_QUANTITY,
};

/** Retention and expansion are routinely above 100% (120% NRR is normal); nothing else is. */
export const UNBOUNDED_PERCENT_MEASURES: ReadonlySet<string> = new Set(['nrr', 'expansion']);

const BY_TYPE = new Map(DECLARATIONS.map(declaration => [declaration.type, declaration]));
const BY_KEYWORD = new Map(DECLARATIONS.map(declaration => [declaration.keyword, declaration]));
const PROPERTIES = new Map(DECLARATIONS.map(declaration => [declaration.type, new Map(declaration.properties.map(p => [p.key, p]))]));
const ENUMERATIONS_BY_NAME = new Map(ENUMERATIONS.map(enumeration => [enumeration.name, enumeration]));

export function declarationSchema(type: DeclarationType): DeclarationSchema {
    return BY_TYPE.get(type)!;
}

/** The declaration kind a top-level keyword starts (`role` -> Role). */
export function declarationStartedBy(keyword: string): DeclarationSchema | undefined {
    return BY_KEYWORD.get(keyword);
}

/** The property `key` of a declaration kind, if the kind takes it. */
export function propertySchema(type: DeclarationType, key: string): PropertySchema | undefined {
    return PROPERTIES.get(type)?.get(key);
}

export function enumerationSchema(name: string): EnumerationSchema | undefined {
    return ENUMERATIONS_BY_NAME.get(name as EnumerationName);
}

/** The values of an enumeration, in the grammar's order. */
export function enumerationValues(name: EnumerationName): string[] {
    return Object.keys(ENUMERATIONS_BY_NAME.get(name)!.values);
}

/**
 * `team`, `team or role`, `team, segment or pod`: the kinds a reference accepts, as a message says
 * them; `teams or roles` for a list. (Every label takes a plain `s`: roles, KPIs, SLAs, ICPs.)
 */
export function referenceTargetsLabel(targets: readonly DeclarationType[], plural = false): string {
    const labels = targets.map(type => `${declarationSchema(type).label}${plural ? 's' : ''}`);
    return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

/** `key: example`, the line a message or a quick fix suggests. */
export function exampleLine(property: PropertySchema): string {
    return `${property.key}: ${property.example}`;
}

/** What a property's value is, in words: `a duration`, `a list of teams or roles`, `one of \`hunter\`, \`farmer\``. */
export function describeValue(property: PropertySchema): string {
    const value = property.value;
    switch (value.shape) {
        case 'quantity': return value.kinds.map(kindName).join(' or ');
        case 'enum': return `one of ${enumerationValues(value.enumeration).map(item => `\`${item}\``).join(', ')}`;
        case 'reference': return `a ${referenceTargetsLabel(value.targets)}`;
        case 'reference-list': return `a list of ${referenceTargetsLabel(value.targets, true)}`;
        case 'member-list': return `a list of ${referenceTargetsLabel(value.targets, true)}, each with a count (\`x2\`)`;
        case 'string': return 'a string';
        case 'string-list': return 'a list of strings';
    }
}
