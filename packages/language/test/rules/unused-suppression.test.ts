import { runRuleTests } from '../rule-tester.js';

// Two roles with no manager: each gets a `multiple-top-roles` warning on its own line, which
// gives the suppression comments below something real to silence.
const TWO_TOPS = `
organization "Acme Analytics" { arr: 12M employees: 140 }
team Sales { function: sales }`;

runRuleTests('unused-suppression', {
    valid: [
        {
            name: 'a next-line suppression that silences a diagnostic on the next line',
            code: `${TWO_TOPS}
// revorg-disable-next-line multiple-top-roles
role VPSales { kind: vp-sales team: Sales }
// revorg-disable-next-line multiple-top-roles -- the board hires a CRO next quarter
role VPMarketing { kind: vp-marketing }`,
        },
        {
            name: 'a file-wide suppression that silences something anywhere in the file, with several ids',
            code: `// revorg-disable multiple-top-roles, structure-review-required
${TWO_TOPS}
role VPSales { kind: vp-sales team: Sales }
role VPMarketing { kind: vp-marketing }`,
        },
        {
            name: 'a model-level diagnostic is silenced on the organization line',
            code: `
// revorg-disable-next-line revops-leader-required, structure-review-required
organization "Acme Analytics" { arr: 12M employees: 140 }`,
        },
        {
            name: 'the text in block comments and strings is not a directive',
            code: `
/* // revorg-disable-next-line handoff-owner-required */
definition SAL { stage: sal title: "// revorg-disable cro-scope" }`,
        },
        {
            name: 'silent when the rule is turned off',
            severity: 'off',
            code: '// revorg-disable-next-line handoff-owner-required\nteam Sales { function: sales }',
        },
    ],
    invalid: [
        {
            name: 'a next-line suppression with nothing on the next line, reported on the comment',
            code: `${TWO_TOPS}
role VPSales { kind: vp-sales team: Sales }
// revorg-disable-next-line handoff-owner-required
role AE { kind: ae team: Sales reportsTo: VPSales }`,
            errors: [{ line: 5, column: 1, message: "Unused suppression of 'handoff-owner-required': no 'handoff-owner-required' diagnostic on the next line" }],
        },
        {
            name: 'a next-line suppression two lines above the diagnostic silences nothing',
            code: `${TWO_TOPS}
// revorg-disable-next-line multiple-top-roles

role VPSales { kind: vp-sales team: Sales }
role VPMarketing { kind: vp-marketing }`,
            errors: [{ line: 4, column: 1, message: 'multiple-top-roles' }],
        },
        {
            name: 'a file-wide suppression of a rule with no diagnostic in the file',
            code: `${TWO_TOPS}
// revorg-disable sal-definition-required
role VPSales { kind: vp-sales team: Sales }`,
            errors: [{ line: 4, column: 1, message: "no 'sal-definition-required' diagnostic in this file" }],
        },
        {
            name: 'one diagnostic per unused id: a directive that silences one of two ids',
            code: `${TWO_TOPS}
// revorg-disable-next-line multiple-top-roles, cro-scope
role VPSales { kind: vp-sales team: Sales }
role VPMarketing { kind: vp-marketing } // revorg-disable-next-line premature-structure`,
            errors: [
                { line: 4, column: 1, message: "Unused suppression of 'cro-scope'" },
                { line: 6, column: 41, message: "Unused suppression of 'premature-structure'" },
            ],
        },
        {
            name: 'an id that is not a rule',
            code: '// revorg-disable-next-line handoff-owner\nteam Sales { function: sales }',
            errors: [{ line: 1, column: 1, message: "'handoff-owner' is not a revorg rule" }],
        },
        {
            name: 'the language\'s own errors cannot be suppressed: the directive is unused and the error stays',
            code: '// revorg-disable-next-line invalid-value\nrole AE { kind: ae headcount: -1 }',
            errors: [{ line: 1, column: 1, message: "'invalid-value' is an error of the language itself and cannot be suppressed" }],
        },
    ],
});
