/**
 * Reading one document's declarations into their views: every value parsed by the kinds the
 * language schema gives its property (a value that cannot be read is a `ValueProblem`, reported
 * by `invalid-value`), references left for `resolveDocumentReferences`.
 */
import type { LangiumDocument } from 'langium';
import type { Declaration, Measure, Model, Motion, Organization, RoleKind, TeamFunction } from '../../generated/ast.js';
import { propertiesByKey, type AnyProperty } from '../properties.js';
import { MEASURE_VALUE_KINDS, propertySchema, UNBOUNDED_PERCENT_MEASURES } from '../schema.js';
import { impliedMotion, sideOfFunction, stageOf, tierOf } from '../terms.js';
import { kindName, parseAnyOf, parseCount, parseDuration, parseMoney, parsePercent, type ParsedValue, type ValueKind, type ValueResult } from '../values.js';
import {
    attachView, POSITION, type CadenceFacts, type DefinitionFacts, type DocumentFacts, type HandoffFacts, type IcpFacts, type KpiFacts,
    type OrganizationFacts, type PodFacts, type RoleFacts, type SegmentFacts, type SlaFacts, type TeamFacts, type ValueProblem,
} from './views.js';

/** `SDR x2`: how many of a role a pod has. */
export const POD_MULTIPLIER = /^x([1-9]\d*)$/;

const SINGLE_KIND_PARSERS: Record<ValueKind, (text: string) => ValueResult> = {
    money: parseMoney,
    count: parseCount,
    percent: text => parsePercent(text),
    duration: parseDuration,
};

type WithValue = { value?: unknown };

function valueOf<T>(props: Map<string, AnyProperty>, key: string): T | undefined {
    return (props.get(key) as WithValue | undefined)?.value as T | undefined;
}

/**
 * The quantities of a declaration, read by the kinds the schema accepts for each property: a KPI's
 * `target` and `actual` by the kinds of what it measures (a win rate is a percent, never above
 * 100%), and its `actual` of the same kind as its `target`.
 */
function readQuantities(declaration: Declaration, props: Map<string, AnyProperty>, problems: ValueProblem[]): Map<string, ParsedValue> {
    const values = new Map<string, ParsedValue>();
    const measures = declaration.$type === 'Kpi' ? valueOf<Measure>(props, 'measures') : undefined;
    for (const [key, property] of props) {
        const schema = propertySchema(declaration.$type, key);
        const text = (property as WithValue).value;
        if (schema?.value.shape !== 'quantity' || typeof text !== 'string') continue;
        let result: ValueResult;
        if (declaration.$type === 'Kpi' && (key === 'target' || key === 'actual')) {
            const kinds = measures ? MEASURE_VALUE_KINDS[measures] : schema.value.kinds;
            result = parseAnyOf(text, kinds, measures && UNBOUNDED_PERCENT_MEASURES.has(measures) ? Infinity : 100);
            if (!result.ok && measures) result = { ok: false, problem: `${result.problem} for a KPI that measures ${measures}` };
        } else {
            const kinds = schema.value.kinds;
            result = kinds.length === 1 ? SINGLE_KIND_PARSERS[kinds[0]](text) : parseAnyOf(text, kinds);
        }
        if (result.ok) values.set(key, result.value);
        else problems.push({ node: property, message: `Invalid \`${key}\`: ${result.problem}.` });
    }
    const target = values.get('target');
    const actual = values.get('actual');
    if (declaration.$type === 'Kpi' && target && actual && target.kind !== actual.kind) {
        problems.push({ node: props.get('actual')!, message: `Invalid \`actual\`: '${actual.text}' is ${kindName(actual.kind)} but the target '${target.text}' is ${kindName(target.kind)}; measure the KPI in the unit of its target.` });
        values.delete('actual');
    }
    return values;
}

