// The colouring of .revorg text: a word that is both a declaration keyword and a property key
// (`team`) is a key before `:` and a keyword elsewhere, enumeration values, quantities as the grammar's QUANTITY reads them,
// strings with escapes, both comment forms (a block comment across lines).
import { StringStream } from '@codemirror/language';
import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '../src/catalogue.js';
import { revorgTokenizer } from '../src/highlighting.js';

const vocabulary: Vocabulary = { declarations: ['role', 'team'], properties: ['kind', 'team', 'headcount'], values: ['sdr', 'assembly-line'] };

function tokens(lines: string[]): Array<[string, string | null]> {
    const parser = revorgTokenizer(vocabulary);
    const state = parser.startState?.(2) ?? { inBlockComment: false };
    const result: Array<[string, string | null]> = [];
    for (const line of lines) {
        const stream = new StringStream(line, 4, 2);
        while (!stream.eol()) {
            const style = parser.token(stream, state);
            if (stream.current().trim()) result.push([stream.current().trim(), style]);
            stream.start = stream.pos;
        }
    }
    return result;
}

describe('revorg colouring', () => {
    it('tells declarations, keys, values, names, quantities and strings apart', () => {
        expect(tokens(['role SDR "Sales \\"Dev\\" Rep" {', '    kind: sdr  team: Sales', '    headcount: $1,200.5K', '}'])).toEqual([
            ['role', 'keyword'], ['SDR', 'variableName'], ['"Sales \\"Dev\\" Rep"', 'string'], ['{', 'punctuation'],
            ['kind', 'propertyName'], [':', 'punctuation'], ['sdr', 'atom'], ['team', 'propertyName'], [':', 'punctuation'], ['Sales', 'variableName'],
            ['headcount', 'propertyName'], [':', 'punctuation'], ['$1,200.5K', 'number'],
            ['}', 'punctuation'],
        ]);
    });

    it('reads `team` as a key before `:` and as a declaration elsewhere, on one line too', () => {
        expect(tokens(['team Sales { team: Other }'])).toEqual([
            ['team', 'keyword'], ['Sales', 'variableName'], ['{', 'punctuation'], ['team', 'propertyName'], [':', 'punctuation'], ['Other', 'variableName'], ['}', 'punctuation'],
        ]);
    });

    it('colours line and block comments, a block across lines', () => {
        expect(tokens(['kind: sdr // a note', '/* one', 'two */ role'])).toEqual([
            ['kind', 'propertyName'], [':', 'punctuation'], ['sdr', 'atom'], ['// a note', 'comment'],
            ['/*', 'comment'], ['one', 'comment'], ['two */', 'comment'], ['role', 'keyword'],
        ]);
    });
});
