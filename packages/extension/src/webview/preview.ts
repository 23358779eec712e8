// The diagram preview's page script. It only draws what the extension sends (an SVG made by
// @revorg/diagram, every model string already escaped) and reports what the user does: a click on
// a box asks to reveal its source, the toolbar switches views and exports. Zoom and scroll survive
// redraws and reloads (vscode.setState); the box of the declaration under the editor's cursor is
// highlighted. Bundled by esbuild (scripts/bundle.mjs) to media/preview.js, which the page's HTML
// (../preview-html.ts) loads with its nonce.
import type { ExtensionMessage, PageMessage, PageState, Transform, ViewName } from './messages.js';

/** What the webview gives its page to talk to the extension (the state is kept across reloads). */
interface VsCodeApi {
    postMessage(message: PageMessage): void;
    getState(): Partial<PageState> | undefined;
    setState(state: PageState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** An element of the page's HTML; missing only if preview-html.ts and this script disagree. */
function element<T extends HTMLElement>(id: string, type: new () => T): T {
    const found = document.getElementById(id);
    if (!(found instanceof type)) throw new Error(`the preview page has no #${id}`);
    return found;
}

const vscode = acquireVsCodeApi();
const canvas = element('canvas', HTMLDivElement);
const stage = element('stage', HTMLDivElement);
const message = element('message', HTMLParagraphElement);
const VIEWS: readonly ViewName[] = ['org', 'flow'];
const buttons: Record<ViewName, HTMLButtonElement> = { org: element('view-org', HTMLButtonElement), flow: element('view-flow', HTMLButtonElement) };

const saved = vscode.getState() ?? {};
let view: ViewName = saved.view ?? 'org';
let transform: Transform = saved.transform ?? { x: 0, y: 0, scale: 1 };
let fitted = Boolean(saved.transform);

function persist(): void {
    vscode.setState({ view, transform });
}

function apply(): void {
    stage.style.transform = `translate(${transform.x}px, ${transform.y}px) scale(${transform.scale})`;
    persist();
}

function fit(): void {
    const svg = stage.querySelector('svg');
    if (!svg) return;
    const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
    const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
    const bounds = canvas.getBoundingClientRect();
    const scale = Math.min(1.5, Math.max(0.1, Math.min((bounds.width - 32) / width, (bounds.height - 32) / height)));
    transform = { x: (bounds.width - width * scale) / 2, y: 16, scale };
    apply();
}

function showView(next: ViewName): void {
    view = next;
    for (const name of VIEWS) buttons[name].setAttribute('aria-pressed', String(name === view));
    persist();
}

// The declaration under the editor's cursor: its box is highlighted and kept in sight.
let selection: { uri: string; line: number } | undefined;

function highlight(scroll: boolean): void {
    for (const node of stage.querySelectorAll('g.node.selected, g.group.selected')) node.classList.remove('selected');
    if (!selection) return;
    let match: SVGGElement | undefined;
    for (const node of stage.querySelectorAll<SVGGElement>('g.node[data-uri], g.group[data-uri]')) {
        if (node.dataset.uri !== selection.uri) continue;
        const first = Number(node.dataset.line);
        const last = Number(node.dataset.lastLine);
        if (first <= selection.line && selection.line <= last) {
            match = node;
            // A box wins over the team frame around it.
            if (node.matches('g.node')) break;
        }
    }
    if (!match) return;
    match.classList.add('selected');
    if (scroll) keepInSight(match);
}

function keepInSight(node: Element): void {
    const box = node.getBoundingClientRect();
    const bounds = canvas.getBoundingClientRect();
    if (box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom) return;
    transform = {
        ...transform,
        x: transform.x + (bounds.left + bounds.width / 2) - (box.left + box.width / 2),
        y: transform.y + (bounds.top + bounds.height / 2) - (box.top + box.height / 2),
    };
    apply();
}

function zoomBy(factor: number, px: number, py: number): void {
    const scale = Math.min(4, Math.max(0.05, transform.scale * factor));
    transform = { x: px - (px - transform.x) * (scale / transform.scale), y: py - (py - transform.y) * (scale / transform.scale), scale };
    apply();
}

window.addEventListener('message', (event: MessageEvent<ExtensionMessage | undefined>) => {
    const data = event.data;
    if (!data) return;
    if (data.type === 'select') {
        selection = { uri: data.uri, line: data.line };
        highlight(true);
        return;
    }
    if (data.type !== 'diagram') return;
    showView(data.view);
    if (data.svg) {
        message.hidden = true;
        stage.innerHTML = data.svg;
        if (!fitted) {
            fit();
            fitted = true;
        } else {
            apply();
        }
        highlight(false);
    } else {
        stage.innerHTML = '';
        message.textContent = data.empty || 'Nothing to draw.';
        message.hidden = false;
    }
});

stage.addEventListener('click', event => {
    const node = event.target instanceof Element ? event.target.closest<SVGGElement>('g.node') : null;
    if (!node?.dataset.uri) return;
    vscode.postMessage({ type: 'reveal', uri: node.dataset.uri, line: Number(node.dataset.line), character: Number(node.dataset.character) });
});

canvas.addEventListener('wheel', event => {
    event.preventDefault();
    const bounds = canvas.getBoundingClientRect();
    zoomBy(Math.exp(-event.deltaY * 0.0015), event.clientX - bounds.left, event.clientY - bounds.top);
}, { passive: false });

// Keyboard: + and - zoom about the middle, 0 fits, arrows pan.
const PAN: Partial<Record<string, readonly [number, number]>> = { ArrowLeft: [40, 0], ArrowRight: [-40, 0], ArrowUp: [0, 40], ArrowDown: [0, -40] };
window.addEventListener('keydown', event => {
    if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) return;
    const bounds = canvas.getBoundingClientRect();
    const pan = PAN[event.key];
    if (event.key === '+' || event.key === '=') zoomBy(1.2, bounds.width / 2, bounds.height / 2);
    else if (event.key === '-') zoomBy(1 / 1.2, bounds.width / 2, bounds.height / 2);
    else if (event.key === '0') fit();
    else if (pan) {
        transform = { ...transform, x: transform.x + pan[0], y: transform.y + pan[1] };
        apply();
    } else return;
    event.preventDefault();
});

let drag: { x: number; y: number } | undefined;
canvas.addEventListener('pointerdown', event => {
    if (event.target instanceof Element && event.target.closest('g.node')) return;
    drag = { x: event.clientX - transform.x, y: event.clientY - transform.y };
    canvas.setPointerCapture(event.pointerId);
});
canvas.addEventListener('pointermove', event => {
    if (!drag) return;
    transform = { ...transform, x: event.clientX - drag.x, y: event.clientY - drag.y };
    apply();
});
canvas.addEventListener('pointerup', () => { drag = undefined; });

for (const name of VIEWS) {
    buttons[name].addEventListener('click', () => {
        if (name === view) return;
        showView(name);
        fitted = false;
        vscode.postMessage({ type: 'switchView', view: name });
    });
}
element('fit', HTMLButtonElement).addEventListener('click', fit);
element('export', HTMLButtonElement).addEventListener('click', () => vscode.postMessage({ type: 'export', view }));

showView(view);
apply();
vscode.postMessage({ type: 'ready', view });