/** Reads one document's declarations: values parsed, references left to `resolveDocumentReferences`. */
export function computeDocumentFacts(document: LangiumDocument): DocumentFacts {
    const model = document.parseResult?.value as Model | undefined;
    const declarations: Declaration[] = [...(model?.declarations ?? [])];
    const valueProblems: ValueProblem[] = [];
    const facts = {
        declarations, valueProblems, organization: undefined as OrganizationFacts | undefined,
        organizations: [] as Organization[], teams: [] as TeamFacts[], roles: [] as RoleFacts[],
        definitions: [] as DefinitionFacts[], icps: [] as IcpFacts[], handoffs: [] as HandoffFacts[], slas: [] as SlaFacts[],
        kpis: [] as KpiFacts[], cadences: [] as CadenceFacts[], pods: [] as PodFacts[], segments: [] as SegmentFacts[],
    };

    for (const declaration of declarations) {
        const props = propertiesByKey(declaration);
        const quantities = readQuantities(declaration, props, valueProblems);
        const number = (key: string): number | undefined => quantities.get(key)?.value;
        // Every per-build field exists from the start, so the views keep one shape (fast property access).
        switch (declaration.$type) {
            case 'Organization': {
                facts.organizations.push(declaration);
                const employees = number('employees');
                const organization: OrganizationFacts = {
                    node: declaration, props,
                    arr: number('arr'), employees, acv: number('acv'),
                    model: valueOf(props, 'model'), revops: valueOf(props, 'revops'), products: number('products'),
                    stage: employees === undefined ? undefined : stageOf(employees),
                };
                facts.organization ??= organization;
                break;
            }
            case 'Team': {
                const fn = valueOf<TeamFunction>(props, 'function');
                facts.teams.push(attachView(declaration, { node: declaration, props, function: fn, lead: undefined, side: sideOfFunction(fn) }));
                break;
            }
            case 'Role': {
                const kind = valueOf<RoleKind>(props, 'kind');
                const motion = valueOf<Motion>(props, 'motion');
                facts.roles.push(attachView(declaration, {
                    node: declaration, props, kind,
                    team: undefined, manager: undefined, dottedTo: [], embeddedIn: [], segment: undefined,
                    headcount: number('headcount') ?? 1,
                    motion,
                    impliedMotion: impliedMotion(kind, motion),
                    side: undefined, tier: tierOf(kind),
                    listedKpis: [], kpis: [], directReports: [],
                    [POSITION]: -1,
                }));
                break;
            }
            case 'Definition': {
                const criteria = new Map<string, string>();
                for (const key of ['title', 'fit', 'engagement']) {
                    const text = valueOf<string>(props, key);
                    if (text !== undefined) criteria.set(key, text);
                }
                facts.definitions.push(attachView(declaration, { node: declaration, props, stage: valueOf(props, 'stage'), owner: undefined, criteria }));
                break;
            }
            case 'Icp': {
                const criteria = props.get('criteria');
                facts.icps.push(attachView(declaration, { node: declaration, props, owners: [], criteria: criteria?.$type === 'CriteriaProperty' ? [...criteria.values] : [] }));
                break;
            }
            case 'Handoff':
                facts.handoffs.push(attachView(declaration, { node: declaration, props, from: undefined, to: undefined, trigger: undefined, owner: undefined, slas: [] }));
                break;
            case 'Sla':
                facts.slas.push(attachView(declaration, {
                    node: declaration, props,
                    handoff: undefined,
                    within: number('within'), touches: number('touches'), volume: number('volume'),
                    audit: valueOf(props, 'audit'), auditor: undefined,
                }));
                break;
            case 'Kpi': {
                const target = quantities.get('target');
                const actual = quantities.get('actual');
                facts.kpis.push(attachView(declaration, {
                    node: declaration, props,
                    measures: valueOf(props, 'measures'), owners: [],
                    target: target && { kind: target.kind, value: target.value },
                    actual: actual && { kind: actual.kind, value: actual.value },
                    period: valueOf(props, 'period'),
                }));
                break;
            }
            case 'Cadence':
                facts.cadences.push(attachView(declaration, { node: declaration, props, purpose: valueOf(props, 'purpose'), every: valueOf(props, 'every'), duration: number('duration'), attendees: [] }));
                break;
            case 'Pod': {
                const membersProperty = props.get('members');
                if (membersProperty?.$type === 'MembersProperty') {
                    for (const member of membersProperty.values) {
                        if (member.multiplier !== undefined && !POD_MULTIPLIER.test(member.multiplier)) {
                            valueProblems.push({ node: member, message: `Invalid pod member multiplier '${member.multiplier}': write the role and how many, like \`${member.role?.$refText ?? 'AE'} x2\`.` });
                        }
                    }
                }
                facts.pods.push(attachView(declaration, { node: declaration, props, segment: undefined, lead: undefined, members: [] }));
                break;
            }
            case 'Segment':
                facts.segments.push(attachView(declaration, {
                    node: declaration, props,
                    acv: number('acv'), model: valueOf(props, 'model'), development: valueOf(props, 'development'),
                }));
                break;
        }
    }
    return facts;
}
