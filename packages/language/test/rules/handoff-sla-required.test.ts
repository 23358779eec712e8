import { runRuleTests } from '../rule-tester.js';

runRuleTests('handoff-sla-required', {
    valid: [
        {
            name: 'a handoff named by an SLA',
            code: `
role SDR { kind: sdr }
role AE { kind: ae }
handoff SdrToAe { from: SDR to: AE owner: AE }
sla MeetingAccepted { handoff: SdrToAe within: 24h touches: 3 audit: weekly }`,
        },
        {
            name: 'the SLA may sit in another file',
            code: {
                'handoffs.revorg': 'role SDR { kind: sdr }\nrole AE { kind: ae }\nhandoff SdrToAe { from: SDR to: AE owner: AE }',
                'slas.revorg': 'sla MeetingAccepted { handoff: SdrToAe within: 1d }',
            },
        },
        {
            name: 'an incomplete SLA still names the handoff (sla-incomplete deals with it)',
            code: `
team Marketing { function: marketing }
team Sales { function: sales }
handoff MarketingToSales { from: Marketing to: Sales }
sla SpeedToLead { handoff: MarketingToSales within: 4h }`,
        },
        {
            name: 'no handoffs, nothing to check',
            code: 'organization "Acme" { arr: 12M }\nsla Orphan { within: 4h }',
        },
    ],
    invalid: [
        {
            name: 'a handoff with no SLA, reported on its name',
            code: `
team Marketing { function: marketing }
team Sales { function: sales }
handoff MarketingToSales "Marketing to Sales" {
    from: Marketing
    to: Sales
}`,
            errors: [{ line: 4, column: 9, message: "Handoff 'MarketingToSales' has no SLA: add an `sla` with `handoff: MarketingToSales`" }],
        },
        {
            name: 'an SLA on one handoff does not cover another',
            code: `
role SDR { kind: sdr }
role AE { kind: ae }
role CSM { kind: csm }
handoff SdrToAe { from: SDR to: AE }
handoff AeToCsm { from: AE to: CSM }
sla MeetingAccepted { handoff: SdrToAe within: 24h }`,
            errors: [{ line: 6, column: 9, message: "'AeToCsm'" }],
        },
        {
            name: 'an SLA whose handoff does not resolve covers nothing',
            code: `
role SDR { kind: sdr }
role AE { kind: ae }
handoff SdrToAe { from: SDR to: AE }
sla Typo { handoff: SdrToAE within: 24h }`,
            errors: [{ line: 4, column: 9 }],
        },
        {
            name: 'one diagnostic per uncovered handoff, across files',
            code: {
                'a.revorg': 'role SDR { kind: sdr }\nrole AE { kind: ae }\nhandoff One { from: SDR to: AE }',
                'b.revorg': 'handoff Two { from: AE to: SDR }',
            },
            errors: [{ line: 3, column: 9, file: 'a.revorg' }, { line: 1, column: 9, file: 'b.revorg' }],
        },
    ],
});
