/**
 * The diagrams of the workspace's model, for the editor's preview: each rebuild of the model
 * counts a generation, and each view remembers its last layout (LayoutMemo), so a rebuild lays a
 * view out again only when its shape changed and otherwise only redraws the SVG with the new
 * source positions and problem marks. The preview and an export of the same view share the layout.
 */
import { drawDiagram, LayoutMemo, nothingToDraw, VIEW_NAMES, type ViewName } from '@revorg/diagram';
import type { RevorgServices } from '@revorg/language';
import type { DiagramResult, DiagramTheme } from './protocol.js';

export class DiagramService {
    private current = 0;
    private readonly listeners: Array<(generation: number) => void> = [];
    private readonly memos = new Map<ViewName, LayoutMemo>(VIEW_NAMES.map(view => [view, new LayoutMemo()]));

    constructor(private readonly services: RevorgServices) {
        services.shared.workspace.DocumentBuilder.onModelUpdated(() => {
            this.current++;
            for (const listener of this.listeners) listener(this.current);
        });
    }

    /** Counts up with every finished rebuild of the model. */
    get generation(): number {
        return this.current;
    }

    /** Called with the new generation after each finished rebuild. */
    onModelChanged(listener: (generation: number) => void): void {
        this.listeners.push(listener);
    }

    /** The view of the model as built now (the caller waits for the build to be validated). */
    async draw(view: ViewName, theme: DiagramTheme): Promise<DiagramResult> {
        const generation = this.current;
        const facts = this.services.revorg.Facts.get();
        const empty = nothingToDraw(facts, view);
        if (empty) return { view, generation, empty: `${empty.charAt(0).toUpperCase()}${empty.slice(1)}.` };
        const svg = await drawDiagram(facts, view, { theme, memo: this.memos.get(view) });
        return { view, svg, generation };
    }
}
