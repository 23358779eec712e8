import { runRuleTests } from '../rule-tester.js';

runRuleTests('structure-review-required', {
    valid: [
        {
            name: 'a quarterly structure review',
            code: `
organization "Acme" { arr: 12M employees: 140 }
role CEO { kind: ceo }
cadence OrgReview { purpose: structure-review every: quarterly attendees: [CEO] }`,
        },
        {
            name: 'a yearly structure review is the slowest that counts',
            code: `
organization "Acme" { arr: 12M }
role CEO { kind: ceo }
cadence OrgReview { purpose: structure-review every: yearly attendees: [CEO] }`,
        },
        {
            name: 'a monthly structure review, in another file',
            code: {
                'org.revorg': 'organization "Acme" { arr: 12M }\nrole CEO { kind: ceo }',
                'rhythm.revorg': 'cadence OrgReview { purpose: structure-review every: monthly attendees: [CEO] }',
            },
        },
        {
            name: 'no organization: the model-level rule is not run',
            code: `
role CEO { kind: ceo }
cadence Pipeline { purpose: pipeline-review every: weekly attendees: [CEO] }`,
        },
    ],
    invalid: [
        {
            name: 'no cadence at all, reported on the organization title',
            code: `
organization "Acme Analytics" { arr: 12M employees: 140 }
role CEO { kind: ceo }`,
            errors: [{ line: 2, column: 14, message: 'purpose: structure-review' }],
        },
        {
            name: 'cadences with other purposes do not count, however often they run',
            code: `
organization "Acme" { arr: 12M }
role CEO { kind: ceo }
cadence Pipeline { purpose: pipeline-review every: weekly attendees: [CEO] }
cadence Alignment { purpose: alignment every: biweekly attendees: [CEO] }
cadence Qbr { purpose: qbr every: quarterly attendees: [CEO] }`,
            errors: [{ line: 2, column: 14 }],
        },
        {
            name: 'a structure-review cadence without a frequency does not count',
            code: `
organization "Acme" { arr: 12M }
role CEO { kind: ceo }
cadence OrgReview { purpose: structure-review attendees: [CEO] }`,
            errors: [{ line: 2, column: 14 }],
        },
        {
            name: 'an organization with no properties is still checked',
            code: 'organization "Acme" { }',
            errors: [{ line: 1, column: 14 }],
        },
    ],
});
