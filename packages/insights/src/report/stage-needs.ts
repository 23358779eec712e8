/**
 * What 003's "Org Charts by Company Stage" says each stage needs, where the model can tell: each
 * need quotes the article's words exactly and says what revorg looks for. What the language cannot
 * express (ABM as a function, regional overlays, a demand gen marketer as opposed to a content
 * marketer, outsourcing) is left out rather than guessed.
 */
import { atLeastAsOftenAs, deepestRole, REP_KINDS, type CompanyStage, type RevorgFacts, type RoleFacts, type RoleKind } from '@revorg/language';
import type { ModelLocator } from '../model-locator.js';
import { counted, declarationName, modelElement } from './model-element.js';
import type { ModelElement, StageNeed } from './schema.js';

interface NeedVerdict {
    met: boolean;
    detail: string;
    elements: ModelElement[];
}

export interface StageNeedCheck {
    id: string;
    /** The article's words. */
    quote: string;
    /** What revorg looks for, in revorg's words. */
    check: string;
    verdict(facts: RevorgFacts, locator: ModelLocator): NeedVerdict;
}

const rolesOfKind = (facts: RevorgFacts, kinds: readonly RoleKind[]): RoleFacts[] => facts.roles.filter(role => role.kind !== undefined && kinds.includes(role.kind));

const headcountOf = (roles: readonly RoleFacts[]): number => roles.reduce((sum, role) => sum + role.headcount, 0);

/** A need met by having roles of some kinds (`at least` people in them). */
function rolesNeed(id: string, quote: string, kinds: readonly RoleKind[], what: string, atLeast = 1): StageNeedCheck {
    const kindList = kinds.map(kind => `\`${kind}\``).join(' or ');
    return {
        id,
        quote,
        check: atLeast === 1 ? `a role of kind ${kindList}` : `at least ${atLeast} people in roles of kind ${kindList}`,
        verdict(facts, locator) {
            const roles = rolesOfKind(facts, kinds);
            const people = headcountOf(roles);
            const names = roles.slice(0, 3).map(role => declarationName(role.node)).join(', ') + (roles.length > 3 ? ` and ${roles.length - 3} more` : '');
            return {
                met: roles.length > 0 && people >= atLeast,
                detail: roles.length === 0 ? `The model has no ${what}.` : `${names}: ${counted(people, 'person', 'people')}.`,
                elements: roles.map(role => modelElement(locator, role.node, `${role.kind}, headcount ${role.headcount}`)),
            };
        },
    };
}

const flatStructure: StageNeedCheck = {
    id: 'flat-structure',
    quote: 'Flat structure.',
    check: 'at most two layers of reporting: no role has more than one manager above it',
    verdict(facts, locator) {
        const { role: deepest, depth } = deepestRole(facts);
        return {
            met: depth <= 1,
            detail: deepest && depth > 1 ? `${declarationName(deepest.node)} has ${depth} managers above it.` : 'No role has more than one manager above it.',
            elements: deepest && depth > 1 ? [modelElement(locator, deepest.node, `${depth} managers above it`)] : [],
        };
    },
};

const founderRunsSales: StageNeedCheck = {
    id: 'founder-runs-sales',
    quote: 'The founder runs sales.',
    check: 'a `ceo` role on or leading a sales team, or with sales reps reporting to it directly',
    verdict(facts, locator) {
        const runsSales = (role: RoleFacts): string | undefined => {
            if (role.team && facts.team(role.team)?.function === 'sales') return `is on the ${role.team.name} team`;
            const led = facts.teams.find(team => team.lead === role.node && team.function === 'sales');
            if (led) return `leads the ${led.node.name} team`;
            const reps = role.directReports.map(report => facts.role(report)).filter(report => report?.side === 'sales' && report.kind !== undefined && REP_KINDS.has(report.kind));
            return reps.length > 0 ? `has sales reps reporting to it (${reps.map(rep => rep!.node.name).join(', ')})` : undefined;
        };
        const founders = rolesOfKind(facts, ['ceo']).map(role => ({ role, how: runsSales(role) })).filter(founder => founder.how !== undefined);
        return {
            met: founders.length > 0,
            detail: founders.length > 0 ? `${declarationName(founders[0].role.node)} ${founders[0].how}.` : 'No `ceo` role runs sales.',
            elements: founders.map(founder => modelElement(locator, founder.role.node, founder.how!)),
        };
    },
};

