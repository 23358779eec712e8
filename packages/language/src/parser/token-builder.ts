/**
 * Keywords that look like identifiers (`sales`, `pipeline`, `weekly`) also count as identifiers,
 * through Chevrotain token categories: wherever the grammar expects an `ID` (a name, a reference),
 * such a keyword is accepted. This lets a team be called `sales` without a `Name` rule that lists
 * ninety keyword alternatives, which made every name and reference an expensive prediction.
 */
import { DefaultTokenBuilder, type Grammar, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';

const IDENTIFIER_LIKE = /^[_a-zA-Z]\w*$/;

export class RevorgTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const identifier = tokens.find(token => token.name === 'ID');
        if (!identifier) throw new Error('the grammar has no ID terminal');
        for (const token of tokens) {
            if (token !== identifier && IDENTIFIER_LIKE.test(token.name)) token.CATEGORIES = [identifier];
        }
        return tokens;
    }
}
