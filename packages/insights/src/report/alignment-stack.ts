/**
 * 003's Revenue Alignment Stack: each of its five layers present, partial or missing in the model,
 * with the declarations that make it so and the findings of the rules about it. The status is
 * about the model, not the rules: a rule turned off in the config hides its findings, never a
 * layer. What each status means is written once, here (`LAYER_STATUS_DEFINITIONS`), and shown by
 * the report and docs/report.md alike.
 */
import { ACTIVITY_MEASURES, ALIGNMENT_STACK_LAYERS, atLeastAsOftenAs, RULE_THEMES, SAL_CRITERIA, type RevorgFacts } from '@revorg/language';
import type { Finding } from '../findings.js';
import type { ModelLocator } from '../model-locator.js';
import { STACK_DEPENDENCY, STACK_LAYER_WORDS } from './article.js';
import { findingsOfTheme } from './findings-by-theme.js';
import { counted, declarationName, modelElement, namesText } from './model-element.js';
import type { AlignmentStack, LayerId, LayerStatus, ModelElement, StackLayer } from './schema.js';

/** What makes each layer present, partial or missing. */
export const LAYER_STATUS_DEFINITIONS: Record<LayerId, Record<LayerStatus, string>> = {
    icp: {
        present: 'an `icp` whose `owners` include the marketing side and the sales side',
        partial: 'an `icp`, but none owned by both sides',
        missing: 'no `icp`',
    },
    signals: {
        present: 'a `definition` with `stage: sal` that writes its `title`, `fit` and `engagement`',
        partial: 'lead definitions, but no SAL definition, or none that writes all three criteria',
        missing: 'no `definition`',
    },
    handoffs: {
        present: 'handoffs, each with an `owner` and an `sla`, and, when the model has both sides, one from the marketing side to the sales side',
        partial: 'handoffs, but some without an owner or an SLA, or none from the marketing side to the sales side',
        missing: 'no `handoff`',
    },
    kpis: {
        present: 'a `kpi` owned by both sides that measures an outcome (anything but `mqls` and `meetings`)',
        partial: 'KPIs, but none owned by both sides, or the shared ones count activity',
        missing: 'no `kpi`',
    },
    cadence: {
        present: 'a `cadence` with `purpose: pipeline-review`, `every: weekly` or `biweekly` (or `daily`), and attendees from both sides',
        partial: 'a pipeline review or alignment `cadence`, but none is a pipeline review at least every two weeks with both sides attending',
        missing: 'no `cadence` with `purpose: pipeline-review` or `alignment`',
    },
};

interface LayerVerdict {
    status: LayerStatus;
    reason: string;
    elements: ModelElement[];
    gaps: string[];
}

type LayerCheck = (facts: RevorgFacts, locator: ModelLocator) => LayerVerdict;

const sidesNote = (facts: RevorgFacts, owners: ReadonlyArray<Parameters<RevorgFacts['sidesOf']>[0]>): string => {
    const sides = new Set(owners.flatMap(owner => [...facts.sidesOf(owner)]));
    if (sides.size === 2) return 'both sides';
    if (sides.size === 1) return `the ${[...sides][0]} side only`;
    return 'neither side';
};

const icpLayer: LayerCheck = (facts, locator) => {
    if (facts.icps.length === 0) return { status: 'missing', reason: 'The model has no ICP.', elements: [], gaps: [] };
    const shared = facts.icps.filter(icp => facts.spansBothSides(icp.owners));
    if (shared.length > 0) {
        return {
            status: 'present',
            reason: `${counted(shared.length, 'ICP is', 'ICPs are')} owned by both sides.`,
            elements: shared.map(icp => modelElement(locator, icp.node, `owned by ${namesText(icp.owners)}`)),
            gaps: [],
        };
    }
    return {
        status: 'partial',
        reason: 'The model has an ICP, but no ICP is owned by both marketing and sales.',
        elements: facts.icps.map(icp => modelElement(locator, icp.node, icp.owners.length > 0 ? `owned by ${namesText(icp.owners)}` : 'no owners')),
        gaps: facts.icps.map(icp => `ICP ${declarationName(icp.node)} is owned by ${sidesNote(facts, icp.owners)}.`),
    };
};

