/**
 * What each property of each declaration kind means, for completion items: LANGUAGE.md section 3
 * condensed to a line, whether the property is required (the `missing-property` list of section 4),
 * and the shape of its value, which decides what completion inserts after the key.
 */
import type { Declaration } from '../generated/ast.js';

/** The shape of a property's value: decides the text inserted with the key. */
export type ValueShape =
    | 'enum'            // a keyword from a fixed list: `kind: sdr`
    | 'reference'       // a declared name: `team: Sales`
    | 'reference-list'  // `[A, B]` of declared names
    | 'member-list'     // `[SDR x2, AE]`: roles with a count
    | 'string'          // `"..."`
    | 'string-list'     // `["...", "..."]`
    | 'quantity';       // money, count, percent or duration: `12M`, `6`, `35%`, `4h`

export interface PropertyDoc {
    /** One sentence: what the value is and what it is for. */
    summary: string;
    shape: ValueShape;
    required: boolean;
}

function doc(shape: ValueShape, summary: string, required = false): PropertyDoc {
    return { shape, summary, required };
}

export const PROPERTY_DOCS: Record<Declaration['$type'], Record<string, PropertyDoc>> = {
    Organization: {
        arr: doc('quantity', 'Annual recurring revenue (money: `12M`, `$850K`).'),
        employees: doc('quantity', 'Company headcount (count).'),
        acv: doc('quantity', 'Average contract value (money).'),
        model: doc('enum', 'How the revenue organization is structured: island, assembly line, pods or a hybrid.'),
        revops: doc('enum', 'Where RevOps sits: centralized, decentralized or hybrid.'),
        products: doc('quantity', 'Number of product lines (count).'),
    },
    Team: {
        function: doc('enum', 'What the team does; rules reason about marketing and sales through it, never through names.', true),
        lead: doc('reference', 'The role that leads the team.'),
    },
    Role: {
        kind: doc('enum', 'What the role is (`sdr`, `ae`, `cro`, ...); rules read roles by their kind.', true),
        team: doc('reference', 'The team the role belongs to.'),
        reportsTo: doc('reference', 'The role this one reports to: the reporting line.'),
        headcount: doc('quantity', 'How many people hold the role (count, default 1).'),
        motion: doc('enum', 'Hunter (new business) or farmer (existing customers).'),
        kpis: doc('reference-list', 'The KPIs the role is measured on.'),
    },
    Definition: {
        stage: doc('enum', 'The funnel stage this definition qualifies a lead for.', true),
        owner: doc('reference', 'The team or role that owns the definition.'),
        title: doc('string', 'The job titles that qualify (criterion).'),
        fit: doc('string', 'The company fit that qualifies (criterion).'),
        engagement: doc('string', 'The engagement threshold that qualifies (criterion).'),
    },
    Icp: {
        owners: doc('reference-list', 'The teams that share this ideal customer profile.'),
        criteria: doc('string-list', 'What makes an account a fit, one string per criterion.'),
    },
    Handoff: {
        from: doc('reference', 'The team or role that hands the lead over.', true),
        to: doc('reference', 'The team or role that receives it.', true),
        trigger: doc('reference', 'The definition that moves the lead (for example a SAL).'),
        owner: doc('reference', 'The role accountable for the speed and quality of this handoff.'),
    },
    Sla: {
        handoff: doc('reference', 'The handoff this SLA is a commitment on.', true),
        within: doc('quantity', 'The receiving side follows up within this time (duration: `4h`, `2d`).', true),
        touches: doc('quantity', 'Minimum number of follow-up touches (count).'),
        volume: doc('quantity', 'Leads per month the sending side commits to (count).'),
        audit: doc('enum', 'How often compliance with the SLA is audited.'),
        auditor: doc('reference', 'The role that audits the SLA.'),
    },
    Kpi: {
        measures: doc('enum', 'What the KPI measures (`pipeline`, `handoff-rate`, `nrr`, ...).', true),
        owners: doc('reference-list', 'The teams or roles that own the KPI.', true),
        target: doc('quantity', 'The target: a percent, money, count or duration.'),
        period: doc('enum', 'The period the target applies to.'),
    },
    Cadence: {
        purpose: doc('enum', 'What the meeting is for.'),
        every: doc('enum', 'How often the meeting happens.', true),
        duration: doc('quantity', 'How long the meeting lasts (duration: `30m`, `1h`).'),
        attendees: doc('reference-list', 'The teams or roles that attend.', true),
    },
    Pod: {
        segment: doc('reference', 'The customer segment the pod serves.'),
        lead: doc('reference', 'The role that leads the pod.'),
        members: doc('member-list', 'The roles in the pod with their count (`SDR x2`; x1 when omitted).'),
    },
    Segment: {
        acv: doc('quantity', 'Average contract value in this segment (money).'),
        model: doc('enum', 'The organization model used for this segment.'),
        development: doc('enum', 'How outbound sales development runs for this segment: centralized or decentralized.'),
    },
};

/** The documentation of a property of a declaration kind, if the kind takes it. */
export function propertyDoc(type: Declaration['$type'], key: string): PropertyDoc | undefined {
    return Object.hasOwn(PROPERTY_DOCS[type], key) ? PROPERTY_DOCS[type][key] : undefined;
}
