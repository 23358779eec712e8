import { runRuleTests } from '../rule-tester.js';

const roles = `
role SDR { kind: sdr }
role BDR { kind: bdr }
role AE { kind: ae }
role CSM { kind: csm }
role SE { kind: se }`;

runRuleTests('pod-composition', {
    valid: [
        {
            name: 'the low end of every range: 1 SDR, 1 AE, 1 CSM (001\'s own pod has one AE)',
            code: `${roles}
pod P { members: [SDR, AE, CSM, SE] }`,
        },
        {
            name: 'the high end of every range: 2 SDRs, 3 AEs, 1 CSM, plus an SE who is not counted',
            code: `${roles}
pod P { members: [SDR x2, AE x3, CSM x1, SE x2] }`,
        },
        {
            name: 'SDRs and BDRs count together, and a role listed twice adds up',
            code: `${roles}
pod P { members: [SDR, BDR, AE, AE, CSM] }`,
        },
        {
            name: 'wider ranges from the options',
            options: { sdr: [0, 3], ae: [2, 4], csm: [0, 2] },
            code: `${roles}
pod P { members: [AE x4] }`,
        },
        {
            name: 'a model without pods',
            code: `organization "Acme" { arr: 20M }${roles}`,
        },
    ],
    invalid: [
        {
            name: 'too many SDRs only: one diagnostic on the pod name, naming that deviation',
            code: `${roles}
pod Enterprise1 { members: [SDR x3, AE x2, CSM] }`,
            errors: [{ line: 7, column: 5, message: "Pod 'Enterprise1' has 3 SDR/BDR (expected 1-2):" }],
        },
        {
            name: 'every deviation is named in the one message',
            code: `${roles}
pod Alpha { members: [SDR x3, AE x4] }`,
            errors: [{ line: 7, column: 5, message: '3 SDR/BDR (expected 1-2), 4 AE (expected 1-3), 0 CSM (expected 1)' }],
        },
        {
            name: 'just below the AE range and above the CSM one',
            code: `${roles}
pod P { members: [BDR, CSM x2] }`,
            errors: [{ line: 7, message: '0 AE (expected 1-3), 2 CSM (expected 1)' }],
        },
        {
            name: 'no SDR at all',
            code: `${roles}
pod P { members: [AE x3, CSM] }`,
            errors: [{ line: 7, message: '0 SDR/BDR (expected 1-2)' }],
        },
        {
            name: 'an empty pod misses all three',
            code: 'pod Empty { members: [] }',
            errors: [{ line: 1, column: 5, message: '0 SDR/BDR (expected 1-2), 0 AE (expected 1-3), 0 CSM (expected 1)' }],
        },
        {
            name: 'ranges from the options: a pod within the defaults but outside the configured ranges',
            options: { ae: [3, 4], csm: [2, 2] },
            code: `${roles}
pod P { members: [SDR, AE x2, CSM] }`,
            errors: [{ line: 7, message: '2 AE (expected 3-4), 1 CSM (expected 2)' }],
        },
        {
            name: 'one diagnostic per pod',
            code: `${roles}
pod Good { members: [SDR, AE x2, CSM] }
pod Big { members: [SDR x2, AE x5, CSM] }
pod Small { members: [SDR, CSM] }`,
            errors: [{ line: 8, message: "Pod 'Big' has 5 AE" }, { line: 9, message: "Pod 'Small' has 0 AE" }],
        },
    ],
});
