/**
 * The protocol behind the editor's preview:
 * - request `revorg/diagram` `{ view, theme }`: the laid-out diagram of the whole model as SVG (in
 *   the `vscode` theme it is drawn with the editor's theme variables, so the webview only inserts
 *   it), once the current build has validated every document;
 * - notification `revorg/modelChanged` from the server after each finished rebuild, so the preview
 *   redraws as soon as the model is new, whatever changed it (an edit, a file on disk, the rule
 *   configuration). It is only sent once a client has asked for a diagram: other LSP clients never
 *   see it.
 *
 * Each view remembers its last layout (LayoutMemo): a rebuild lays the view out again only when
 * its shape changed, and otherwise only redraws the SVG with the new source positions and problem
 * marks. The preview and an export of the same view share the layout.
 */
import { buildGraph, LayoutMemo, renderSvg, VIEW_NAMES, type ViewName } from '@revorg/diagram';
import { locate, problemsByDeclaration, type RevorgServices } from '@revorg/language';
import { RevorgDocumentBuilder } from '@revorg/language/node';
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';

export const DIAGRAM_REQUEST = 'revorg/diagram';
export const MODEL_CHANGED_NOTIFICATION = 'revorg/modelChanged';

export type DiagramTheme = 'vscode' | 'light' | 'dark';

export interface DiagramParams {
    view?: ViewName;
    /** `vscode` (theme variables, for the preview) unless the client asks for fixed colors (export). */
    theme?: DiagramTheme;
}

export interface DiagramResult {
    view: ViewName;
    /** The SVG, or undefined when there is nothing to draw (then `empty` says why). */
    svg?: string;
    empty?: string;
    /** Counts up with every rebuild of the model: a client can drop answers older than one it has. */
    generation: number;
}

export function registerDiagramRequest(connection: Connection, shared: LangiumSharedServices, revorg: RevorgServices): void {
    const builder = shared.workspace.DocumentBuilder;
    let generation = 0;
    let previewing = false;
    const memos = new Map<ViewName, LayoutMemo>(VIEW_NAMES.map(view => [view, new LayoutMemo()]));

    if (builder instanceof RevorgDocumentBuilder) {
        builder.onModelUpdated(() => {
            generation++;
            if (previewing) void connection.sendNotification(MODEL_CHANGED_NOTIFICATION, { generation });
        });
    }

    const draw = async (view: ViewName, theme: DiagramTheme): Promise<DiagramResult> => {
        const drawnGeneration = generation;
        const facts = revorg.validation.FactsProvider.get();
        if (facts.roles.length === 0) return { view, generation: drawnGeneration, empty: 'No role to draw yet: declare a `role` to see the org chart.' };
        if (view === 'flow' && facts.handoffs.length === 0) return { view, generation: drawnGeneration, empty: 'No handoff to draw yet: declare a `handoff` with `from` and `to` to see the revenue flow.' };
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        const graph = buildGraph(facts, view, { locate, problemsOf: problemsByDeclaration(documents) });
        const svg = renderSvg(await memos.get(view)!.layout(graph), { theme });
        return { view, svg, generation: drawnGeneration };
    };

    connection.onRequest(DIAGRAM_REQUEST, async (params: DiagramParams | undefined, token: CancellationToken): Promise<DiagramResult> => {
        previewing = true;
        const view: ViewName = params?.view && VIEW_NAMES.includes(params.view) ? params.view : 'org';
        const theme: DiagramTheme = params?.theme === 'light' || params?.theme === 'dark' ? params.theme : 'vscode';
        await shared.workspace.WorkspaceManager.ready;
        await builder.waitUntil(DocumentState.Validated, token);
        return draw(view, theme);
    });
}
