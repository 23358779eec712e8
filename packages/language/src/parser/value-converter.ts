/**
 * Strings are unquoted and unescaped in one pass over their escapes. Langium's converter appends
 * one character at a time, and V8 keeps such a string as a chain of one concatenation per
 * character until something flattens it: a title of 20 characters stayed about 20 objects in
 * memory for as long as its document lives. The values are the same (`\n`, `\t`, ... as control
 * characters, any other escaped character as itself).
 */
import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

const ESCAPED = /\\([\s\S])/g;
const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', 0: '\0' };

export function unquote(input: string): string {
    const content = input.slice(1, -1);
    return content.includes('\\') ? content.replace(ESCAPED, (_, char: string) => ESCAPES[char] ?? char) : content;
}

export class RevorgValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        return rule.name.toUpperCase() === 'STRING' ? unquote(input) : super.runConverter(rule, input, cstNode);
    }
}
