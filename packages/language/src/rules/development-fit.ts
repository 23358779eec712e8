import { formatMoney } from '../model/values.js';
import { defineRule } from './rule.js';

/**
 * Small contract values cannot carry a dedicated SDR per AE: centralize outbound; large ones need
 * SDRs embedded with the sellers: decentralize (000, question 3).
 */
export default defineRule<{ lowAcv: number; highAcv: number }>({
    meta: {
        id: 'development-fit',
        defaultSeverity: 'info',
        theme: 'structure',
        description: 'Sales development is centralized for small contract values and decentralized for large ones.',
        source: '000 question 3 and its SMB / mid-market example',
        fixable: false,
        options: {
            lowAcv: { type: 'money', default: 25_000, description: 'ACV below which decentralized development is too expensive.' },
            highAcv: { type: 'money', default: 100_000, description: 'ACV from which centralized development is too far from the sellers.' },
        },
    },
    check({ facts, options, report }) {
        for (const segment of facts.segments) {
            const property = segment.props.get('development');
            if (segment.acv === undefined || !segment.development || !property) continue;
            if (segment.development === 'decentralized' && segment.acv < options.lowAcv) {
                report({
                    node: property,
                    message: `Segment '${segment.node.name}' decentralizes sales development at ${formatMoney(segment.acv)} ACV: under ${formatMoney(options.lowAcv)} the acquisition cost of SDRs embedded per team outruns the deal; run outbound centrally.`,
                });
            } else if (segment.development === 'centralized' && segment.acv >= options.highAcv) {
                report({
                    node: property,
                    message: `Segment '${segment.node.name}' centralizes sales development at ${formatMoney(segment.acv)} ACV: deals of ${formatMoney(options.highAcv)} or more need SDRs who know the accounts and work beside their sellers; decentralize it.`,
                });
            }
        }
    },
});
