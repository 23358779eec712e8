/**
 * Syntax colouring for .revorg text: a small stream tokenizer over the grammar's vocabulary
 * (catalogue.ts, read from @revorg/language at build time), so no second keyword list is kept by
 * hand. It tells declaration keywords, property keys and enumeration values apart, and strings,
 * quantities (`12M`, `35%`, `4h`), comments and names; the server's diagnostics, hover and
 * completion know the rest.
 */
import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StreamParser } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { tags } from '@lezer/highlight';
import type { Vocabulary } from './catalogue.js';

interface TokenizerState {
    inBlockComment: boolean;
}

/** Keywords and names alike: letters, digits, `-` and `_` (`assembly-line`, `vp-sales`, `SDR_2`). */
const WORD = /^[A-Za-z_][A-Za-z0-9_-]*/;
/** The grammar's QUANTITY terminal (revorg.langium). */
const QUANTITY = /^-?\$?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?[A-Za-z%]*/;

export function revorgTokenizer(vocabulary: Vocabulary): StreamParser<TokenizerState> {
    const declarations = new Set(vocabulary.declarations);
    const properties = new Set(vocabulary.properties);
    const values = new Set(vocabulary.values);
    return {
        name: 'revorg',
        startState: () => ({ inBlockComment: false }),
        token(stream, state) {
            if (state.inBlockComment) {
                if (stream.skipTo('*/')) {
                    stream.match('*/');
                    state.inBlockComment = false;
                } else {
                    stream.skipToEnd();
                }
                return 'comment';
            }
            if (stream.eatSpace()) return null;
            if (stream.match('//')) {
                stream.skipToEnd();
                return 'comment';
            }
            if (stream.match('/*')) {
                state.inBlockComment = true;
                return 'comment';
            }
            if (stream.peek() === '"') {
                stream.next();
                let escaped = false;
                for (let next = stream.next(); next !== undefined; next = stream.next()) {
                    if (next === '"' && !escaped) break;
                    escaped = next === '\\' && !escaped;
                }
                return 'string';
            }
            if (stream.match(QUANTITY)) return 'number';
            const word = stream.match(WORD) as RegExpMatchArray | null;
            if (word) {
                const text = word[0];
                // A key is followed by `:`: `team` in `team: Sales` is a key, in `team Sales {` a declaration.
                if (properties.has(text) && stream.match(/^\s*:/, false)) return 'propertyName';
                if (declarations.has(text)) return 'keyword';
                if (values.has(text)) return 'atom';
                return 'variableName';
            }
            stream.next();
            return 'punctuation';
        },
        languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
    };
}

const revorgHighlightStyle = HighlightStyle.define([
    { tag: tags.keyword, color: '#7c3aed', fontWeight: '600' },
    { tag: tags.propertyName, color: '#0f766e' },
    { tag: tags.atom, color: '#b45309' },
    { tag: tags.string, color: '#15803d' },
    { tag: tags.number, color: '#1d4ed8' },
    { tag: tags.comment, color: '#6b7280', fontStyle: 'italic' },
    { tag: tags.variableName, color: '#111827' },
    { tag: tags.punctuation, color: '#4b5563' },
]);

export function revorgLanguage(vocabulary: Vocabulary): Extension {
    return [StreamLanguage.define(revorgTokenizer(vocabulary)), syntaxHighlighting(revorgHighlightStyle)];
}
