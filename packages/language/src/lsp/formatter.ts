/**
 * The formatter: rewrites a `.revorg` file into the one canonical layout of LANGUAGE.md.
 *
 *     keyword Name "Title" {
 *         key: value
 *         list: [a, b, c]
 *     }
 *
 * It works on the gaps between tokens, not on the AST: the file is read as its sequence of tokens
 * (comments included), and for every gap between two neighbours the canonical whitespace is
 * decided from what the two are (a brace, a property's key, a list bracket, a comment...). An edit
 * only ever replaces a gap that holds nothing but whitespace and the meaningless `,`/`;` property
 * separators it drops, so no token, and no comment, is ever changed, moved past another, deleted or
 * duplicated: the meaning of the file cannot change.
 *
 * Langium's AbstractFormatter was not used because it can only adjust whitespace around the
 * nodes it is told about: it cannot drop separators, and it cannot express "keep the author's
 * blank line, but at most one" around comments, which it re-indents on its own terms.
 *
 * Decisions:
 * - Indentation is always 4 spaces, whatever the editor's tab settings: one canonical style, the
 *   same in every editor and in CI.
 * - Trailing `,`/`;` after a property and a trailing `,` before `]` are removed (LANGUAGE.md: they
 *   are accepted and ignored).
 * - Between declarations exactly one blank line; elsewhere the author's blank lines are kept, at
 *   most one, except right after `{`, right before `}` and inside lists, where none are kept.
 * - A comment stays where it is relative to the tokens: a comment that ends a line keeps its spacing
 *   (so aligned end-of-line comments stay aligned); a comment on its own line is re-indented. A
 *   list holding a comment that needs its own line (`//`, or one written on its own line) is laid
 *   out one item per line.
 * - A document with syntax errors is formatted only up to its first error; the rest is left as
 *   written, since what it means is unknown.
 */
import { CstUtils, GrammarAST, isLeafCstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams,
    Range, TextEdit,
} from 'vscode-languageserver';

const INDENT_UNIT = '    ';

export class RevorgFormatter implements Formatter {
    formatDocument(document: LangiumDocument): TextEdit[] {
        return formattingEdits(document);
    }

    /** Formats the gaps that end on the lines of the range (a gap belongs to the token after it). */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return editsEndingInLines(formattingEdits(document), params.range);
    }

    /** Typing the `}` that closes a declaration formats that declaration. */
    formatDocumentOnType(document: LangiumDocument, params: DocumentOnTypeFormattingParams): TextEdit[] {
        const rootCst = document.parseResult.value.$cstNode;
        if (params.ch !== '}' || !rootCst) return [];
        const typedOffset = document.textDocument.offsetAt(params.position) - 1;
        const leaf = CstUtils.findLeafNodeAtOffset(rootCst, typedOffset);
        const declarationCst = leaf && isKeywordLeaf(leaf, '}') ? leaf.astNode.$cstNode : undefined;
        if (!declarationCst) return [];
        return editsEndingInLines(formattingEdits(document), declarationCst.range);
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions {
        return { firstTriggerCharacter: '}' };
    }
}


// ---------------------------------------------------------------------------------------------
// Tokens

type TokenKind =
    | 'comment'
    | 'blockOpen' | 'blockClose'        // a declaration's braces
    | 'listOpen' | 'listClose' | 'listComma'
    | 'colon'
    | 'propertyKey'                     // the first token of a property
    | 'word';                           // anything else: keywords, names, titles, values, multipliers

/** A list shared by its brackets and everything between them. */
interface ListLayout {
    /** Laid out one item per line, because a comment inside needs a line of its own. */
    multiline: boolean;
}

interface Token {
    readonly kind: TokenKind;
    readonly offset: number;
    readonly end: number;
    readonly isLineComment: boolean;
    /** How many declaration blocks enclose the token; a declaration's own braces are outside it. */
    readonly depth: number;
    /** The list whose brackets or contents the token is. */
    readonly list: ListLayout | undefined;
}

