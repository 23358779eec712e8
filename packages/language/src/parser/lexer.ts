/**
 * Langium's lexer, plus the second half of matching keywords spelled like identifiers (see
 * token-builder.ts): Chevrotain matches such a word as an `ID`, and the token then takes the type
 * of the keyword spelled that way, as if the keyword's own pattern had matched.
 */
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { Lexer, type TokenType } from 'chevrotain';

export class RevorgLexer extends DefaultLexer {
    private readonly identifier: TokenType;
    /** The keywords the token builder left without a pattern, by their text (keyword tokens are named by it). */
    private readonly identifierKeywords = new Map<string, TokenType>();

    constructor(services: LangiumCoreServices) {
        super(services);
        this.identifier = this.definition.ID;
        for (const type of Object.values(this.definition)) {
            if (type.PATTERN === Lexer.NA && type.CATEGORIES?.includes(this.identifier)) this.identifierKeywords.set(type.name, type);
        }
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        for (const token of result.tokens) {
            if (token.tokenType !== this.identifier) continue;
            const keyword = this.identifierKeywords.get(token.image);
            if (keyword) {
                token.tokenType = keyword;
                token.tokenTypeIdx = keyword.tokenTypeIdx!;
            }
        }
        return result;
    }
}
