/**
 * The icon each declaration kind gets in the outline, the symbol picker and completion lists.
 * One table, so a role looks the same wherever the editor shows it.
 */
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import type { Declaration } from '../generated/ast.js';
import { declarationLabel } from '../model/properties.js';

type DeclarationType = Declaration['$type'];

const SYMBOL_KINDS: Record<DeclarationType, SymbolKind> = {
    Organization: SymbolKind.Namespace,
    Team: SymbolKind.Module,
    Role: SymbolKind.Class,
    Definition: SymbolKind.Interface,
    Icp: SymbolKind.Struct,
    Handoff: SymbolKind.Event,
    Sla: SymbolKind.Constant,
    Kpi: SymbolKind.Number,
    Cadence: SymbolKind.Method,
    Pod: SymbolKind.Package,
    Segment: SymbolKind.Field,
};

const COMPLETION_KINDS: Record<DeclarationType, CompletionItemKind> = {
    Organization: CompletionItemKind.Module,
    Team: CompletionItemKind.Module,
    Role: CompletionItemKind.Class,
    Definition: CompletionItemKind.Interface,
    Icp: CompletionItemKind.Struct,
    Handoff: CompletionItemKind.Event,
    Sla: CompletionItemKind.Constant,
    Kpi: CompletionItemKind.Value,
    Cadence: CompletionItemKind.Method,
    Pod: CompletionItemKind.Folder,
    Segment: CompletionItemKind.Field,
};

function isDeclarationType(type: string): type is DeclarationType {
    return Object.hasOwn(SYMBOL_KINDS, type);
}

/** The symbol kind of a declaration type (`Field` for anything else, Langium's default). */
export function symbolKindOf(type: string): SymbolKind {
    return isDeclarationType(type) ? SYMBOL_KINDS[type] : SymbolKind.Field;
}

/** The completion item kind of a declaration type (`Reference` for anything else, Langium's default). */
export function completionKindOf(type: string): CompletionItemKind {
    return isDeclarationType(type) ? COMPLETION_KINDS[type] : CompletionItemKind.Reference;
}

/**
 * How a declaration type reads in a sentence (`role`, `KPI`), for places that have only the type
 * name, such as an index entry. `declarationLabel` in the model layer reads only `$type`.
 */
export function typeLabel(type: string): string {
    return isDeclarationType(type) ? declarationLabel({ $type: type } as Declaration) : type;
}
