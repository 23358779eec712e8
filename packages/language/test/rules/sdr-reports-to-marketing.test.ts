import { runRuleTests } from '../rule-tester.js';

const teams = `
team Marketing { function: marketing }
team Sales { function: sales }`;

runRuleTests('sdr-reports-to-marketing', {
    valid: [
        {
            name: 'an SDR in marketing with a handoff to an AE whose SLA is audited weekly',
            code: `${teams}
role SDR { kind: sdr team: Marketing }
role AE { kind: ae team: Sales }
handoff SdrToAe { from: SDR to: AE }
sla Acceptance { handoff: SdrToAe within: 24h audit: weekly }`,
        },
        {
            name: 'a BDR in marketing whose SLA to the AE is audited daily',
            code: `${teams}
role BDR { kind: bdr team: Marketing }
role AE { kind: ae team: Sales }
handoff BdrToAe { from: BDR to: AE }
sla Acceptance { handoff: BdrToAe within: 4h audit: daily }`,
        },
        {
            name: 'one audited SLA among several on the handoff is enough',
            code: `${teams}
role SDR { kind: sdr team: Marketing }
role AE { kind: ae team: Sales }
handoff SdrToAe { from: SDR to: AE }
sla Volume { handoff: SdrToAe within: 2d audit: monthly }
sla Speed { handoff: SdrToAe within: 4h audit: weekly }`,
        },
        {
            name: 'an SDR in a sales team needs nothing',
            code: `${teams}
role SDR { kind: sdr team: Sales }`,
        },
        {
            name: 'an SDR without a team is not checked',
            code: 'role SDR { kind: sdr }',
        },
        {
            name: 'other kinds in marketing (an MDR) are not checked',
            code: `${teams}
role MDR { kind: mdr team: Marketing }`,
        },
    ],
    invalid: [
        {
            name: 'an SDR in marketing with no handoff at all, reported on the role',
            code: `${teams}
role SDR { kind: sdr team: Marketing }`,
            errors: [{ line: 4, column: 6, message: "SDR role 'SDR' sits in marketing team 'Marketing'" }],
        },
        {
            name: 'a BDR in marketing: the message names the BDR',
            code: `${teams}
role Outbound { kind: bdr team: Marketing }`,
            errors: [{ line: 4, column: 6, message: "BDR role 'Outbound'" }],
        },
        {
            name: 'an SLA audited only monthly is not measured weekly',
            code: `${teams}
role SDR { kind: sdr team: Marketing }
role AE { kind: ae team: Sales }
handoff SdrToAe { from: SDR to: AE }
sla Acceptance { handoff: SdrToAe within: 24h audit: monthly }`,
            errors: [{ line: 4, column: 6 }],
        },
        {
            name: 'an SLA without an audit does not count',
            code: `${teams}
role SDR { kind: sdr team: Marketing }
role AE { kind: ae team: Sales }
handoff SdrToAe { from: SDR to: AE }
sla Acceptance { handoff: SdrToAe within: 24h touches: 3 }`,
            errors: [{ line: 4 }],
        },
        {
            name: 'a handoff without any SLA does not count',
            code: `${teams}
role SDR { kind: sdr team: Marketing }
role AE { kind: ae team: Sales }
handoff SdrToAe { from: SDR to: AE }`,
            errors: [{ line: 4 }],
        },
        {
            name: 'a weekly-audited handoff to the sales team (not an AE role) does not count',
            code: `${teams}
role SDR { kind: sdr team: Marketing }
handoff SdrToSales { from: SDR to: Sales }
sla Acceptance { handoff: SdrToSales within: 24h audit: weekly }`,
            errors: [{ line: 4 }],
        },
        {
            name: 'a weekly-audited handoff to a non-AE role (an ISR) does not count',
            code: `${teams}
role SDR { kind: sdr team: Marketing }
role ISR { kind: isr team: Sales }
handoff SdrToIsr { from: SDR to: ISR }
sla Acceptance { handoff: SdrToIsr within: 24h audit: weekly }`,
            errors: [{ line: 4 }],
        },
        {
            name: 'the handoff must start at this role: another SDR role\'s audited handoff does not cover it',
            code: `${teams}
role InboundSDR { kind: sdr team: Marketing }
role OutboundSDR { kind: sdr team: Marketing }
role AE { kind: ae team: Sales }
handoff InboundToAe { from: InboundSDR to: AE }
sla Acceptance { handoff: InboundToAe within: 24h audit: weekly }`,
            errors: [{ line: 5, column: 6, message: "'OutboundSDR'" }],
        },
    ],
});
