import { DECLARATIONS } from '../model/schema.js';
import { defineRule } from './rule.js';

/**
 * The text does not parse. The parser detects it (and recovers, so the rest of the file is still
 * checked); this file turns the parser's messages into one short sentence a person can act on.
 */
export default defineRule({
    meta: {
        id: 'syntax-error',
        defaultSeverity: 'error',
        theme: 'language',
        description: 'The text follows the .revorg grammar.',
        source: 'LANGUAGE.md section 4',
        fixable: false,
        options: {},
        core: true,
    },
});

/** The first token of each alternative in a parser message ("1. [organization]" -> "organization"). */
function alternatives(message: string): string[] {
    const found = new Set<string>();
    for (const match of message.matchAll(/^\s*\d+\.\s*\[([^\]\s,]+)/gm)) found.add(match[1]);
    return [...found];
}

function quoteToken(token: string): string {
    return /^[A-Z_]+$/.test(token) ? tokenName(token) : `'${token}'`;
}

function tokenName(terminal: string): string {
    switch (terminal) {
        case 'ID': return 'a name';
        case 'STRING': return 'a string';
        case 'QUANTITY': return 'a number';
        default: return terminal.toLowerCase();
    }
}

/** The declaration a syntax error sits in, when it is inside a block: its keyword and properties. */
export interface SyntaxContext {
    keyword: string;
    properties: readonly string[];
}

function joinOr(words: readonly string[]): string {
    return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Rewrites a lexer or parser message as "Unexpected X: expected Y." */
export function describeSyntaxError(message: string, context?: SyntaxContext): string {
    const foundMatch = /but found: ?'([^']*)'|but found:? ?`([^`]*)`/.exec(message);
    const found = foundMatch ? (foundMatch[1] ?? foundMatch[2]) : undefined;
    const foundText = found === undefined || found === '' ? 'end of file' : `'${found}'`;
    const options = alternatives(message);
    if (options.length > 0) {
        const shown = options.slice(0, 12).map(quoteToken);
        const more = options.length > shown.length ? ', ...' : '';
        return `Unexpected ${foundText}: expected ${shown.length === 1 ? shown[0] : `one of ${shown.join(', ')}${more}`}.`;
    }
    const single = /Expecting (?:token of type )?'?([^' ]+)'? but found/.exec(message);
    if (single) {
        const expected = single[1];
        if (expected === 'EOF') {
            return `Unexpected ${foundText}: expected a declaration (${joinOr(DECLARATIONS.map(declaration => declaration.keyword))}).`;
        }
        if (expected === '}' && context && found && /^[A-Za-z_]\w*$/.test(found)) {
            return `Unexpected ${foundText}: '${found}' is not a property of a ${context.keyword}; a ${context.keyword} takes ${joinOr(context.properties)}. Or is a '}' missing?`;
        }
        return `Unexpected ${foundText}: expected ${quoteToken(expected)}.`;
    }
    const unexpectedCharacter = /unexpected character: ->(.)<-/.exec(message);
    if (unexpectedCharacter) return `Unexpected character '${unexpectedCharacter[1]}': it has no meaning in .revorg (comments start with // or /*).`;
    return message;
}
