/**
 * Alignment maturity: Oracle's four stages as 003 quotes them, each with conditions the model can
 * be checked against. The stages are cumulative (stage 3 is reached only when stages 1 and 2 are),
 * and the company sits at the highest stage reached. Stage 3's conditions are the article's own
 * words; stages 1, 2 and 4 describe things a model cannot state directly (messaging, platforms, "one
 * revenue team"), so their conditions are revorg's reading of them, marked `source: 'revorg'`.
 */
import { rolesBeneath, type RevorgFacts } from '@revorg/language';
import { ORACLE_STAGES } from './article.js';
import { counted, declarationName } from './model-element.js';
import type { AlignmentStack, LayerId, Maturity, MaturityCondition, MaturityStage } from './schema.js';

export interface MaturityContext {
    facts: RevorgFacts;
    stack: AlignmentStack;
    /** The handoff rate below which a handoff is broken, in percent. */
    brokenBelow: number;
}

interface ConditionCheck {
    id: string;
    source: MaturityCondition['source'];
    text: (context: MaturityContext) => string;
    verdict: (context: MaturityContext) => { met: boolean; detail: string };
}

/** A condition met when a layer of the stack is present. */
function layerCondition(id: string, layer: LayerId, text: string, source: MaturityCondition['source'] = 'article'): ConditionCheck {
    return {
        id,
        source,
        text: () => text,
        verdict: ({ stack }) => {
            const found = stack.layers.find(each => each.id === layer)!;
            return { met: found.status === 'present', detail: `${found.title}: ${found.status}. ${found.reason}` };
        },
    };
}

