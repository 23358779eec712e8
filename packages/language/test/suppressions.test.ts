import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { applySuppressions, findDirectives } from '../src/validation/suppressions.js';

const at = (line: number, code: string): Diagnostic => ({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, message: code, code });

describe('suppression comments', () => {
    it('finds next-line and file directives with their rule ids and reason', () => {
        const directives = findDirectives([
            '// revorg-disable cro-scope, pod-composition',
            'role X { kind: ae } // revorg-disable-next-line multiple-top-roles -- on purpose',
            '"// revorg-disable not-in-a-string"',
            '/* // revorg-disable not-in-a-block-comment */',
            '//revorg-disable-next-line a,b c',
            '// revorg-disabled is not a directive',
        ].join('\n'));
        expect(directives.map(d => [d.scope, d.line, d.ruleIds])).toEqual([
            ['file', 0, ['cro-scope', 'pod-composition']],
            ['next-line', 1, ['multiple-top-roles']],
            ['next-line', 4, ['a', 'b', 'c']],
        ]);
        expect(directives[1].range).toEqual({ start: { line: 1, character: 20 }, end: { line: 1, character: 80 } });
    });

    it('silences the named rules on the next line or in the whole file, and reports what silenced nothing', () => {
        const directives = findDirectives('// revorg-disable-next-line cro-scope, pod-composition\nrole X {}\n// revorg-disable structure-review-required, made-up, syntax-error\n');
        const status = (id: string): 'yes' | 'unknown' | 'core' => (id === 'made-up' ? 'unknown' : id === 'syntax-error' ? 'core' : 'yes');
        const { kept, unused } = applySuppressions([at(1, 'cro-scope'), at(2, 'cro-scope'), at(5, 'structure-review-required'), at(1, 'syntax-error')], directives, status);
        expect(kept.map(d => `${d.range.start.line} ${d.code}`)).toEqual(['2 cro-scope', '1 syntax-error']);
        expect(unused.map(u => `${u.ruleId}: ${u.reason}`)).toEqual([
            "pod-composition: no 'pod-composition' diagnostic on the next line",
            "made-up: 'made-up' is not a revorg rule",
            "syntax-error: 'syntax-error' is an error of the language itself and cannot be suppressed",
        ]);
    });
});
