/**
 * A CST whose leaves keep only their offset and length, and work out their line and column when
 * asked. Langium's leaves copy four more numbers from each token (start and end line and column):
 * a third of a leaf's memory, for the few leaves whose range anything reads (diagnostics, names of
 * declarations, references). Every token of a model is a leaf and every leaf lives as long as its
 * document, so on a 100k-role model those numbers alone took over 100 MB and a matching share of
 * garbage-collection time. Ranges are the same as Langium's (LSP positions: 0-based, end exclusive).
 */
import { AbstractCstNode, CstNodeBuilder, LeafCstNodeImpl, type AstNode, type LeafCstNode, type RootCstNode } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import type { Position, Range } from 'vscode-languageserver-types';

/** Where each line of a text starts: after `\n`, `\r\n` or a lone `\r`, as Chevrotain and LSP count lines. */
function lineStartsOf(text: string): Uint32Array {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 13 /* \r */) {
            if (text.charCodeAt(i + 1) === 10) i++;
            starts.push(i + 1);
        } else if (code === 10 /* \n */) {
            starts.push(i + 1);
        }
    }
    return Uint32Array.from(starts);
}

/** Line starts per parsed text, computed the first time a leaf of that parse is asked for its range. */
const lineStartsByRoot = new WeakMap<RootCstNode, Uint32Array>();

function positionAt(root: RootCstNode, offset: number): Position {
    let starts = lineStartsByRoot.get(root);
    if (!starts) {
        starts = lineStartsOf(root.fullText);
        lineStartsByRoot.set(root, starts);
    }
    // The last line that starts at or before the offset.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
    }
    return { line: low, character: offset - starts[low] };
}

export class CompactLeafCstNode extends AbstractCstNode implements LeafCstNode {
    private readonly _offset: number;
    private readonly _length: number;
    private readonly _tokenType: TokenType;
    private readonly _hidden: boolean;

    constructor(offset: number, length: number, tokenType: TokenType, hidden: boolean) {
        super();
        // `| 0` keeps the numbers small integers stored in the object (Chevrotain's token offsets
        // would otherwise be copied as boxed doubles), as Langium's own leaves do.
        this._offset = offset | 0;
        this._length = length | 0;
        this._tokenType = tokenType;
        this._hidden = hidden;
    }

    get offset(): number {
        return this._offset;
    }

    get length(): number {
        return this._length;
    }

    get end(): number {
        return this._offset + this._length;
    }

    get hidden(): boolean {
        return this._hidden;
    }

    get tokenType(): TokenType {
        return this._tokenType;
    }

    get astNode(): AstNode {
        if (!this.container) throw new Error('This node has no associated AST element');
        return this.container.astNode;
    }

    /**
     * The start of the first character and the end of the last, like Chevrotain's token positions
     * that Langium's leaves copy (a token never ends with a line break: whitespace is skipped).
     */
    get range(): Range {
        const root = this.root;
        const start = positionAt(root, this._offset);
        if (this._length === 0) return { start, end: { ...start } };
        const last = positionAt(root, this._offset + this._length - 1);
        return { start, end: { line: last.line, character: last.character + 1 } };
    }
}

export class CompactCstNodeBuilder extends CstNodeBuilder {
    // Langium types the result as its own leaf class; every reader of the CST goes through the
    // LeafCstNode interface (isLeafCstNode checks for `tokenType`), which this leaf implements.
    protected override createLeafNode(token: IToken, hidden: boolean): LeafCstNodeImpl {
        return new CompactLeafCstNode(token.startOffset, token.image.length, token.tokenType, hidden) as unknown as LeafCstNodeImpl;
    }
}
