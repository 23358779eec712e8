import { runRuleTests } from '../rule-tester.js';

runRuleTests('sla-before-second-rep', {
    valid: [
        {
            name: 'one rep: the SLA can wait for the second',
            code: `
organization "Acme" { arr: 400K employees: 4 }
role Founder { kind: ceo }
role AE { kind: ae }`,
        },
        {
            name: 'two reps and a handoff (its SLA is handoff-sla-required\'s concern)',
            code: `
organization "Acme" { arr: 900K employees: 8 }
role SDR { kind: sdr }
role AE { kind: ae }
handoff SdrToAe { from: SDR to: AE owner: AE }`,
        },
        {
            name: 'non-rep roles do not count (CSMs, founders, SEs)',
            code: `
organization "Acme" { arr: 900K employees: 8 }
role CSM { kind: csm headcount: 3 }
role SE { kind: se headcount: 2 }
role AE { kind: ae }`,
        },
        {
            name: 'no organization: silent',
            code: 'role AE { kind: ae headcount: 5 }',
        },
    ],
    invalid: [
        {
            name: 'two AEs in one role, no handoff and no SLA, reported on the organization',
            code: `
organization "Tiny Seed" {
    arr: 600K
    employees: 6
}
role Founder { kind: ceo }
role AE { kind: ae headcount: 2 }`,
            errors: [{ line: 2, column: 14, message: 'The model has 2 reps but no handoff and no SLA' }],
        },
        {
            name: 'reps of different kinds add up: an SDR and an AM',
            code: `
organization "Acme" { employees: 7 }
role SDR { kind: sdr }
role AM { kind: am }`,
            errors: [{ line: 2, message: '2 reps' }],
        },
    ],
});
