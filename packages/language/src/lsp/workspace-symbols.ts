/**
 * Workspace symbols ("Go to symbol in workspace"): every named declaration of the model, with its
 * kind's icon and the same summary as the outline (`role · sdr · Sales Development
 * Representative`) as the container text, so `SDR` the role and `SdrToAe` the handoff are told
 * apart in the picker. Symbols come from the index, built once per change, never from a scan.
 *
 * Both services are shared services in Langium (one per language server, not per language), so
 * they come in a shared module.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultWorkspaceSymbolProvider, type NodeKindProvider } from 'langium/lsp';
import type { CompletionItemKind, SymbolKind, WorkspaceSymbol } from 'vscode-languageserver';
import { isDeclaration } from '../generated/ast.js';
import { completionKindOf, symbolKindOf } from './declaration-kinds.js';
import { declarationSummary } from './declaration-summary.js';

/** The icon of each declaration kind, for Langium's own features that ask for one. */
export class RevorgNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return symbolKindOf(typeOf(node));
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return completionKindOf(typeOf(node));
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}

export class RevorgWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    protected override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        const symbol = super.getWorkspaceSymbol(description);
        if (!symbol) return undefined;
        return isDeclaration(description.node) ? { ...symbol, containerName: declarationSummary(description.node) } : symbol;
    }
}
