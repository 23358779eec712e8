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
 * Layouts are cached per build, view and theme: the preview and an export asking for the same
 * diagram of the same model share one layout, and concurrent requests share the one in flight.
 */
import { renderDiagram, VIEW_NAMES, type ViewName } from '@revorg/diagram';
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
    // One entry per view and theme, for the current generation only: older layouts are dropped, so
    // the cache never holds more than a few SVGs.
    let cache = new Map<string, Promise<DiagramResult>>();

    const modelChanged = (): void => {
        generation++;
        cache = new Map();
        if (previewing) void connection.sendNotification(MODEL_CHANGED_NOTIFICATION, { generation });
    };
    if (builder instanceof RevorgDocumentBuilder) builder.onModelUpdated(modelChanged);

    const draw = async (view: ViewName, theme: DiagramTheme, drawnGeneration: number): Promise<DiagramResult> => {
        const facts = revorg.validation.FactsProvider.get();
        if (facts.roles.length === 0) return { view, generation: drawnGeneration, empty: 'No role to draw yet: declare a `role` to see the org chart.' };
        if (view === 'flow' && facts.handoffs.length === 0) return { view, generation: drawnGeneration, empty: 'No handoff to draw yet: declare a `handoff` with `from` and `to` to see the revenue flow.' };
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        const svg = await renderDiagram(facts, view, { locate, problemsOf: problemsByDeclaration(documents), theme });
        return { view, svg, generation: drawnGeneration };
    };

    connection.onRequest(DIAGRAM_REQUEST, async (params: DiagramParams | undefined, token: CancellationToken): Promise<DiagramResult> => {
        previewing = true;
        const view: ViewName = params?.view && VIEW_NAMES.includes(params.view) ? params.view : 'org';
        const theme: DiagramTheme = params?.theme === 'light' || params?.theme === 'dark' ? params.theme : 'vscode';
        await shared.workspace.WorkspaceManager.ready;
        await builder.waitUntil(DocumentState.Validated, token);
        const key = `${view}:${theme}`;
        let result = cache.get(key);
        if (!result) {
            result = draw(view, theme, generation);
            cache.set(key, result);
            // A failed layout is not kept: the next request tries again.
            result.catch(() => { if (cache.get(key) === result) cache.delete(key); });
        }
        return result;
    });
}
