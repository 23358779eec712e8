import { runRuleTests } from '../rule-tester.js';

runRuleTests('headcount-exceeds-employees', {
    valid: [
        {
            name: 'the roles hold exactly the company',
            code: `
organization "Acme" { employees: 10 }
role CEO { kind: ceo }
role AE { kind: ae headcount: 9 }`,
        },
        {
            name: 'fewer people in the model than in the company (not every role is modelled)',
            code: 'organization "Acme" { employees: 140 }\nrole AE { kind: ae headcount: 6 }',
        },
        {
            name: 'no employees stated: nothing to compare',
            code: 'organization "Acme" { arr: 5M }\nrole AE { kind: ae headcount: 600 }',
        },
        {
            name: 'no organization',
            code: 'role AE { kind: ae headcount: 600 }',
        },
    ],
    invalid: [
        {
            name: 'one more person than the company has, reported on employees; a role without headcount counts as 1',
            code: `
organization "Acme" {
    arr: 3M
    employees: 10
}
role CEO { kind: ceo }
role AE { kind: ae headcount: 6 }
role SDR { kind: sdr headcount: 4 }`,
            errors: [{ line: 4, column: 5, message: 'The roles hold 11 people but the organization has 10 employees' }],
        },
        {
            name: 'roles across files add up',
            code: {
                'org.revorg': 'organization "Acme" { employees: 5 }\nrole CEO { kind: ceo headcount: 3 }',
                'sales.revorg': 'role AE { kind: ae headcount: 3 }',
            },
            errors: [{ line: 1, column: 23, file: 'org.revorg', message: 'hold 6 people' }],
        },
    ],
});
