import { defineRule } from './rule.js';

/** SDRs may report to marketing only if their handoff to AEs is ironclad and measured weekly (003 FAQ). */
export default defineRule({
    meta: {
        id: 'sdr-reports-to-marketing',
        defaultSeverity: 'info',
        description: 'SDRs or BDRs in a marketing team need a handoff to AEs with an SLA audited daily or weekly.',
        source: '003 FAQ "Should SDRs report to sales or marketing?"',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        for (const role of facts.roles) {
            if (role.kind !== 'sdr' && role.kind !== 'bdr') continue;
            if (!role.team || facts.team(role.team)?.function !== 'marketing') continue;
            const measured = facts.handoffs.some(handoff =>
                handoff.from === role.node
                && handoff.to?.$type === 'Role' && facts.role(handoff.to)?.kind === 'ae'
                && handoff.slas.some(sla => sla.audit === 'daily' || sla.audit === 'weekly'));
            if (measured) continue;
            report({
                node: role.node,
                message: `${role.kind.toUpperCase()} role '${role.node.name}' sits in marketing team '${role.team.name}' without a handoff to an AE whose SLA is audited daily or weekly: SDRs should report to whoever owns the pipeline number (usually sales), or the SDR-to-AE SLA must be ironclad and measured weekly.`,
            });
        }
    },
});
