/**
 * Folding: Langium's default folds every AST node of three lines or more (declarations, and
 * properties whose list spans lines) and block comments, keeping a block's closing `}` or `]`
 * visible. The one change: a folded block comment hides its closing `*` + `/` too, so it reads as one
 * line (`/* The sales team ...`), as in VS Code's own languages, instead of leaving a lone
 * terminator line under it.
 */
import type { CstNode } from 'langium';
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';

export class RevorgFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override includeLastFoldingLine(node: CstNode, kind?: FoldingRangeKind): boolean {
        return kind === FoldingRangeKind.Comment || super.includeLastFoldingLine(node, kind);
    }
}
