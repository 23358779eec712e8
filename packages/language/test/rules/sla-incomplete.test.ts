import { runRuleTests } from '../rule-tester.js';

const HANDOFF = `
role SDR { kind: sdr }
role AE { kind: ae }
handoff SdrToAe { from: SDR to: AE owner: AE }`;

runRuleTests('sla-incomplete', {
    valid: [
        {
            name: 'an SLA with touches and audit',
            code: `${HANDOFF}
sla MeetingAccepted {
    handoff: SdrToAe
    within: 24h
    touches: 3
    audit: weekly
}`,
        },
        {
            name: 'every optional property given, a daily audit',
            code: `${HANDOFF}
sla MeetingAccepted { handoff: SdrToAe within: 4h touches: 5 volume: 120 audit: daily auditor: AE }`,
        },
        {
            name: 'the required handoff and within are left to missing-property',
            code: 'sla Draft { touches: 3 audit: monthly }',
        },
        {
            name: 'no SLA, nothing to check',
            code: HANDOFF,
        },
    ],
    invalid: [
        {
            name: 'touches missing: reported on the name, the message names touches only',
            code: `${HANDOFF}
sla MeetingAccepted {
    handoff: SdrToAe
    within: 24h
    audit: weekly
}`,
            errors: [{ line: 5, column: 5, message: "SLA 'MeetingAccepted' has no `touches`:" }],
        },
        {
            name: 'audit missing: the message names audit only',
            code: `${HANDOFF}
sla MeetingAccepted { handoff: SdrToAe within: 24h touches: 3 }`,
            errors: [{ line: 5, column: 5, message: "SLA 'MeetingAccepted' has no `audit`:" }],
        },
        {
            name: 'both missing: the message names both',
            code: `${HANDOFF}
sla MeetingAccepted { handoff: SdrToAe within: 24h auditor: AE volume: 80 }`,
            errors: [{ line: 5, column: 5, message: 'has no `touches` and `audit`' }],
        },
        {
            name: 'one diagnostic per incomplete SLA, across files',
            code: {
                'a.revorg': `${HANDOFF}\nsla Fast { handoff: SdrToAe within: 1h }`,
                'b.revorg': 'sla Complete { handoff: SdrToAe within: 1d touches: 2 audit: weekly }\nsla Slow { handoff: SdrToAe within: 2d touches: 2 }',
            },
            errors: [{ line: 5, file: 'a.revorg', message: "'Fast'" }, { line: 2, column: 5, file: 'b.revorg', message: "'Slow' has no `audit`" }],
        },
    ],
});
