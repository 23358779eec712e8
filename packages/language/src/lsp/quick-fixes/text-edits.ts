/**
 * The text edits quick fixes are made of, in the canonical style (4-space indentation, one
 * property per line, a blank line between declarations) while respecting how the surrounding
 * text is already written: a block written on one line stays on one line, a trailing `//`
 * comment stays on the line it comments.
 */
import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { TextEdit } from 'vscode-languageserver';
import { isOrganization, type Declaration } from '../../generated/ast.js';
import type { RevorgFacts } from '../../model/facts/index.js';

export const INDENT = '    ';

/** Nothing but blanks, or a line comment, up to the end of the line. */
const BLANK_OR_LINE_COMMENT = /^[ \t]*(\/\/[^\r\n]*)?$/;

/** The offset of the line break (`\n` or `\r\n`) that ends the line containing `offset`; the text's length on the last line. */
function endOfLine(text: string, offset: number): number {
    const lineBreak = text.indexOf('\n', offset);
    if (lineBreak < 0) return text.length;
    return lineBreak > offset && text.charAt(lineBreak - 1) === '\r' ? lineBreak - 1 : lineBreak;
}

/** The line break the document already uses, so an edit does not mix `\n` into a `\r\n` file. */
function lineBreakOf(text: string): string {
    return text.includes('\r\n') ? '\r\n' : '\n';
}

function startOfLine(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The blanks a line starts with. */
function indentationAt(text: string, offset: number): string {
    const start = startOfLine(text, offset);
    return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

/**
 * Where new text goes after something that ends at `offset`: at the end of its line when only
 * blanks or a line comment follow (so the comment keeps its line), otherwise right after it.
 */
function insertionPointAfter(text: string, offset: number): number {
    const lineEnd = endOfLine(text, offset);
    return BLANK_OR_LINE_COMMENT.test(text.slice(offset, lineEnd)) ? lineEnd : offset;
}

/** A string literal of the language, with `"` and `\` escaped. */
export function stringLiteral(text: string): string {
    return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

/**
 * Adds property lines (`owner: RevOpsLead`) at the end of a declaration's block. Returns nothing
 * when the block's braces are missing (a syntax error the user has to fix first).
 */
export function insertPropertiesEdit(document: LangiumDocument, declaration: Declaration, lines: readonly string[]): TextEdit | undefined {
    const cst = declaration.$cstNode;
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    const close = GrammarUtils.findNodesForKeyword(cst, '}').at(-1);
    if (!cst || !open || !close) return undefined;
    const text = document.textDocument.getText();
    const anchorEnd = (declaration.properties.at(-1)?.$cstNode ?? open).end;
    const position = (offset: number) => document.textDocument.positionAt(offset);

    if (open.range.start.line === close.range.start.line) {
        // `role AE { kind: ae }`: the user chose a one-line block, so it stays one.
        const closesRightAfter = text.charAt(anchorEnd) === '}';
        return TextEdit.insert(position(anchorEnd), lines.map(line => ` ${line}`).join('') + (closesRightAfter ? ' ' : ''));
    }
    const indentation = indentationAt(text, cst.offset) + INDENT;
    const point = insertionPointAfter(text, anchorEnd);
    // A `}` on the anchor's own line is not "the rest of the line": insert before it, after the anchor.
    const at = point > close.offset ? anchorEnd : point;
    const lineBreak = lineBreakOf(text);
    return TextEdit.insert(position(at), lines.map(line => `${lineBreak}${indentation}${line}`).join(''));
}

/** Inserts a declaration block (its lines, unindented) after `after`, with a blank line on each side. */
export function insertDeclarationAfterEdit(document: LangiumDocument, after: Declaration, blockLines: readonly string[]): TextEdit | undefined {
    const cst = after.$cstNode;
    if (!cst) return undefined;
    const text = document.textDocument.getText();
    const lineBreak = lineBreakOf(text);
    const block = blockLines.join(lineBreak);
    const point = insertionPointAfter(text, cst.end);
    if (point === cst.end && point < text.length && !/^\r?\n/.test(text.slice(point))) {
        // Another declaration follows on the same line: put it on its own line after the new block.
        const followingBlanks = /^[ \t]*/.exec(text.slice(point))?.[0].length ?? 0;
        return TextEdit.replace(
            { start: document.textDocument.positionAt(point), end: document.textDocument.positionAt(point + followingBlanks) },
            `${lineBreak}${lineBreak}${block}${lineBreak}${lineBreak}`,
        );
    }
    // Keep a blank line before a declaration that starts on the very next line.
    const nextLineHasText = /^\r?\n[ \t]*\S/.test(text.slice(point));
    return TextEdit.insert(document.textDocument.positionAt(point), `${lineBreak}${lineBreak}${block}${nextLineHasText ? lineBreak : ''}`);
}

/** Removes a property: its whole line (with a comment on it) when it is alone there, else just the property. */
export function removePropertyEdit(document: LangiumDocument, property: AstNode): TextEdit | undefined {
    const cst = property.$cstNode;
    if (!cst) return undefined;
    const text = document.textDocument.getText();
    const lineStart = startOfLine(text, cst.offset);
    const lineEnd = endOfLine(text, cst.end);
    const aloneOnLine = /^[ \t]*$/.test(text.slice(lineStart, cst.offset)) && BLANK_OR_LINE_COMMENT.test(text.slice(cst.end, lineEnd));
    let start: number;
    let end: number;
    if (aloneOnLine && lineEnd < text.length) {
        start = lineStart;
        end = text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + 1;
    } else {
        // `role AE { kind: ae reportsTo: Lead }`: take the blanks before it along.
        start = cst.offset;
        while (start > 0 && /[ \t]/.test(text.charAt(start - 1))) start--;
        end = cst.end;
    }
    return TextEdit.del({ start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) });
}

/** `base`, or `base2`, `base3`, ... : the first that no declaration of the model is named. */
export function unusedName(base: string, facts: RevorgFacts): string {
    const taken = new Set(facts.declarations.flatMap(declaration => (isOrganization(declaration) ? [] : [declaration.name])));
    if (!taken.has(base)) return base;
    let suffix = 2;
    while (taken.has(`${base}${suffix}`)) suffix++;
    return `${base}${suffix}`;
}
