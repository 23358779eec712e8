import { runRuleTests } from '../rule-tester.js';

runRuleTests('sal-criteria-complete', {
    valid: [
        {
            name: 'a SAL definition with title, fit and engagement',
            code: `
organization "Acme" { arr: 12M employees: 140 }
definition SAL "Sales Accepted Lead" {
    stage: sal
    owner: Sales
    title: "Director+ in Sales, Marketing or RevOps"
    fit: "B2B SaaS, 50-1000 employees"
    engagement: "Score >= 60 within 30 days"
}
team Sales { function: sales }`,
        },
        {
            name: 'definitions of other stages need no criteria',
            code: `
definition MQL { stage: mql }
definition SQL { stage: sql title: "" }
definition Opp { stage: opportunity }`,
        },
        {
            name: 'no SAL definition at all is left to sal-definition-required',
            code: 'organization "Acme" { arr: 12M }',
        },
        {
            name: 'a definition without a stage is not a SAL definition',
            code: 'definition Lead { title: "VP" }',
        },
    ],
    invalid: [
        {
            name: 'fit and engagement missing, reported on the name and named in the message',
            code: `
definition SAL "Sales Accepted Lead" {
    stage: sal
    title: "Director+ in Sales"
}`,
            errors: [{ line: 2, column: 12, message: "SAL definition 'SAL' does not state `fit`, `engagement`:" }],
        },
        {
            name: 'only engagement missing: the message names it alone',
            code: `
definition SAL {
    stage: sal
    title: "Director+"
    fit: "B2B SaaS"
}`,
            errors: [{ line: 2, column: 12, message: /does not state `engagement`:/ }],
        },
        {
            name: 'an empty string counts as missing',
            code: `
definition SAL {
    stage: sal
    title: ""
    fit: "B2B SaaS"
    engagement: "Demo request"
}`,
            errors: [{ line: 2, message: /does not state `title`:/ }],
        },
        {
            name: 'a blank string counts as missing',
            code: 'definition SAL { stage: sal title: "VP" fit: "   " engagement: "Demo request" }',
            errors: [{ line: 1, column: 12, message: /does not state `fit`:/ }],
        },
        {
            name: 'all three missing are listed in order',
            code: 'definition SAL { stage: sal owner: Sales }\nteam Sales { function: sales }',
            errors: [{ line: 1, message: 'does not state `title`, `fit`, `engagement`' }],
        },
        {
            name: 'each incomplete SAL definition is reported, across files',
            code: {
                'a.revorg': 'organization "Acme" { arr: 12M }\ndefinition SmbSal { stage: sal title: "Manager+" fit: "SMB" }',
                'b.revorg': 'definition EntSal { stage: sal engagement: "Two meetings" }',
            },
            errors: [
                { line: 2, column: 12, file: 'a.revorg', message: "'SmbSal' does not state `engagement`" },
                { line: 1, column: 12, file: 'b.revorg', message: "'EntSal' does not state `title`, `fit`" },
            ],
        },
    ],
});
