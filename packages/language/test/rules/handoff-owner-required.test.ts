import { runRuleTests } from '../rule-tester.js';

runRuleTests('handoff-owner-required', {
    valid: [
        {
            name: 'a handoff with an owner',
            code: `
role SDR { kind: sdr }
role AE { kind: ae reportsTo: SDR }
handoff SdrToAe {
    from: SDR
    to: AE
    owner: AE
}`,
        },
        {
            name: 'an owner that does not resolve is an unresolved reference, not a missing owner',
            code: `
role SDR { kind: sdr }
handoff H { from: SDR to: SDR owner: Nobody }`,
        },
    ],
    invalid: [
        {
            name: 'a handoff without an owner, reported on its name',
            code: `
role SDR { kind: sdr }
role AE { kind: ae reportsTo: SDR }
handoff SdrToAe {
    from: SDR
    to: AE
}`,
            errors: [{ line: 4, column: 9, message: "Handoff 'SdrToAe' has no owner" }],
        },
        {
            name: 'one diagnostic per handoff, across files',
            code: {
                'a.revorg': 'role SDR { kind: sdr }\nhandoff One { from: SDR to: SDR }',
                'b.revorg': 'handoff Two { from: SDR to: SDR }',
            },
            errors: [{ line: 2, file: 'a.revorg' }, { line: 1, file: 'b.revorg' }],
        },
        {
            name: 'still reported when the rule is raised to a different severity',
            severity: 'warning',
            code: 'role SDR { kind: sdr }\nhandoff H { from: SDR to: SDR }',
            errors: [{ line: 2 }],
        },
    ],
});
