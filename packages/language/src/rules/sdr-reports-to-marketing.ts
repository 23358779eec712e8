import type { Party } from '../generated/ast.js';
import type { HandoffFacts, RevorgFacts, RoleFacts } from '../model/facts/index.js';
import { defineRule } from './rule.js';

/** SDRs may report to marketing only if their handoff to AEs is ironclad and measured weekly (003 FAQ). */
export default defineRule({
    meta: {
        id: 'sdr-reports-to-marketing',
        defaultSeverity: 'info',
        theme: 'structure',
        description: 'SDRs or BDRs who report into marketing hand off to AEs under an SLA audited daily or weekly.',
        source: '003 FAQ "Should SDRs report to sales or marketing?" (the reporting line, not the seat)',
        fixable: false,
        options: {},
    },
    check({ facts, report }) {
        for (const role of facts.roles) {
            if (role.kind !== 'sdr' && role.kind !== 'bdr') continue;
            if (!reportsIntoMarketing(facts, role)) continue;
            if (facts.handoffs.some(handoff => isMeasuredHandoffToClosers(facts, role, handoff))) continue;
            const line = role.manager ? `reports to '${role.manager.name}' in marketing` : `sits on the marketing team '${role.team!.name}'`;
            report({
                node: role.node,
                message: `${role.kind.toUpperCase()} role '${role.node.name}' ${line} without a handoff to AEs (or ISRs, SARs) under an SLA audited daily or weekly: SDRs report to whoever owns the pipeline number they feed, usually sales; reporting to marketing works only when that handoff is ironclad and measured weekly.`,
            });
        }
    },
});

/** The reporting line, not the seat: the manager's side, or without a manager the team's function. */
function reportsIntoMarketing(facts: RevorgFacts, role: RoleFacts): boolean {
    if (role.manager) return facts.role(role.manager)?.side === 'marketing';
    return role.team !== undefined && facts.team(role.team)?.function === 'marketing';
}

/** A handoff from the SDR (or its team) to a closing rep (or a team holding one), with an SLA audited daily or weekly. */
function isMeasuredHandoffToClosers(facts: RevorgFacts, role: RoleFacts, handoff: HandoffFacts): boolean {
    const fromRole = handoff.from === role.node || (role.team !== undefined && handoff.from === role.team);
    return fromRole && closes(facts, handoff.to) && handoff.slas.some(sla => sla.audit === 'daily' || sla.audit === 'weekly');
}

const CLOSING_KINDS = new Set(['ae', 'isr', 'sar']);

function closes(facts: RevorgFacts, party: Party | undefined): boolean {
    if (party?.$type === 'Role') return CLOSING_KINDS.has(facts.role(party)?.kind ?? '');
    if (party?.$type === 'Team') return facts.rolesOf(party).some(member => CLOSING_KINDS.has(facts.role(member)?.kind ?? ''));
    return false;
}
