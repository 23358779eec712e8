import { runRuleTests } from '../rule-tester.js';

runRuleTests('model-fit', {
    valid: [
        {
            name: 'an assembly line just under $100K ACV',
            code: 'organization "Acme" { arr: 20M acv: $99,999 model: assembly-line }',
        },
        {
            name: 'pods at exactly $25K ACV',
            code: 'organization "Acme" { arr: 20M acv: 25K model: pod }',
        },
        {
            name: 'the decision matrix followed: pods for high ACV, an assembly line for low ACV',
            code: `
organization "Acme" { arr: 60M acv: 70K model: hybrid }
segment Enterprise { acv: 180K model: pod }
segment SMB { acv: 8K model: assembly-line }`,
        },
        {
            name: 'a hybrid model is not checked at either end, and an island with a small contract value fits',
            code: `
organization "Acme" { arr: 60M acv: 250K model: hybrid }
segment Tiny { acv: 2K model: island }`,
        },
        {
            name: 'an island at 200 employees is still within its fit',
            code: 'organization "Acme" { employees: 200 model: island }',
        },
        {
            name: 'acv without model, or model without acv: silent',
            code: `
organization "Acme" { arr: 60M model: assembly-line }
segment Enterprise { acv: 180K }
segment SMB { model: pod }`,
        },
        {
            name: 'a higher highAcv option accepts an assembly line at $120K',
            options: { highAcv: 150_000 },
            code: 'organization "Acme" { arr: 20M acv: 120K model: assembly-line }',
        },
        {
            name: 'a lower lowAcv option accepts pods at $15K',
            options: { lowAcv: 10_000 },
            code: 'organization "Acme" { arr: 20M acv: 15K model: pod }',
        },
    ],
    invalid: [
        {
            name: 'an island for $100K+ deals, reported on the model property',
            code: `
organization "Acme" { arr: 20M }
segment Huge {
    acv: 500K
    model: island
}`,
            errors: [{ line: 5, column: 5, message: 'island model at $500K ACV' }],
        },
        {
            name: 'an island organization of 201 employees does not scale',
            code: 'organization "Acme" { employees: 201 model: island }',
            errors: [{ line: 1, message: 'island model at 201 employees' }],
        },
        {
            name: 'an assembly line at exactly $100K ACV, reported on the organization\'s model property',
            code: `
organization "Acme" {
    arr: 20M
    acv: 100K
    model: assembly-line
}`,
            errors: [{ line: 5, column: 5, message: 'Organization "Acme" runs an assembly line at $100K ACV' }],
        },
        {
            name: 'pods just under $25K ACV',
            code: `
organization "Acme" {
    arr: 20M
    acv: 24999
    model: pod
}`,
            errors: [{ line: 5, column: 5, message: 'runs pods' }],
        },
        {
            name: 'segments are checked one by one, each on its model property',
            code: `
organization "Acme" { arr: 60M acv: 70K model: hybrid }
segment Enterprise {
    acv: 180K
    model: assembly-line
}
segment SMB { acv: 12K model: pod }
segment MidMarket { acv: 60K model: pod }`,
            errors: [
                { line: 5, column: 5, message: "Segment 'Enterprise' runs an assembly line at $180K ACV" },
                { line: 7, column: 24, message: "Segment 'SMB' runs pods at $12K ACV: under $25K" },
            ],
        },
        {
            name: 'the organization and a segment both reported',
            code: `
organization "Acme" { arr: 60M acv: 150K model: assembly-line }
segment Enterprise { acv: 150K model: assembly-line }`,
            errors: [{ line: 2, column: 42 }, { line: 3, column: 32 }],
        },
        {
            name: 'a lower highAcv option reports an assembly line at $80K, and the message uses it',
            options: { highAcv: 75_000 },
            code: 'organization "Acme" { arr: 20M acv: 80K model: assembly-line }',
            errors: [{ line: 1, column: 41, message: 'deals of $75K or more' }],
        },
        {
            name: 'a higher lowAcv option reports pods at $30K, and the message uses it',
            options: { lowAcv: 40_000 },
            code: 'segment Mid { acv: 30K model: pod }',
            errors: [{ line: 1, column: 24, message: 'under $40K' }],
        },
    ],
});
