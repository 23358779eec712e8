import { runRuleTests } from '../rule-tester.js';

const pod = `
role AE { kind: ae }
pod Alpha { members: [AE x2] }`;

runRuleTests('pod-single-motion', {
    valid: [
        {
            name: 'two products',
            code: `organization "Acme" { arr: 20M products: 2 }${pod}`,
        },
        {
            name: 'one product but two segments',
            code: `organization "Acme" { arr: 20M products: 1 }${pod}
segment SMB { acv: 10K }
segment Enterprise { acv: 150K }`,
        },
        {
            name: 'one product and no pods',
            code: `
organization "Acme" { arr: 20M products: 1 }
role AE { kind: ae }`,
        },
        {
            name: 'products absent: silent',
            code: `organization "Acme" { arr: 20M }${pod}`,
        },
        {
            name: 'no organization: silent',
            code: pod,
        },
    ],
    invalid: [
        {
            name: 'one product and no segments, reported on the pod name',
            code: `organization "Acme" { arr: 20M products: 1 }${pod}`,
            errors: [{ line: 3, column: 5, message: "Pod 'Alpha' in a company with 1 product and no segments" }],
        },
        {
            name: 'one product and only one segment',
            code: `organization "Acme" { arr: 20M products: 1 }${pod}
segment Enterprise { acv: 150K }`,
            errors: [{ line: 3, column: 5, message: '1 product and one segment' }],
        },
        {
            name: 'zero products counts as at most one',
            code: `organization "Acme" { arr: 20M products: 0 }${pod}`,
            errors: [{ line: 3, message: '0 products' }],
        },
        {
            name: 'every pod is reported',
            code: `organization "Acme" { arr: 20M products: 1 }${pod}
pod Beta { members: [AE x3] }`,
            errors: [{ line: 3, message: "'Alpha'" }, { line: 4, column: 5, message: "'Beta'" }],
        },
        {
            name: 'across files: the pod is reported in its own file',
            code: {
                'org.revorg': 'organization "Acme" {\n    arr: 20M\n    products: 1\n}',
                'pods.revorg': 'role AE { kind: ae }\npod Alpha { members: [AE x2] }',
            },
            errors: [{ line: 2, column: 5, file: 'pods.revorg' }],
        },
    ],
});