const signalsLayer: LayerCheck = (facts, locator) => {
    if (facts.definitions.length === 0) return { status: 'missing', reason: 'The model writes no lead definition.', elements: [], gaps: [] };
    const sals = facts.definitions.filter(definition => definition.stage === 'sal');
    const missingCriteria = (criteria: ReadonlyMap<string, string>) => SAL_CRITERIA.filter(key => !(criteria.get(key) ?? '').trim());
    const complete = sals.filter(definition => missingCriteria(definition.criteria).length === 0);
    const elements = facts.definitions.map(definition => {
        const missing = definition.stage === 'sal' ? missingCriteria(definition.criteria) : [];
        const stage = definition.stage ? `stage ${definition.stage}` : 'no stage';
        return modelElement(locator, definition.node, definition.stage === 'sal'
            ? `${stage}, ${missing.length === 0 ? 'title, fit and engagement written' : `without ${missing.map(key => `\`${key}\``).join(', ')}`}`
            : stage);
    });
    if (complete.length > 0) {
        return { status: 'present', reason: `A SAL definition (${complete.map(definition => declarationName(definition.node)).join(', ')}) writes its title, fit and engagement.`, elements, gaps: [] };
    }
    const gaps = sals.length === 0
        ? ['No definition has `stage: sal`: what sales accepts is not written down.']
        : sals.map(definition => `SAL definition ${declarationName(definition.node)} does not write ${missingCriteria(definition.criteria).map(key => `\`${key}\``).join(', ')}.`);
    return { status: 'partial', reason: sals.length === 0 ? 'The model has lead definitions but no SAL definition.' : 'The SAL definition leaves a criterion out.', elements, gaps };
};

const handoffsLayer: LayerCheck = (facts, locator) => {
    if (facts.handoffs.length === 0) return { status: 'missing', reason: 'The model has no handoff.', elements: [], gaps: [] };
    const gaps: string[] = [];
    const elements: ModelElement[] = [];
    for (const handoff of facts.handoffs) {
        const name = declarationName(handoff.node);
        if (!handoff.owner) gaps.push(`Handoff ${name} has no owner.`);
        if (handoff.slas.length === 0) gaps.push(`Handoff ${name} has no SLA.`);
        const parts = [handoff.owner ? `owned by ${handoff.owner.name}` : 'no owner', handoff.slas.length > 0 ? `SLA ${handoff.slas.map(sla => declarationName(sla.node)).join(', ')}` : 'no SLA'];
        elements.push(modelElement(locator, handoff.node, parts.join(', ')));
    }
    const crossesSides = facts.handoffs.some(handoff => facts.sidesOf(handoff.from).has('marketing') && facts.sidesOf(handoff.to).has('sales'));
    if (facts.bothSides && !crossesSides) gaps.push('No handoff goes from the marketing side to the sales side.');
    if (gaps.length === 0) {
        return { status: 'present', reason: `Every handoff (${facts.handoffs.length}) has an owner and an SLA.`, elements, gaps };
    }
    const complete = facts.handoffs.filter(handoff => handoff.owner && handoff.slas.length > 0).length;
    return { status: 'partial', reason: `${complete} of ${counted(facts.handoffs.length, 'handoff')} ${complete === 1 ? 'has' : 'have'} an owner and an SLA${facts.bothSides && !crossesSides ? ', and none goes from marketing to sales' : ''}.`, elements, gaps };
};

const kpisLayer: LayerCheck = (facts, locator) => {
    if (facts.kpis.length === 0) return { status: 'missing', reason: 'The model has no KPI.', elements: [], gaps: [] };
    const shared = facts.kpis.filter(kpi => facts.spansBothSides(kpi.owners));
    const outcomes = shared.filter(kpi => !kpi.measures || !ACTIVITY_MEASURES.has(kpi.measures));
    const note = (kpi: (typeof shared)[number]) => `${kpi.measures ?? 'no measure'}, owned by ${namesText(kpi.owners)}`;
    if (outcomes.length > 0) {
        return {
            status: 'present',
            reason: `${counted(outcomes.length, 'outcome KPI is', 'outcome KPIs are')} owned by both sides.`,
            elements: outcomes.map(kpi => modelElement(locator, kpi.node, note(kpi))),
            gaps: [],
        };
    }
    if (shared.length > 0) {
        return {
            status: 'partial',
            reason: 'The KPIs both sides own count activity, which each side can hit alone.',
            elements: shared.map(kpi => modelElement(locator, kpi.node, note(kpi))),
            gaps: shared.map(kpi => `KPI ${declarationName(kpi.node)} measures ${kpi.measures}, an activity count.`),
        };
    }
    return {
        status: 'partial',
        reason: 'The model has KPIs, but none is owned by both marketing and sales.',
        elements: facts.kpis.map(kpi => modelElement(locator, kpi.node, note(kpi))),
        gaps: ['No KPI is owned by both sides: each side is measured on its own scorecard.'],
    };
};

const cadenceLayer: LayerCheck = (facts, locator) => {
    const candidates = facts.cadences.filter(cadence => cadence.purpose === 'pipeline-review' || cadence.purpose === 'alignment');
    if (candidates.length === 0) return { status: 'missing', reason: 'The model has no pipeline review or alignment meeting.', elements: [], gaps: [] };
    const often = (every: string | undefined) => every !== undefined && atLeastAsOftenAs(every, 'biweekly');
    const note = (cadence: (typeof candidates)[number]) => `${cadence.purpose}, ${cadence.every ?? 'no frequency'}, ${sidesNote(facts, cadence.attendees)}`;
    const reviews = candidates.filter(cadence => cadence.purpose === 'pipeline-review' && often(cadence.every) && facts.spansBothSides(cadence.attendees));
    if (reviews.length > 0) {
        return {
            status: 'present',
            reason: `A pipeline review runs ${reviews[0].every} with both sides attending.`,
            elements: reviews.map(cadence => modelElement(locator, cadence.node, note(cadence))),
            gaps: [],
        };
    }
    const gaps = candidates.map(cadence => {
        const why = [
            cadence.purpose !== 'pipeline-review' ? 'is an alignment meeting, not a pipeline review' : undefined,
            !often(cadence.every) ? (cadence.every ? `runs ${cadence.every}` : 'has no frequency') : undefined,
            !facts.spansBothSides(cadence.attendees) ? `is attended by ${sidesNote(facts, cadence.attendees)}` : undefined,
        ].filter(Boolean);
        return `${declarationName(cadence.node)} ${why.join(' and ')}.`;
    });
    return {
        status: 'partial',
        reason: 'No pipeline review brings both sides together at least every two weeks.',
        elements: candidates.map(cadence => modelElement(locator, cadence.node, note(cadence))),
        gaps,
    };
};

const CHECKS: Record<LayerId, LayerCheck> = { icp: icpLayer, signals: signalsLayer, handoffs: handoffsLayer, kpis: kpisLayer, cadence: cadenceLayer };

/** The stack's layers, bottom up, as the rules' themes list them. */
export const STACK_LAYERS = ALIGNMENT_STACK_LAYERS as readonly LayerId[];

export function layerTitle(id: LayerId): string {
    return RULE_THEMES[id];
}

export function alignmentStack(facts: RevorgFacts, locator: ModelLocator, findings: readonly Finding[]): AlignmentStack {
    const layers: StackLayer[] = STACK_LAYERS.map((id, index) => ({
        id,
        level: index + 1,
        title: layerTitle(id),
        article: STACK_LAYER_WORDS[id],
        ...CHECKS[id](facts, locator),
        findings: findingsOfTheme(findings, id),
    }));
    const callouts = layers.filter(layer => layer.status === 'missing').flatMap(missing => {
        const above = layers.filter(layer => layer.level > missing.level && layer.status !== 'missing');
        if (above.length === 0) return [];
        const list = above.map(layer => `${layer.title} (${layer.level})`);
        const subject = list.length === 1 ? `${list[0]} is` : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]} are`;
        return [{
            missing: missing.id,
            above: above.map(layer => layer.id),
            text: `${subject} in place above a missing ${missing.title} (${missing.level}): ${STACK_DEPENDENCY}.`,
        }];
    });
    return { layers, callouts };
}