const CONDITIONS: ReadonlyArray<readonly ConditionCheck[]> = [
    [
        {
            id: 'both-sides',
            source: 'revorg',
            text: () => 'The model has a marketing side and a sales side (there are two teams to align).',
            verdict: ({ facts }) => ({ met: facts.bothSides, detail: facts.bothSides ? 'Both sides are in the model.' : 'The model has only one side, or neither.' }),
        },
        layerCondition('shared-icp', 'icp', 'Target markets agreed: an ICP owned by both sides (the Shared ICP layer is present). Messaging is not in the model.', 'revorg'),
    ],
    [
        {
            id: 'revops-owns-stack',
            source: 'revorg',
            text: () => 'Someone owns the shared platforms: a RevOps role or team (003: "RevOps owns the stack.").',
            verdict: ({ facts }) => {
                const roles = facts.roles.filter(role => role.kind === 'revops');
                const teams = facts.teams.filter(team => team.function === 'revops');
                const list = (nodes: ReadonlyArray<{ name?: string }>) => nodes.slice(0, 3).map(node => node.name).join(', ') + (nodes.length > 3 ? ` and ${nodes.length - 3} more` : '');
                const parts = [teams.length > 0 ? `${teams.length === 1 ? 'team' : 'teams'} ${list(teams.map(team => team.node))}` : undefined, roles.length > 0 ? `${roles.length === 1 ? 'role' : 'roles'} ${list(roles.map(role => role.node))}` : undefined].filter(Boolean);
                return { met: parts.length > 0, detail: parts.length > 0 ? `RevOps ${parts.join(', ')}.` : 'No RevOps role or team.' };
            },
        },
        {
            id: 'measured-shared-kpi',
            source: 'revorg',
            text: () => 'Unified data both sides see: a KPI owned by both sides records a measured `actual`.',
            verdict: ({ facts }) => {
                const measured = facts.kpis.filter(kpi => kpi.actual !== undefined && facts.spansBothSides(kpi.owners));
                const first = measured.length > 0 ? declarationName(measured[0].node) : '';
                return {
                    met: measured.length > 0,
                    detail: measured.length === 0 ? 'No KPI both sides own has an `actual`.'
                        : measured.length === 1 ? `${first} is owned by both sides and measured.`
                            : `${first} and ${counted(measured.length - 1, 'more KPI', 'more KPIs')} owned by both sides are measured.`,
                };
            },
        },
    ],
    [
        layerCondition('shared-kpis', 'kpis', 'Shared KPIs: an outcome KPI owned by both sides (the Shared revenue KPIs layer is present).'),
        {
            id: 'slas',
            source: 'article',
            text: () => 'SLAs: every handoff has an SLA, and there is at least one handoff.',
            verdict: ({ facts }) => {
                const without = facts.handoffs.filter(handoff => handoff.slas.length === 0);
                return {
                    met: facts.handoffs.length > 0 && without.length === 0,
                    detail: facts.handoffs.length === 0 ? 'The model has no handoff.' : without.length === 0 ? `All ${counted(facts.handoffs.length, 'handoff')} have an SLA.` : `${counted(without.length, 'handoff has', 'handoffs have')} no SLA: ${without.slice(0, 5).map(handoff => declarationName(handoff.node)).join(', ')}${without.length > 5 ? ', ...' : ''}.`,
                };
            },
        },
        layerCondition('joint-pipeline-reviews', 'cadence', 'Joint pipeline reviews: a pipeline review at least every two weeks with both sides attending (the Operating cadence layer is present).'),
        layerCondition('unified-lead-definitions', 'signals', 'Unified lead definitions: a SAL definition that writes its title, fit and engagement (the Common signal language layer is present).'),
    ],
    [
        {
            id: 'one-revenue-leader',
            source: 'revorg',
            text: () => 'One revenue team: a CRO with every marketing-side and sales-side role on its reporting line.',
            verdict: ({ facts }) => {
                const sided = facts.roles.filter(role => role.side !== undefined);
                for (const cro of facts.roles.filter(role => role.kind === 'cro')) {
                    const beneath = rolesBeneath(facts, cro.node);
                    if (sided.every(role => role === cro || beneath.has(role.node))) return { met: true, detail: `${declarationName(cro.node)} leads every marketing and sales role.` };
                }
                const cros = facts.roles.filter(role => role.kind === 'cro');
                return { met: false, detail: cros.length === 0 ? 'No CRO.' : 'No CRO has every marketing and sales role on its reporting line.' };
            },
        },
        {
            id: 'effective-handoff',
            source: 'revorg',
            text: ({ brokenBelow }) => `The handoff works: every handoff-rate KPI with a measured \`actual\` is at ${brokenBelow}% or more, and there is at least one.`,
            verdict: ({ facts, brokenBelow }) => {
                const measured = facts.kpis.filter(kpi => kpi.measures === 'handoff-rate' && kpi.actual?.kind === 'percent');
                const broken = measured.filter(kpi => kpi.actual!.value < brokenBelow);
                return {
                    met: measured.length > 0 && broken.length === 0,
                    detail: measured.length === 0 ? 'No handoff rate is measured.' : broken.length === 0 ? `${measured.map(kpi => `${declarationName(kpi.node)} ${kpi.actual!.value}%`).slice(0, 3).join(', ')}${measured.length > 3 ? ', ...' : ''}.` : `${broken.map(kpi => `${declarationName(kpi.node)} is at ${kpi.actual!.value}%`).slice(0, 3).join(', ')}${broken.length > 3 ? ', ...' : ''}: below ${brokenBelow}%.`,
                };
            },
        },
        {
            id: 'whole-stack',
            source: 'revorg',
            text: () => 'The whole Revenue Alignment Stack: all five layers present.',
            verdict: ({ stack }) => {
                const notPresent = stack.layers.filter(layer => layer.status !== 'present');
                return { met: notPresent.length === 0, detail: notPresent.length === 0 ? 'All five layers are present.' : `Not present: ${notPresent.map(layer => `${layer.title} (${layer.status})`).join(', ')}.` };
            },
        },
    ],
];

/** The conditions of each stage as the report writes them, for docs/report.md and its test. */
export function maturityConditionTexts(brokenBelow: number): Array<{ stage: number; id: string; source: MaturityCondition['source']; text: string }> {
    const context = { brokenBelow } as MaturityContext;
    return CONDITIONS.flatMap((conditions, index) => conditions.map(condition => ({ stage: index + 1, id: condition.id, source: condition.source, text: condition.text(context) })));
}

export function maturity(context: MaturityContext): Maturity {
    let reachedSoFar = true;
    const stages: MaturityStage[] = ORACLE_STAGES.map((stage, index) => {
        const conditions = CONDITIONS[index].map(condition => ({ id: condition.id, text: condition.text(context), source: condition.source, ...condition.verdict(context) }));
        const conditionsMet = conditions.every(condition => condition.met);
        reachedSoFar &&= conditionsMet;
        return { stage: index + 1, name: stage.name, article: stage.words, conditions, conditionsMet, reached: reachedSoFar };
    });
    return { stage: stages.filter(stage => stage.reached).length, stages };
}
