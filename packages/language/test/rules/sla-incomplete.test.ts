import { runRuleTests } from '../rule-tester.js';

const HANDOFF = `
role SDR { kind: sdr }
role AE { kind: ae }
handoff SdrToAe { from: SDR to: AE owner: AE }`;

runRuleTests('sla-incomplete', {
    valid: [
        {
            name: 'an SLA with the three commitments: volume, touches and a weekly audit',
            code: `${HANDOFF}
sla MeetingAccepted {
    handoff: SdrToAe
    within: 24h
    touches: 3
    volume: 40
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
            code: 'sla Draft { touches: 3 volume: 10 audit: weekly }',
        },
        {
            name: 'no SLA, nothing to check',
            code: HANDOFF,
        },
    ],
    invalid: [
        {
            name: 'touches missing: reported on the name, the message names the receiver\'s commitment only',
            code: `${HANDOFF}
sla MeetingAccepted {
    handoff: SdrToAe
    within: 24h
    volume: 40
    audit: weekly
}`,
            errors: [{ line: 5, column: 5, message: "SLA 'MeetingAccepted' has no `touches` (the minimum follow-ups the receiving side commits to):" }],
        },
        {
            name: 'volume missing: the sender\'s commitment',
            code: `${HANDOFF}
sla MeetingAccepted { handoff: SdrToAe within: 24h touches: 3 audit: weekly }`,
            errors: [{ line: 5, column: 5, message: "has no `volume` (the leads per month the sending side commits to):" }],
        },
        {
            name: 'audit missing: RevOps\'s commitment',
            code: `${HANDOFF}
sla MeetingAccepted { handoff: SdrToAe within: 24h touches: 3 volume: 40 }`,
            errors: [{ line: 5, column: 5, message: "has no `audit` (how often RevOps checks compliance):" }],
        },
        {
            name: 'an audit less often than weekly is a gap too',
            code: `${HANDOFF}
sla MeetingAccepted { handoff: SdrToAe within: 24h touches: 3 volume: 40 audit: monthly }`,
            errors: [{ line: 5, message: 'has an audit only monthly (weekly is what keeps an SLA enforced)' }],
        },
        {
            name: 'every gap is named in the one message',
            code: `${HANDOFF}
sla MeetingAccepted { handoff: SdrToAe within: 24h auditor: AE }`,
            errors: [{ line: 5, column: 5, message: 'has no `volume` (the leads per month the sending side commits to), no `touches` (the minimum follow-ups the receiving side commits to), no `audit`' }],
        },
        {
            name: 'one diagnostic per incomplete SLA, across files',
            code: {
                'a.revorg': `${HANDOFF}\nsla Fast { handoff: SdrToAe within: 1h }`,
                'b.revorg': 'sla Complete { handoff: SdrToAe within: 1d touches: 2 volume: 9 audit: weekly }\nsla Slow { handoff: SdrToAe within: 2d touches: 2 volume: 9 }',
            },
            errors: [{ line: 5, file: 'a.revorg', message: "'Fast'" }, { line: 2, column: 5, file: 'b.revorg', message: "'Slow' has no `audit`" }],
        },
    ],
});
