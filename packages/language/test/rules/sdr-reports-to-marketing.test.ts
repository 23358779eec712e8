import { runRuleTests } from '../rule-tester.js';

const teams = `
team Marketing { function: marketing }
team Sales { function: sales }`;

runRuleTests('sdr-reports-to-marketing', {
    valid: [
        {
            name: 'the weekly-audited handoff may go to an ISR or a SAR, or to a team holding a closer, and may start from the SDR\'s team',
            code: `${teams}
team Development { function: marketing }
role SDR { kind: sdr team: Development }
role BDR { kind: bdr team: Marketing }
role ISR { kind: isr team: Sales }
handoff DevToIsr { from: Development to: ISR }
handoff BdrToSales { from: BDR to: Sales }
sla A { handoff: DevToIsr within: 24h audit: weekly }
sla B { handoff: BdrToSales within: 24h audit: daily }`,
        },
        {
            name: 'the reporting line decides, not the seat: an SDR on the marketing team reporting to the VP Sales',
            code: `${teams}
role VPSales { kind: vp-sales team: Sales }
role SDR { kind: sdr team: Marketing reportsTo: VPSales }`,
        },
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
            errors: [{ line: 4, column: 6, message: "SDR role 'SDR' sits on the marketing team 'Marketing'" }],
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
            name: 'a weekly-audited handoff to a sales team that holds no closer does not count',
            code: `${teams}
role SDR { kind: sdr team: Marketing }
role SalesOps { kind: analyst team: Sales }
handoff SdrToSales { from: SDR to: Sales }
sla Acceptance { handoff: SdrToSales within: 24h audit: weekly }`,
            errors: [{ line: 4 }],
        },
        {
            name: 'a weekly-audited handoff to a CSM does not count',
            code: `${teams}
role SDR { kind: sdr team: Marketing }
role CSM { kind: csm team: Sales }
handoff SdrToCsm { from: SDR to: CSM }
sla Acceptance { handoff: SdrToCsm within: 24h audit: weekly }`,
            errors: [{ line: 4 }],
        },
        {
            name: 'the reporting line decides, not the seat: an SDR on the sales team reporting to the VP Marketing',
            code: `${teams}
role VPMarketing { kind: vp-marketing team: Marketing }
role SDR { kind: sdr team: Sales reportsTo: VPMarketing }`,
            errors: [{ line: 5, column: 6, message: "reports to 'VPMarketing' in marketing" }],
        },
        {
            name: 'a manager without a team is in marketing by its kind',
            code: `
role VPMarketing { kind: vp-marketing }
role SDR { kind: sdr reportsTo: VPMarketing }`,
            errors: [{ line: 3 }],
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
