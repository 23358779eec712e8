import type { AnyProperty } from '../model/properties.js';
import { formatMoney } from '../model/values.js';
import { defineRule } from './rule.js';

/**
 * The decision matrix: high contract values justify the cost of pods; low ones need the efficiency
 * of an assembly line (001 Decision Matrix; 000 contract value vs acquisition cost).
 */
export default defineRule<{ lowAcv: number; highAcv: number }>({
    meta: {
        id: 'model-fit',
        defaultSeverity: 'info',
        theme: 'structure',
        description: 'The org model fits the contract value and size: no assembly line or island for $100K+ deals, no pods under $25K, no island at 201+ employees.',
        source: '001 Decision Matrix (Island: low-to-mid ACV, small team; Assembly Line: low ACV; Pod: high ACV); the Island model: "it doesn\'t scale"',
        fixable: false,
        options: {
            lowAcv: { type: 'money', default: 25_000, description: 'ACV below which pods are too expensive.' },
            highAcv: { type: 'money', default: 100_000, description: 'ACV from which an assembly line is too impersonal.' },
        },
    },
    check({ facts, options, report }) {
        const subjects: Array<{ what: string; acv?: number; model?: string; property?: AnyProperty }> = [];
        if (facts.organization) {
            const organization = facts.organization;
            subjects.push({ what: `Organization "${organization.node.title}"`, acv: organization.acv, model: organization.model, property: organization.props.get('model') });
        }
        for (const segment of facts.segments) {
            subjects.push({ what: `Segment '${segment.node.name}'`, acv: segment.acv, model: segment.model, property: segment.props.get('model') });
        }
        const organization = facts.organization;
        const employees = organization?.employees;
        const orgModel = organization?.props.get('model');
        if (organization?.model === 'island' && employees !== undefined && employees >= 201 && orgModel) {
            report({
                node: orgModel,
                message: `Organization "${organization.node.title}" runs the island model at ${employees} employees: reps who each run the whole cycle do not scale predictably, and at enterprise size the lack of specialization shows as inconsistent processes. Specialize: an assembly line, pods, or a hybrid per segment.`,
            });
        }
        for (const { what, acv, model, property } of subjects) {
            if (acv === undefined || model === undefined || !property) continue;
            if (acv >= options.highAcv && (model === 'assembly-line' || model === 'island')) {
                report({
                    node: property,
                    message: model === 'island'
                        ? `${what} runs the island model at ${formatMoney(acv)} ACV: deals of ${formatMoney(options.highAcv)} or more are enterprise or strategic accounts, which need the specialists of a pod (or a hybrid), not one rep doing everything.`
                        : `${what} runs an assembly line at ${formatMoney(acv)} ACV: deals of ${formatMoney(options.highAcv)} or more need the continuity of a pod (or a hybrid), not a lead passed along three desks.`,
                });
            } else if (acv < options.lowAcv && model === 'pod') {
                report({
                    node: property,
                    message: `${what} runs pods at ${formatMoney(acv)} ACV: under ${formatMoney(options.lowAcv)} a pod's cost per deal outruns the contract value; an assembly line is the efficient model here.`,
                });
            }
        }
    },
});
