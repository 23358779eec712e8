import type { Declaration } from '../generated/ast.js';
import { describeDeclaration, sentenceStart } from '../model/properties.js';
import { defineRule } from './rule.js';

/** The properties LANGUAGE.md marks required, each with an example line to add. */
export const REQUIRED_PROPERTIES: Partial<Record<Declaration['$type'], ReadonlyArray<{ key: string; example: string; values?: string }>>> = {
    Team: [{ key: 'function', example: 'function: sales', values: 'marketing, sales, success, revops, product, finance or other' }],
    Role: [{ key: 'kind', example: 'kind: ae', values: 'ceo, cro, vp-sales, vp-marketing, vp-success, revops, sales-manager, marketing, mdr, sdr, bdr, isr, sar, ae, am, csm, se, enablement, analyst or other' }],
    Definition: [{ key: 'stage', example: 'stage: sal', values: 'mql, sal, sql, pql or opportunity' }],
    Handoff: [{ key: 'from', example: 'from: SDR' }, { key: 'to', example: 'to: AE' }],
    Sla: [{ key: 'handoff', example: 'handoff: SdrToAe' }, { key: 'within', example: 'within: 24h' }],
    Kpi: [{ key: 'measures', example: 'measures: pipeline' }, { key: 'owners', example: 'owners: [Marketing, Sales]' }],
    Cadence: [{ key: 'every', example: 'every: weekly' }, { key: 'attendees', example: 'attendees: [Marketing, Sales]' }],
};

export default defineRule({
    meta: {
        id: 'missing-property',
        defaultSeverity: 'error',
        description: 'Required properties are present (a team\'s function, a role\'s kind, a handoff\'s ends, ...).',
        source: 'LANGUAGE.md sections 3 and 4',
        fixable: false,
        options: {},
        core: true,
    },
    checkDocument({ facts, report }) {
        for (const declaration of facts.declarations) {
            const required = REQUIRED_PROPERTIES[declaration.$type];
            if (!required) continue;
            const present = new Set<string>(declaration.properties.map(property => property.key));
            const missing = required.filter(({ key }) => !present.has(key));
            if (missing.length === 0) continue;
            const keys = missing.map(({ key }) => `\`${key}\``).join(' and ');
            const lines = missing.map(({ example, values }) => `\`${example}\`${values ? ` (${values})` : ''}`).join(' and ');
            report({
                node: declaration,
                message: `${sentenceStart(describeDeclaration(declaration))} has no ${keys}, which ${missing.length === 1 ? 'is' : 'are'} required: add ${missing.length === 1 ? 'a line' : 'lines'} like ${lines}.`,
                data: { missing: missing.map(({ key }) => key) },
            });
        }
    },
});
