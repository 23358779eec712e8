import type { RoleKind } from '../generated/ast.js';
import { defineRule } from './rule.js';

const SLOTS: ReadonlyArray<{ option: 'sdr' | 'ae' | 'csm'; label: string; kinds: readonly RoleKind[] }> = [
    { option: 'sdr', label: 'SDR/BDR', kinds: ['sdr', 'bdr'] },
    { option: 'ae', label: 'AE', kinds: ['ae'] },
    { option: 'csm', label: 'CSM', kinds: ['csm'] },
];

function describeRange([min, max]: readonly [number, number]): string {
    return min === max ? `${min}` : `${min}-${max}`;
}

/**
 * A pod "might look something like" 1-2 SDRs, 2-3 AEs and a CSM (001), and 001's own success pod has
 * one AE: 1-3 AEs by default, small enough to own a segment end to end.
 */
export default defineRule<{ sdr: readonly [number, number]; ae: readonly [number, number]; csm: readonly [number, number] }>({
    meta: {
        id: 'pod-composition',
        defaultSeverity: 'info',
        theme: 'pods',
        description: 'A pod has 1-2 SDRs or BDRs, 1-3 AEs and 1 CSM.',
        source: '001 "How Sales Pods Actually Work" ("might look something like" 1-2 SDRs, 2-3 AEs, 1 CSM) and its success pod of "an AE, SDR, SE, and CSM"',
        fixable: false,
        options: {
            sdr: { type: 'range', default: [1, 2], description: 'How many SDRs and BDRs a pod has.' },
            ae: { type: 'range', default: [1, 3], description: 'How many AEs a pod has.' },
            csm: { type: 'range', default: [1, 1], description: 'How many CSMs a pod has.' },
        },
    },
    check({ facts, options, report }) {
        for (const pod of facts.pods) {
            const deviations: string[] = [];
            for (const slot of SLOTS) {
                const count = pod.members
                    .filter(member => { const kind = facts.role(member.role)?.kind; return kind !== undefined && slot.kinds.includes(kind); })
                    .reduce((sum, member) => sum + member.count, 0);
                const [min, max] = options[slot.option];
                if (count < min || count > max) deviations.push(`${count} ${slot.label} (expected ${describeRange([min, max])})`);
            }
            if (deviations.length === 0) continue;
            const shape = SLOTS.map(slot => `${describeRange(options[slot.option])} ${slot.label}`).join(', ');
            report({
                node: pod.node,
                message: `Pod '${pod.node.name}' has ${deviations.join(', ')}: a pod that owns its segment end to end has ${shape}; adjust \`members\`, or the rule's ranges in revorg.config.json if your pods are deliberately shaped otherwise.`,
            });
        }
    },
});
