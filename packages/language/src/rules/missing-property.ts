import type { Declaration } from '../generated/ast.js';
import { describeDeclaration } from '../model/properties.js';
import { defineRule } from './rule.js';

/** The properties LANGUAGE.md marks required, each with an example line to add. */
export const REQUIRED_PROPERTIES: Partial<Record<Declaration['$type'], ReadonlyArray<{ key: string; example: string }>>> = {
    Team: [{ key: 'function', example: 'function: sales' }],
    Role: [{ key: 'kind', example: 'kind: ae' }],
    Definition: [{ key: 'stage', example: 'stage: sal' }],
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
    check({ facts, report }) {
        for (const declaration of facts.declarations) {
            const required = REQUIRED_PROPERTIES[declaration.$type];
            if (!required) continue;
            const present = new Set<string>(declaration.properties.map(property => property.key));
            const missing = required.filter(({ key }) => !present.has(key));
            if (missing.length === 0) continue;
            const subject = describeDeclaration(declaration);
            report({
                node: declaration,
                message: `${subject[0].toUpperCase()}${subject.slice(1)} has no ${missing.map(({ key }) => `\`${key}\``).join(' and ')}, which is required: add a line like ${missing.map(({ example }) => `\`${example}\``).join(' and ')}.`,
                data: { missing: missing.map(({ key }) => key) },
            });
        }
    },
});
