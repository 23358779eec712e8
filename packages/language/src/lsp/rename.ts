/**
 * Rename of a declaration, from its name or from any reference to it, in every file of the model.
 * Langium's provider finds the declaration and its references through the index; this one first
 * refuses a new name the model could not accept, with a message that says why, because a rename
 * that produced a `duplicate-name` error or a syntax error in files the user never opened would be
 * worse than none:
 *
 * - a name is an identifier `[A-Za-z_][A-Za-z0-9_]*` (LANGUAGE.md section 1);
 * - names are unique across the model, whatever the declaration kind (a role cannot take a team's name).
 *
 * The refusal is a `ResponseError`, which the client shows as the reason the rename failed.
 */
import { CstUtils, type AstNode, type IndexManager, type LangiumDocument, type MaybePromise } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Position, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isDeclaration, type Declaration } from '../generated/ast.js';
import { declarationKeyword } from '../model/properties.js';
import type { RevorgServices } from '../revorg-module.js';

/** LANGUAGE.md section 1: what a name may look like. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class RevorgRenameProvider extends DefaultRenameProvider {
    private readonly indexManager: IndexManager;

    constructor(services: RevorgServices) {
        super(services);
        this.indexManager = services.shared.workspace.IndexManager;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.declarationAt(document, params.position);
        if (!target) return undefined;
        const problem = this.problemWithNewName(target, params.newName);
        if (problem) throw new ResponseError(LSPErrorCodes.RequestFailed, problem);
        return super.rename(document, params, cancelToken);
    }

    /** The range to rename, or nothing where there is no declaration name or resolved reference. */
    override prepareRename(document: LangiumDocument, params: PrepareRenameParams, cancelToken?: CancellationToken): MaybePromise<Range | undefined> {
        return this.declarationAt(document, params.position) ? super.prepareRename(document, params, cancelToken) : undefined;
    }

    /** The named declaration whose name or reference is at the position (not the organization: it has no name). */
    private declarationAt(document: LangiumDocument, position: Position): (Declaration & { name: string }) | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        const [target]: AstNode[] = leaf ? this.references.findDeclarations(leaf) : [];
        return isDeclaration(target) && target.$type !== 'Organization' && target.name ? target : undefined;
    }

    /** Why the declaration cannot take the new name, or nothing when it can. */
    private problemWithNewName(target: Declaration & { name: string }, newName: string): string | undefined {
        if (!NAME.test(newName)) {
            return `'${newName}' is not a valid name: a name starts with a letter or '_' and continues with letters, digits or '_' (for example ${suggestedName(newName)}).`;
        }
        if (newName === target.name) return undefined;
        const existing = this.indexManager.allElements().find(description => description.name === newName && description.node !== target);
        if (!existing) return undefined;
        const file = existing.documentUri.path.split('/').pop();
        const line = existing.nameSegment ? `, line ${existing.nameSegment.range.start.line + 1}` : '';
        const kind = isDeclaration(existing.node) ? declarationKeyword(existing.node) : existing.type.toLowerCase();
        return `Cannot rename ${declarationKeyword(target)} '${target.name}' to '${newName}': ${kind} '${newName}' already exists (${file}${line}). `
            + 'Names are unique across the whole model, whatever the declaration kind.';
    }
}

/** The nearest valid name, to show what a valid name looks like: `Sales Team` -> `SalesTeam`. */
function suggestedName(text: string): string {
    const cleaned = text.replace(/[^A-Za-z0-9_]/g, '');
    if (!cleaned) return 'SalesDevelopment';
    return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}
