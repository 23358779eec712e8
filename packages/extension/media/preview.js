// The diagram preview's page script. It only draws what the extension sends (an SVG made by
// @revorg/diagram, every model string already escaped) and reports what the user does: a click on
// a box asks to reveal its source, the toolbar switches views and exports. Zoom and scroll survive
// redraws and reloads (vscode.setState); the box of the declaration under the editor's cursor is
// highlighted.
(function () {
    'use strict';
    const vscode = acquireVsCodeApi();
    const canvas = document.getElementById('canvas');
    const stage = document.getElementById('stage');
    const message = document.getElementById('message');
    const buttons = { org: document.getElementById('view-org'), flow: document.getElementById('view-flow') };

    const saved = vscode.getState() || {};
    let view = saved.view || 'org';
    let transform = saved.transform || { x: 0, y: 0, scale: 1 };
    let fitted = Boolean(saved.transform);

    function persist() {
        vscode.setState({ view, transform });
    }

    function apply() {
        stage.style.transform = `translate(${transform.x}px, ${transform.y}px) scale(${transform.scale})`;
        persist();
    }

    function fit() {
        const svg = stage.querySelector('svg');
        if (!svg) return;
        const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
        const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
        const bounds = canvas.getBoundingClientRect();
        const scale = Math.min(1.5, Math.max(0.1, Math.min((bounds.width - 32) / width, (bounds.height - 32) / height)));
        transform = { x: (bounds.width - width * scale) / 2, y: 16, scale };
        apply();
    }

    function showView(next) {
        view = next;
        for (const [name, button] of Object.entries(buttons)) button.setAttribute('aria-pressed', String(name === view));
        persist();
    }

    // The declaration under the editor's cursor: its box is highlighted and kept in sight.
    let selection;

    function highlight(scroll) {
        for (const node of stage.querySelectorAll('g.node.selected, g.group.selected')) node.classList.remove('selected');
        if (!selection) return;
        let match;
        for (const node of stage.querySelectorAll('g.node[data-uri], g.group[data-uri]')) {
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

    function keepInSight(node) {
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

    function zoomBy(factor, px, py) {
        const scale = Math.min(4, Math.max(0.05, transform.scale * factor));
        transform = { x: px - (px - transform.x) * (scale / transform.scale), y: py - (py - transform.y) * (scale / transform.scale), scale };
        apply();
    }

    window.addEventListener('message', event => {
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
        const node = event.target instanceof Element ? event.target.closest('g.node') : null;
        if (!node || !node.dataset.uri) return;
        vscode.postMessage({ type: 'reveal', uri: node.dataset.uri, line: Number(node.dataset.line), character: Number(node.dataset.character) });
    });

    canvas.addEventListener('wheel', event => {
        event.preventDefault();
        const bounds = canvas.getBoundingClientRect();
        zoomBy(Math.exp(-event.deltaY * 0.0015), event.clientX - bounds.left, event.clientY - bounds.top);
    }, { passive: false });

    // Keyboard: + and - zoom about the middle, 0 fits, arrows pan.
    window.addEventListener('keydown', event => {
        if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) return;
        const bounds = canvas.getBoundingClientRect();
        const pan = { ArrowLeft: [40, 0], ArrowRight: [-40, 0], ArrowUp: [0, 40], ArrowDown: [0, -40] }[event.key];
        if (event.key === '+' || event.key === '=') zoomBy(1.2, bounds.width / 2, bounds.height / 2);
        else if (event.key === '-') zoomBy(1 / 1.2, bounds.width / 2, bounds.height / 2);
        else if (event.key === '0') fit();
        else if (pan) {
            transform = { ...transform, x: transform.x + pan[0], y: transform.y + pan[1] };
            apply();
        } else return;
        event.preventDefault();
    });

    let drag;
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

    for (const [name, button] of Object.entries(buttons)) {
        button.addEventListener('click', () => {
            if (name === view) return;
            showView(name);
            fitted = false;
            vscode.postMessage({ type: 'switchView', view: name });
        });
    }
    document.getElementById('fit').addEventListener('click', fit);
    document.getElementById('export').addEventListener('click', () => vscode.postMessage({ type: 'export', view }));

    showView(view);
    apply();
    vscode.postMessage({ type: 'ready', view });
}());
