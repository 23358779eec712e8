import { describe, expect, it } from 'vitest';
import { lintModel, runRuleTests } from '../rule-tester.js';

runRuleTests('syntax-error', {
    valid: [
        {
            name: 'a complete model with comments, titles, lists and trailing separators',
            code: `
// Acme Analytics
/* one model, one file */
organization "Acme \\"Analytics\\"" {
    arr: $12,000,000
    employees: 140;
}
team Sales "Sales" { function: sales, lead: VPSales }
role VPSales "VP Sales" { kind: vp-sales; team: Sales }
role AE "Account Executive" {
    kind: ae,
    team: Sales,
    reportsTo: VPSales,
    headcount: 8,
    kpis: [],
}
kpi NetNewArr { measures: net-new-arr owners: [AE, Sales,] target: $1.5B }`,
        },
        {
            name: 'an empty file and a file of comments only',
            code: { 'a.revorg': '', 'b.revorg': '// nothing yet\n/* still nothing */\n' },
        },
        {
            name: 'keywords are accepted as names',
            code: `
team sales { function: sales }
kpi pipeline { measures: pipeline owners: [sales] }`,
        },
        {
            name: 'values of the wrong kind or out of range parse (they are invalid values, not syntax errors)',
            code: `
role AE { kind: ae headcount: -1 }
sla S { handoff: H within: 12M }
handoff H { from: AE to: AE owner: AE }
pod P { members: [AE x0, AE y2] }`,
        },
    ],
    invalid: [
        {
            name: 'a missing colon, reported on the token where the colon was expected',
            code: `
role VPSales {
    kind: vp-sales
    team Sales
}`,
            errors: [{ line: 4, column: 10, message: "Unexpected 'Sales': expected ':'" }],
        },
        {
            name: 'a property the declaration does not take: the message lists the ones it does',
            code: `
role AE {
    kind: ae
    quota: 1M
}`,
            errors: [{ line: 4, column: 5, message: "'quota' is not a property of a role; a role takes kind, team, reportsTo, dottedTo, embeddedIn, segment, headcount, motion or kpis" }],
        },
        {
            name: 'an unknown keyword at the top level: the message lists the declarations',
            code: 'team Sales { function: sales }\nteem Marketing { function: marketing }',
            errors: [{ line: 2, column: 1, message: /Unexpected 'teem': expected a declaration \(organization, team, role,.* or segment\)/ }],
        },
        {
            name: 'an enum value that does not exist: the message lists the allowed values',
            code: 'team Sales { function: sale }',
            errors: [{ line: 1, column: 24, message: "Unexpected 'sale': expected one of 'marketing', 'sales'" }],
        },
        {
            name: 'an unclosed block at the end of the file',
            code: 'organization "Acme" {\n    arr: 12M\n    employees: 140',
            errors: [{ line: 3, message: 'Unexpected end of file' }],
        },
        {
            name: 'a character with no meaning in the language (a stray #)',
            code: 'team Sales { function: sales }\n#\nteam Marketing { function: marketing }\n',
            errors: [{ line: 2, column: 1, message: "Unexpected character '#'" }],
        },
        {
            name: 'reported in the file that does not parse, not in the others of the model',
            code: {
                'a.revorg': 'team Sales { function: sales }',
                'b.revorg': 'this is not a revorg file',
            },
            errors: [{ line: 1, column: 1, file: 'b.revorg' }],
        },
    ],
});

describe('syntax-error recovery', () => {
    // Runs after the table above has cleared its documents; its own file name keeps it apart.
    it('still checks the rest of the file after a syntax error', async () => {
        const { diagnostics } = await lintModel({ 'recovery.revorg': `
role AE {
    kind: ae
    quota: 1M
}
role SDR { kind: sdr reportsTo: AE }
handoff SdrToAe { from: SDR to: AE }` });
        expect(diagnostics.filter(d => d.code === 'syntax-error')).toHaveLength(1);
        const owner = diagnostics.filter(d => d.code === 'handoff-owner-required');
        expect(owner.map(d => d.range.start.line + 1)).toEqual([7]);
    });
});