const weeklyPipelineReview: StageNeedCheck = {
    id: 'weekly-pipeline-review',
    quote: 'Weekly pipeline review with the whole team.',
    check: 'a `cadence` with `purpose: pipeline-review`, at least weekly, attended by both sides',
    verdict(facts, locator) {
        const reviews = facts.cadences.filter(cadence => cadence.purpose === 'pipeline-review' && cadence.every !== undefined && atLeastAsOftenAs(cadence.every, 'weekly') && facts.spansBothSides(cadence.attendees));
        return {
            met: reviews.length > 0,
            detail: reviews.length > 0 ? `${declarationName(reviews[0].node)} runs ${reviews[0].every}.` : 'No pipeline review runs weekly with both sides.',
            elements: reviews.map(cadence => modelElement(locator, cadence.node, `${cadence.every}`)),
        };
    },
};

const salesAndMarketingLeads: StageNeedCheck = {
    id: 'sales-and-marketing-leads',
    quote: 'You split into a sales lead and a marketing lead',
    check: 'two different roles leading the sides: a sales team\'s `lead` or a `vp-sales`, and a marketing team\'s `lead` or a `vp-marketing`',
    verdict(facts, locator) {
        const leadsOf = (fn: 'sales' | 'marketing') => {
            const leads = new Set(facts.teams.filter(team => team.function === fn && team.lead).map(team => team.lead!));
            for (const role of rolesOfKind(facts, [fn === 'sales' ? 'vp-sales' : 'vp-marketing'])) leads.add(role.node);
            return [...leads];
        };
        const sales = leadsOf('sales');
        const marketing = leadsOf('marketing');
        const met = sales.some(lead => marketing.some(other => other !== lead));
        const elements = [
            ...sales.map(lead => modelElement(locator, lead, 'leads sales')),
            ...marketing.map(lead => modelElement(locator, lead, 'leads marketing')),
        ];
        const missing = [sales.length === 0 ? 'sales' : undefined, marketing.length === 0 ? 'marketing' : undefined].filter(Boolean);
        return {
            met,
            detail: met ? 'Sales and marketing each have their own lead.' : missing.length > 0 ? `No role leads ${missing.join(' or ')}.` : 'One role leads both sides.',
            elements,
        };
    },
};

const mqlAndSal: StageNeedCheck = {
    id: 'mql-and-sal',
    quote: 'what\'s an MQL vs. a SAL',
    check: 'a `definition` with `stage: mql` and one with `stage: sal`',
    verdict(facts, locator) {
        const mql = facts.definitions.filter(definition => definition.stage === 'mql');
        const sal = facts.definitions.filter(definition => definition.stage === 'sal');
        const missing = [mql.length === 0 ? 'MQL' : undefined, sal.length === 0 ? 'SAL' : undefined].filter(Boolean);
        return {
            met: missing.length === 0,
            detail: missing.length === 0 ? 'Both are written down.' : `No ${missing.join(' or ')} definition.`,
            elements: [...mql, ...sal].map(definition => modelElement(locator, definition.node, `stage ${definition.stage}`)),
        };
    },
};

const speedToLeadSla: StageNeedCheck = {
    id: 'speed-to-lead-sla',
    quote: 'what\'s the speed-to-lead SLA',
    check: 'an `sla` with `within` on a handoff from the marketing side to the sales side',
    verdict(facts, locator) {
        const slas = facts.handoffs
            .filter(handoff => facts.sidesOf(handoff.from).has('marketing') && facts.sidesOf(handoff.to).has('sales'))
            .flatMap(handoff => handoff.slas.filter(sla => sla.within !== undefined).map(sla => ({ sla, handoff })));
        return {
            met: slas.length > 0,
            detail: slas.length > 0 ? `${declarationName(slas[0].sla.node)} on ${declarationName(slas[0].handoff.node)}.` : 'No SLA with a response time on a handoff from marketing to sales.',
            elements: slas.map(({ sla, handoff }) => modelElement(locator, sla.node, `on ${declarationName(handoff.node)}`)),
        };
    },
};