interface Span {
    readonly offset: number;
    readonly end: number;
}

interface TokenizedDocument {
    /** The tokens that stay, in text order. */
    readonly tokens: Token[];
    /** The separators the canonical layout drops, by start offset. */
    readonly dropped: Map<number, Span>;
}

function tokenize(document: LangiumDocument): TokenizedDocument {
    const text = document.textDocument.getText();
    const rootCst = document.parseResult.value.$cstNode;
    // Tokens the parser invented while recovering from an error have no text: skip them.
    const leaves = rootCst
        ? CstUtils.streamCst(rootCst).filter(isLeafCstNode).filter(leaf => leaf.length > 0 && !Number.isNaN(leaf.offset)).toArray()
        : [];

    const tokens: Token[] = [];
    const dropped = new Map<number, Span>();
    let depth = 0;
    let list: ListLayout | undefined;
    let previousEnd = 0;
    leaves.forEach((leaf, index) => {
        const span = { offset: leaf.offset, end: leaf.end };
        const startsOwnLine = index === 0 || text.slice(previousEnd, leaf.offset).includes('\n');
        previousEnd = leaf.end;
        if (leaf.hidden) {
            const isLineComment = leaf.text.startsWith('//');
            // A comment that needs its own line cannot sit inside a one-line list.
            if (list && (isLineComment || startsOwnLine)) list.multiline = true;
            tokens.push({ ...span, kind: 'comment', isLineComment, depth, list });
            return;
        }
        if (isKeywordLeaf(leaf, '{')) {
            tokens.push({ ...span, kind: 'blockOpen', isLineComment: false, depth, list: undefined });
            depth++;
        } else if (isKeywordLeaf(leaf, '}')) {
            depth = Math.max(0, depth - 1);
            tokens.push({ ...span, kind: 'blockClose', isLineComment: false, depth, list: undefined });
        } else if (isKeywordLeaf(leaf, '[')) {
            list = { multiline: false };
            tokens.push({ ...span, kind: 'listOpen', isLineComment: false, depth, list });
        } else if (isKeywordLeaf(leaf, ']')) {
            tokens.push({ ...span, kind: 'listClose', isLineComment: false, depth, list });
            list = undefined;
        } else if (isKeywordLeaf(leaf, ',') || isKeywordLeaf(leaf, ';')) {
            // Outside a list, a `,`/`;` can only be a property's optional separator; inside, a
            // comma before `]` is an optional trailing one. Both mean nothing.
            if (list && !isTrailingListComma(leaves, index)) {
                tokens.push({ ...span, kind: 'listComma', isLineComment: false, depth, list });
            } else {
                dropped.set(span.offset, span);
            }
        } else if (isKeywordLeaf(leaf, ':')) {
            tokens.push({ ...span, kind: 'colon', isLineComment: false, depth, list });
        } else {
            tokens.push({ ...span, kind: isPropertyKey(leaf) ? 'propertyKey' : 'word', isLineComment: false, depth, list });
        }
    });
    return { tokens, dropped };
}

function isKeywordLeaf(leaf: LeafCstNode, keyword: string): boolean {
    return !leaf.hidden && GrammarAST.isKeyword(leaf.grammarSource) && leaf.grammarSource.value === keyword;
}

function isTrailingListComma(leaves: LeafCstNode[], index: number): boolean {
    for (let next = index + 1; next < leaves.length; next++) {
        if (!leaves[next].hidden) return isKeywordLeaf(leaves[next], ']');
    }
    return false;
}

/** Every property is an element of its declaration's `properties`; its first token is its key. */
function isPropertyKey(leaf: LeafCstNode): boolean {
    const node = leaf.astNode;
    return node.$containerProperty === 'properties' && node.$cstNode?.offset === leaf.offset;
}

