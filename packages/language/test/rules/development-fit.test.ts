import { runRuleTests } from '../rule-tester.js';

runRuleTests('development-fit', {
    valid: [
        {
            name: 'decentralized at exactly $25K ACV',
            code: 'segment Mid { acv: 25K development: decentralized }',
        },
        {
            name: 'centralized just under $100K ACV',
            code: 'segment Mid { acv: 99999 development: centralized }',
        },
        {
            name: 'centralized for SMB and decentralized for enterprise',
            code: `
organization "Acme" { arr: 40M model: hybrid }
segment SMB { acv: 9K development: centralized }
segment Enterprise { acv: 160K development: decentralized }`,
        },
        {
            name: 'a segment without acv or without development is not checked',
            code: `
segment SMB { development: decentralized }
segment Enterprise { acv: 160K }`,
        },
        {
            name: 'a higher highAcv option accepts centralized development at $120K',
            options: { highAcv: 150_000 },
            code: 'segment Enterprise { acv: 120K development: centralized }',
        },
        {
            name: 'a lower lowAcv option accepts decentralized development at $15K',
            options: { lowAcv: 10_000 },
            code: 'segment SMB { acv: 15K development: decentralized }',
        },
    ],
    invalid: [
        {
            name: 'decentralized just under $25K ACV, reported on the development property',
            code: `
segment SMB {
    acv: 24999
    development: decentralized
}`,
            errors: [{ line: 4, column: 5, message: "Segment 'SMB' decentralizes sales development" }],
        },
        {
            name: 'centralized at exactly $100K ACV',
            code: `
segment Enterprise {
    acv: 100K
    development: centralized
}`,
            errors: [{ line: 4, column: 5, message: "Segment 'Enterprise' centralizes sales development at $100K ACV" }],
        },
        {
            name: 'each segment on its own development property, with or without an organization',
            code: `
organization "Acme" { arr: 40M model: hybrid }
segment SMB { acv: 9K development: decentralized }
segment Enterprise { acv: 160K development: centralized }
segment Mid { acv: 60K development: centralized }`,
            errors: [{ line: 3, column: 23 }, { line: 4, column: 32 }],
        },
        {
            name: 'a lower highAcv option reports centralized development at $80K, and the message uses it',
            options: { highAcv: 75_000 },
            code: 'segment Mid { acv: 80K development: centralized }',
            errors: [{ line: 1, column: 24, message: 'deals of $75K or more' }],
        },
        {
            name: 'a higher lowAcv option reports decentralized development at $30K, and the message uses it',
            options: { lowAcv: 40_000 },
            code: 'segment Mid { acv: 30K development: decentralized }',
            errors: [{ line: 1, column: 24, message: 'under $40K' }],
        },
    ],
});
