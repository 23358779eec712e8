import { runRuleTests } from '../rule-tester.js';

const ROLES = `
role SDR { kind: sdr headcount: 3 }
role AE { kind: ae headcount: 4 }
role CSM { kind: csm }`;

runRuleTests('pod-seats-exceed-headcount', {
    valid: [
        {
            name: 'every seat filled by someone the org has, across pods',
            code: `${ROLES}
pod East { members: [SDR x2, AE x2, CSM] }
pod West { members: [SDR, AE x2] }`,
        },
        {
            name: 'fewer seats than people',
            code: `${ROLES}
pod East { members: [SDR, AE] }`,
        },
        {
            name: 'no pods',
            code: ROLES,
        },
    ],
    invalid: [
        {
            name: 'the entry where the running total passes the headcount, on that entry',
            code: `${ROLES}
pod East { members: [SDR x2, AE x2] }
pod West {
    members: [SDR x2, AE x2]
}`,
            errors: [{ line: 7, column: 15, message: "Role 'SDR' fills 4 pod seats by here but has a headcount of 3: raise its `headcount` to 4" }],
        },
        {
            name: 'every later entry of the role is reported too, with its running total',
            code: `${ROLES}
pod A { members: [CSM] }
pod B { members: [CSM] }
pod C { members: [CSM x2] }`,
            errors: [{ line: 6, column: 19, message: '2 pod seats' }, { line: 7, column: 19, message: '4 pod seats' }],
        },
        {
            name: 'a role listed twice in one pod adds up there',
            code: `${ROLES}
pod A { members: [AE x3, SDR, AE x2] }`,
            errors: [{ line: 5, column: 31, message: "'AE' fills 5 pod seats" }],
        },
    ],
});
