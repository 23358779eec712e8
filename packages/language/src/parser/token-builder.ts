/**
 * Keywords that look like identifiers (`sales`, `pipeline`, `weekly`) also count as identifiers,
 * through Chevrotain token categories: wherever the grammar expects an `ID` (a name, a reference),
 * such a keyword is accepted. This lets a team be called `sales` without a `Name` rule that lists
 * ninety keyword alternatives, which made every name and reference an expensive prediction.
 */
import { DefaultTokenBuilder, GrammarAST, type Grammar, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';

const IDENTIFIER_LIKE = /^[_a-zA-Z]\w*$/;

export class RevorgTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const identifier = tokens.find(token => token.name === 'ID');
        if (!identifier) throw new Error('the grammar has no ID terminal');
        // Keyword tokens are named by their text; terminal tokens (QUANTITY, STRING, ...) by their rule.
        const terminals = new Set(grammar.rules.filter(GrammarAST.isTerminalRule).map(rule => rule.name));
        for (const token of tokens) {
            if (!terminals.has(token.name) && IDENTIFIER_LIKE.test(token.name)) token.CATEGORIES = [identifier];
        }
        return tokens;
    }
}
