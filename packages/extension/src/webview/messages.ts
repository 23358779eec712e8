/**
 * The messages between the extension (../preview.ts) and the preview page (./preview.ts), defined
 * once for both sides, and what the page keeps across reloads. Types only: the page imports this
 * file too, and its project sees the DOM but neither Node nor the `vscode` API.
 */
import type { DiagramResult, ViewName } from '@revorg/server/protocol';

export type { ViewName };

/** From the extension to the page. */
export type ExtensionMessage =
    /** The server's answer for the view the page shows: an SVG, or why there is nothing to draw. */
    | ({ type: 'diagram' } & DiagramResult)
    /** The declaration under the editor's cursor (0-based line), to highlight its box. */
    | { type: 'select'; uri: string; line: number };

/** From the page to the extension. */
export type PageMessage =
    /** A new page, ready to draw (also after VS Code reloaded a hidden one). */
    | { type: 'ready'; view: ViewName }
    | { type: 'switchView'; view: ViewName }
    /** A box was clicked: put the editor's cursor on its declaration (0-based). */
    | { type: 'reveal'; uri: string; line: number; character: number }
    | { type: 'export'; view: ViewName };

/** Zoom and scroll: the diagram's offset in the panel and its scale. */
export interface Transform {
    x: number;
    y: number;
    scale: number;
}

/** The page's state (`vscode.setState`), which VS Code hands back to the page and to the extension's serializer after a reload. */
export interface PageState {
    view: ViewName;
    transform: Transform;
}