const handoffOwners: StageNeedCheck = {
    id: 'handoff-owners',
    quote: 'who owns the handoff',
    check: 'handoffs, each with an `owner`',
    verdict(facts, locator) {
        const unowned = facts.handoffs.filter(handoff => !handoff.owner);
        return {
            met: facts.handoffs.length > 0 && unowned.length === 0,
            detail: facts.handoffs.length === 0 ? 'The model has no handoff.' : unowned.length === 0 ? `Every handoff (${facts.handoffs.length}) has an owner.` : `${counted(unowned.length, 'handoff has', 'handoffs have')} no owner.`,
            elements: unowned.map(handoff => modelElement(locator, handoff.node, 'no owner')),
        };
    },
};

const analytics: StageNeedCheck = {
    ...rolesNeed('analytics', 'dedicated demand gen, content, sales enablement, and analytics roles', ['analyst'], 'analyst role'),
    check: 'a role of kind `analyst` (demand gen and content are both `kind: marketing` in the model, so they are not told apart; enablement is the next need)',
};

const podsOrMatrix: StageNeedCheck = {
    id: 'pods-or-matrix',
    quote: 'CRO plus pods or matrix structure.',
    check: 'a `pod`, or a role with a dotted-line manager (`dottedTo`)',
    verdict(facts, locator) {
        const matrix = facts.roles.filter(role => role.dottedTo.length > 0);
        const elements = [
            ...facts.pods.map(pod => modelElement(locator, pod.node, 'pod')),
            ...matrix.map(role => modelElement(locator, role.node, `dotted line to ${role.dottedTo.map(manager => manager.name).join(', ')}`)),
        ];
        const parts = [facts.pods.length > 0 ? counted(facts.pods.length, 'pod') : undefined, matrix.length > 0 ? `${counted(matrix.length, 'role')} with a dotted-line manager` : undefined].filter(Boolean);
        return { met: elements.length > 0, detail: parts.length > 0 ? `${parts.join(' and ')}.` : 'No pod and no dotted-line manager.', elements };
    },
};

/** The needs of each stage, in the article's order. */
export const STAGE_NEEDS: Record<CompanyStage, readonly StageNeedCheck[]> = {
    startup: [
        flatStructure,
        founderRunsSales,
        rolesNeed('revenue-generalist', 'One "revenue generalist" handles marketing, SDR work, and early customer success.', ['generalist'], 'revenue generalist'),
        weeklyPipelineReview,
    ],
    growth: [
        rolesNeed('first-sdrs', 'First SDRs get hired.', ['sdr', 'bdr'], 'SDR or BDR'),
        salesAndMarketingLeads,
        mqlAndSal,
        speedToLeadSla,
        handoffOwners,
        rolesNeed('second-sdr', 'a second SDR', ['sdr', 'bdr'], 'SDR or BDR', 2),
    ],
    midmarket: [
        rolesNeed('revops-leader', 'Add a RevOps leader.', ['revops'], 'RevOps role'),
        rolesNeed('enablement', 'Hiring priority: RevOps leader, then enablement.', ['enablement'], 'enablement role'),
        analytics,
    ],
    enterprise: [
        rolesNeed('cro', 'CRO plus pods or matrix structure.', ['cro'], 'CRO'),
        podsOrMatrix,
    ],
};

export function stageNeeds(stage: CompanyStage, facts: RevorgFacts, locator: ModelLocator): StageNeed[] {
    return STAGE_NEEDS[stage].map(need => ({ id: need.id, quote: need.quote, check: need.check, ...need.verdict(facts, locator) }));
}
