/**
 * The compact CST (src/parser/compact-cst.ts) works out each leaf's line and column from its
 * offset; Langium's own parser copies them from Chevrotain's tokens. Both must give every leaf the
 * same range, whatever the line breaks (\n, \r\n, a lone \r), and for tokens spanning lines
 * (block comments, strings with a line break), including text that does not parse.
 */
import { createLangiumParser, CstUtils, EmptyFileSystem, isLeafCstNode, type CstNode, type LeafCstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { createRevorgServices } from '../src/index.js';
import { CompactLeafCstNode } from '../src/parser/compact-cst.js';

const { Revorg } = createRevorgServices(EmptyFileSystem);
const compact = Revorg.parser.LangiumParser;
const langium = createLangiumParser(Revorg);

function leaves(root: CstNode): LeafCstNode[] {
    return CstUtils.streamCst(root).filter(isLeafCstNode).toArray();
}

function compare(text: string): void {
    const mine = compact.parse(text);
    const theirs = langium.parse(text);
    const mineLeaves = leaves(mine.value.$cstNode!);
    const theirLeaves = leaves(theirs.value.$cstNode!);
    expect(mineLeaves.length).toBeGreaterThan(0);
    expect(mineLeaves.every(leaf => leaf instanceof CompactLeafCstNode)).toBe(true);
    const shape = (leaf: LeafCstNode) => ({ text: leaf.text, offset: leaf.offset, end: leaf.end, hidden: leaf.hidden, token: leaf.tokenType.name, range: leaf.range });
    expect(mineLeaves.map(shape)).toEqual(theirLeaves.map(shape));
    expect(mine.value.$cstNode!.range).toEqual(theirs.value.$cstNode!.range);
    expect(mine.parserErrors.map(error => error.message)).toEqual(theirs.parserErrors.map(error => error.message));
}

const MODEL = [
    '// Team 0: sales',
    'team T0 "Team 0" { function: sales; lead: Lead }',
    '/* a block',
    '   comment */ role Lead "Lead\nof team 0" {',
    '    kind: sales-manager',
    '    team: T0; headcount: 2,',
    '    kpis: [Pipeline, Outcome,]',
    '}',
    'kpi Pipeline { measures: pipeline owners: [T0] target: $12M }',
];

describe('the compact CST', () => {
    it('gives every leaf the range Langium gives it, with \\n line breaks', () => compare(MODEL.join('\n')));
    it('with \\r\\n line breaks', () => compare(MODEL.join('\r\n')));
    it('with lone \\r line breaks', () => compare(MODEL.join('\r')));
    it('on one line, and with text that does not parse', () => {
        compare(MODEL.join(' '));
        compare('role A { kind: ae team: }\nrole { kind ae }\r\nteam T "unterminated');
    });
});
