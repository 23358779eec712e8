/**
 * Keywords that look like identifiers (`sales`, `pipeline`, `weekly`) also count as identifiers,
 * through Chevrotain token categories: wherever the grammar expects an `ID` (a name, a reference),
 * such a keyword is accepted. This lets a team be called `sales` without a `Name` rule that lists
 * ninety keyword alternatives, which made every name and reference an expensive prediction.
 *
 * Such keywords are also not matched by patterns of their own: the lexer matches the word as an
 * `ID` and then gives it its keyword's token type (src/parser/lexer.ts). With a pattern per keyword,
 * Chevrotain tried every keyword that starts with the word's first letter (up to 14) before the
 * identifier, and lexing took a fifth of parsing. The tokens are the same: a word is a keyword
 * exactly when it is spelled like one (a keyword that is a proper prefix of a word, `sal` in
 * `sales` or `salary`, lost to the longer identifier before too). Keywords with a `-`
 * (`sales-manager`) keep their patterns, tried before the identifier as before.
 */
import { DefaultTokenBuilder, GrammarAST, type Grammar, type TokenBuilderOptions } from 'langium';
import { Lexer, type TokenType, type TokenVocabulary } from 'chevrotain';

const IDENTIFIER_LIKE = /^[_a-zA-Z]\w*$/;

export class RevorgTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const identifier = tokens.find(token => token.name === 'ID');
        if (!identifier) throw new Error('the grammar has no ID terminal');
        // Keyword tokens are named by their text; terminal tokens (QUANTITY, STRING, ...) by their rule.
        const terminals = new Set(grammar.rules.filter(GrammarAST.isTerminalRule).map(rule => rule.name));
        for (const token of tokens) {
            if (terminals.has(token.name) || !IDENTIFIER_LIKE.test(token.name)) continue;
            token.CATEGORIES = [identifier];
            token.PATTERN = Lexer.NA;
            delete token.LONGER_ALT;
        }
        return tokens;
    }
}