/** The indentation, in levels, of a token that starts a line. */
function lineIndent(token: Token): number {
    const insideMultilineList = token.list?.multiline === true && token.kind !== 'listOpen' && token.kind !== 'listClose';
    return token.depth + (insideMultilineList ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// The canonical layout between two neighbouring tokens (comments aside)

type Layout =
    | { readonly kind: 'break'; readonly minNewlines: number; readonly indent: number }
    | { readonly kind: 'inline' };      // on the same line, spaced by `spacesBetween`

function lineBreak(minNewlines: number, indent: number): Layout {
    return { kind: 'break', minNewlines, indent };
}

const inline: Layout = { kind: 'inline' };

/** `before` undefined is the start of the file, `after` undefined its end. */
function layoutBetween(before: Token | undefined, after: Token | undefined): Layout {
    if (!before) return lineBreak(0, 0);                 // no leading whitespace
    if (!after) return lineBreak(1, 0);                  // exactly one final newline
    if (before.kind === 'blockClose') return lineBreak(2, 0);   // one blank line between declarations
    if (before.kind === 'blockOpen' || after.kind === 'blockClose' || after.kind === 'propertyKey') {
        return lineBreak(1, lineIndent(after));
    }
    const betweenListItems = before.kind === 'listOpen' || before.kind === 'listComma' || after.kind === 'listClose';
    if (betweenListItems && after.list?.multiline) return lineBreak(1, lineIndent(after));
    return inline;
}

/** Single spaces on a line, except inside `[` and before `]`, `,` and `:`. Comments count as words. */
function spacesBetween(before: Token, after: Token): number {
    const hugsNext = before.kind === 'listOpen';
    const hugsPrevious = after.kind === 'listClose' || after.kind === 'listComma' || after.kind === 'colon';
    return hugsNext || hugsPrevious ? 0 : 1;
}

/** How many newlines a gap may keep: one blank line at most, none where it would look loose. */
function maxNewlines(before: Token | undefined, after: Token | undefined): number {
    if (!before) return 0;
    if (!after) return 1;
    if (before.kind === 'blockOpen' || after.kind === 'blockClose') return 1;
    if (after.list && after.kind !== 'listOpen') return 1;
    return 2;
}

// ---------------------------------------------------------------------------------------------
// Edits

interface GapEdit {
    readonly offset: number;
    readonly end: number;
    readonly newText: string;
}

function formattingEdits(document: LangiumDocument): TextEdit[] {
    const textDocument = document.textDocument;
    const text = textDocument.getText();
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const { tokens, dropped } = tokenize(document);
    const stopAt = firstErrorOffset(document);

    const gapEdits: GapEdit[] = [];
    let previous: Token | undefined;
    let comments: Token[] = [];
    const layOut = (next: Token | undefined): void => {
        gapEdits.push(...editsForGap(text, eol, dropped, previous, comments, next));
        previous = next;
        comments = [];
    };
    for (const token of tokens) {
        if (token.kind === 'comment') comments.push(token);
        else layOut(token);
    }
    layOut(undefined);

    return gapEdits
        .filter(edit => edit.end < stopAt && edit.newText !== text.slice(edit.offset, edit.end))
        .map(edit => ({
            range: { start: textDocument.positionAt(edit.offset), end: textDocument.positionAt(edit.end) },
            newText: edit.newText,
        }));
}

/**
 * The edits for the stretch between two neighbouring non-comment tokens and the comments in it.
 * Each sub-gap (token to comment, comment to comment, comment to token) gets its own edit.
 */
function editsForGap(
    text: string, eol: string, dropped: Map<number, Span>,
    before: Token | undefined, comments: Token[], after: Token | undefined,
): GapEdit[] {
    const layout = layoutBetween(before, after);
    // The first line break of the stretch carries the layout's minimum (the blank line between
    // declarations, wherever comments put it); later ones need only one newline.
    let minNewlines = layout.kind === 'break' ? layout.minNewlines : 1;
    // When a comment forces a break where the layout wants one line, continue one level deeper.
    const continuationIndent = (after ? lineIndent(after) : 0) + 1;
    const breakText = (newlines: number, indent: number): string => eol.repeat(newlines) + INDENT_UNIT.repeat(indent);

    const edits: GapEdit[] = [];
    const items: Array<Token | undefined> = [before, ...comments, after];
    let lineBroken = false;
    for (let i = 1; i < items.length; i++) {
        const left = items[i - 1];
        const right = items[i];
        const offset = left ? left.end : 0;
        const end = right ? right.offset : text.length;
        // A gap holding anything but whitespace and dropped separators is text the parser
        // skipped: leave it exactly as it is.
        if (!holdsOnlyWhitespaceAndDropped(text, offset, end, dropped)) continue;
        const original = text.slice(offset, end);
        const newlines = original.split('\n').length - 1;
        // Until the first line break, end-of-line comments share the line of `before`: the limit
        // on blank lines after it (none after `{`, none at the start of the file) still applies.
        const limit = maxNewlines(lineBroken ? left : before, right);
        const fittedNewlines = Math.max(minNewlines, Math.min(newlines, limit));

        let newText: string;
        let breaksLine = true;
        if (right?.kind === 'comment') {
            const ownLine = !left || newlines > 0;
            if (ownLine && layout.kind === 'break') {
                newText = breakText(fittedNewlines, lineIndent(right));
            } else if (ownLine) {
                newText = breakText(1, continuationIndent);
            } else {
                breaksLine = false;
                newText = layout.kind === 'break'
                    ? spacingBeforeEndOfLineComment(original)
                    : ' '.repeat(left ? spacesBetween(left, right) : 0);
            }
        } else if (layout.kind === 'break') {
            newText = breakText(fittedNewlines, layout.indent);
        } else if (left?.kind === 'comment' && (left.isLineComment || newlines > 0)) {
            newText = breakText(1, continuationIndent);
        } else {
            breaksLine = false;
            newText = ' '.repeat(left && right ? spacesBetween(left, right) : 0);
        }
        if (breaksLine) {
            lineBroken = true;
            minNewlines = 1;
        }
        // A line comment runs to the end of its line: never join anything to it.
        if (left?.isLineComment && !newText.includes('\n')) continue;
        edits.push({ offset, end, newText });
    }
    return edits;
}

/** The author's spacing before a comment that ends a line (they may have aligned it), or one space. */
function spacingBeforeEndOfLineComment(original: string): string {
    const spacing = /[ \t]*$/.exec(original)?.[0] ?? '';
    return spacing.length > 0 ? spacing : ' ';
}

function holdsOnlyWhitespaceAndDropped(text: string, offset: number, end: number, dropped: Map<number, Span>): boolean {
    let position = offset;
    while (position < end) {
        const separator = dropped.get(position);
        if (separator) position = separator.end;
        else if (/\s/.test(text.charAt(position))) position++;
        else return false;
    }
    return true;
}

/** Where the first lexer or parser error starts; the text's length when there is none. */
function firstErrorOffset(document: LangiumDocument): number {
    const text = document.textDocument.getText();
    const { lexerErrors, parserErrors } = document.parseResult;
    // A parser error at the end of the file names the EOF token, whose offset is NaN.
    const offsets = [
        ...lexerErrors.map(error => error.offset),
        ...parserErrors.map(error => error.token.startOffset),
    ].map(offset => Number.isNaN(offset) ? text.length : offset);
    return offsets.length > 0 ? Math.min(...offsets) : Number.POSITIVE_INFINITY;
}

function editsEndingInLines(edits: TextEdit[], range: Range): TextEdit[] {
    return edits.filter(edit => edit.range.end.line >= range.start.line && edit.range.end.line <= range.end.line);
}
