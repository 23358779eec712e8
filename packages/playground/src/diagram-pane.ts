/**
 * The org chart and the revenue flow beside the text: the same SVG the VS Code preview shows,
 * asked of the server with `revorg/diagram` and redrawn on `revorg/modelChanged`. A click on a
 * box jumps to its declaration (the box carries its source location, @revorg/diagram's
 * `data-uri`/`data-line`/`data-character`); the box of the declaration under the editor's cursor
 * is outlined, as in the VS Code preview; Export SVG saves the view in light colours.
 */
import type { DiagramParams, DiagramResult, ViewName } from '@revorg/server/protocol';

export interface DiagramSource {
    request(params: DiagramParams): Promise<DiagramResult>;
}

export interface SourceLocation {
    uri: string;
    line: number;
    character: number;
}

export interface DiagramPaneElements {
    canvas: HTMLElement;
    message: HTMLElement;
    viewButtons: Record<ViewName, HTMLButtonElement>;
    exportButton: HTMLButtonElement;
}

export class DiagramPane {
    private view: ViewName = 'org';
    /** The newest generation drawn: an answer that overtook a newer one is dropped. */
    private drawn = -1;
    private requested = 0;
    /** The editor's cursor, whose declaration's box is outlined (kept across redraws). */
    private cursor: { uri: string; line: number } | undefined;

    constructor(private readonly elements: DiagramPaneElements, private readonly source: DiagramSource, onReveal: (location: SourceLocation) => void) {
        for (const [name, button] of Object.entries(elements.viewButtons) as Array<[ViewName, HTMLButtonElement]>) {
            button.addEventListener('click', () => this.show(name));
        }
        elements.exportButton.addEventListener('click', () => void this.exportSvg());
        elements.canvas.addEventListener('click', event => {
            const box = event.target instanceof Element ? event.target.closest<SVGGElement>('g.node[data-uri], g.group[data-uri]') : null;
            if (!box?.dataset.uri) return;
            onReveal({ uri: box.dataset.uri, line: Number(box.dataset.line), character: Number(box.dataset.character) });
        });
        this.markView();
    }

    show(view: ViewName): void {
        this.view = view;
        this.drawn = -1;
        this.markView();
        void this.refresh();
    }

    async refresh(): Promise<void> {
        const asked = ++this.requested;
        let result: DiagramResult;
        try {
            result = await this.source.request({ view: this.view, theme: 'light' });
        } catch (error) {
            this.say(`The diagram could not be drawn: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
            return;
        }
        // A view switch or a newer request since: that one draws.
        if (asked !== this.requested && result.generation <= this.drawn) return;
        if (result.view !== this.view || result.generation < this.drawn) return;
        this.drawn = result.generation;
        if (result.svg) {
            this.elements.message.hidden = true;
            this.elements.canvas.innerHTML = result.svg;
            this.outlineCursor();
        } else {
            this.elements.canvas.innerHTML = '';
            this.say(result.empty ?? 'Nothing to draw.');
        }
    }

    /** Outlines the box whose declaration holds this line of this file (a box wins over the team frame around it). */
    showCursor(uri: string, line: number): void {
        // Typing moves the cursor along its line: nothing to look for again (a 1k-role chart has 1k boxes).
        if (this.cursor?.uri === uri && this.cursor.line === line) return;
        this.cursor = { uri, line };
        this.outlineCursor();
    }

    private outlineCursor(): void {
        for (const box of this.elements.canvas.querySelectorAll('g.selected')) box.classList.remove('selected');
        if (!this.cursor) return;
        let match: SVGGElement | undefined;
        for (const box of this.elements.canvas.querySelectorAll<SVGGElement>('g.node[data-uri], g.group[data-uri]')) {
            if (box.dataset.uri !== this.cursor.uri) continue;
            if (Number(box.dataset.line) <= this.cursor.line && this.cursor.line <= Number(box.dataset.lastLine)) {
                match = box;
                if (box.matches('g.node')) break;
            }
        }
        match?.classList.add('selected');
    }

    private say(text: string): void {
        this.elements.message.textContent = text;
        this.elements.message.hidden = false;
    }

    private markView(): void {
        for (const [name, button] of Object.entries(this.elements.viewButtons)) button.setAttribute('aria-pressed', String(name === this.view));
    }

    private async exportSvg(): Promise<void> {
        const result = await this.source.request({ view: this.view, theme: 'light' });
        if (!result.svg) return;
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([result.svg], { type: 'image/svg+xml' }));
        link.download = `revorg-${this.view}.svg`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    }
}
