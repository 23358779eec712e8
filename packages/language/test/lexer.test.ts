/**
 * Keywords spelled like identifiers are lexed as `ID`s and then given their keyword's type
 * (src/parser/lexer.ts) instead of by a pattern each. The tokens must be exactly those of
 * Chevrotain matching every keyword by its own pattern, as Langium builds it: same types, images,
 * positions, hidden tokens and errors, on tricky words and on broken models.
 */
import { DefaultLexer, DefaultTokenBuilder, EmptyFileSystem, GrammarAST, type Grammar, type LangiumCoreServices, type LexerResult, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRevorgServices } from '../src/index.js';

const { Revorg } = createRevorgServices(EmptyFileSystem);

/** Langium's token builder with only the token categories: every keyword keeps its own pattern. */
class PatternPerKeywordTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const identifier = tokens.find(token => token.name === 'ID')!;
        const terminals = new Set(grammar.rules.filter(GrammarAST.isTerminalRule).map(rule => rule.name));
        for (const token of tokens) {
            if (!terminals.has(token.name) && /^[_a-zA-Z]\w*$/.test(token.name)) token.CATEGORIES = [identifier];
        }
        return tokens;
    }
}

const reference = new DefaultLexer({
    Grammar: Revorg.Grammar,
    LanguageMetaData: Revorg.LanguageMetaData,
    parser: { TokenBuilder: new PatternPerKeywordTokenBuilder(), LexerErrorMessageProvider: Revorg.parser.LexerErrorMessageProvider },
} as unknown as LangiumCoreServices);

function shape(result: LexerResult) {
    const token = (t: LexerResult['tokens'][number]) => [t.tokenType.name, t.image, t.startOffset, t.endOffset, t.startLine, t.startColumn, t.endLine, t.endColumn];
    return { tokens: result.tokens.map(token), hidden: result.hidden.map(token), errors: result.errors };
}

function expectSameTokens(text: string): void {
    expect(shape(Revorg.parser.Lexer.tokenize(text))).toEqual(shape(reference.tokenize(text)));
}

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');

function exampleTexts(): string[] {
    const texts: string[] = [];
    const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const file = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(file);
            else if (entry.name.endsWith('.revorg')) texts.push(readFileSync(file, 'utf8'));
        }
    };
    walk(EXAMPLES);
    return texts;
}

describe('lexing keywords spelled like identifiers', () => {
    it('gives the tokens of a pattern per keyword on words that are, contain or extend keywords', () => {
        expectSameTokens([
            'role sales { kind: sales-manager team: sales }',
            'sal sales salesX _sales Sales sales-managerX sales-foo sales- pipeline-reviewX pipeline-review',
            'team role kpi kpis reportsTo reportsToX x1 ae am ae1 vp-marketing vp-marketingX vp-',
            '$12M 35% -1 4h "sales" /* sales */ // sales',
            'weekly:daily;yearly,quarterly[hunter]farmer{mql}',
        ].join('\n'));
    });

    it('on every example model, and on each of them broken at every tenth character', () => {
        const texts = exampleTexts();
        expect(texts.length).toBeGreaterThan(3);
        for (const text of texts) {
            expectSameTokens(text);
            for (let cut = 0; cut < text.length; cut += Math.max(1, Math.floor(text.length / 10))) {
                expectSameTokens(text.slice(0, cut) + '-é"' + text.slice(cut + 3));
            }
        }
    });
});
