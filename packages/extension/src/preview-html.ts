/**
 * The preview page's HTML. Locked down: `default-src 'none'`, the one script allowed by a nonce
 * made per load, styles and images only from the webview's own resource origin, and nothing from
 * the model is written here (the diagram arrives later as an SVG whose strings are escaped).
 */
export interface PreviewPage {
    /** `webview.cspSource`. */
    cspSource: string;
    scriptUri: string;
    styleUri: string;
    /** Fixed in tests; random per load otherwise. */
    nonce?: string;
}

/** 16 random bytes in base64, from the Web Crypto API that both of VS Code's extension hosts (Node and the browser's web worker) have. */
export function newNonce(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return btoa(String.fromCharCode(...bytes));
}

export function previewHtml(page: PreviewPage): string {
    const nonce = page.nonce ?? newNonce();
    // Nothing else is needed: the diagram is inline SVG (colors as attributes, no style
    // attributes), the page's styles are one stylesheet, and it loads no fonts.
    const csp = [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src ${page.cspSource}`,
        `img-src ${page.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${page.styleUri}">
<title>revorg diagram</title>
</head>
<body>
<div id="toolbar" role="toolbar" aria-label="Diagram">
<button id="view-org" aria-pressed="true" title="The reporting tree">Org chart</button>
<button id="view-flow" aria-pressed="false" title="Handoffs along the funnel">Revenue flow</button>
<span class="spacer"></span>
<button id="fit" title="Fit the diagram to the panel">Fit</button>
<button id="export" title="Save the diagram as SVG">Export SVG</button>
</div>
<div id="canvas"><div id="stage"></div><p id="message" hidden>Waiting for the language server…</p></div>
<script nonce="${nonce}" src="${page.scriptUri}"></script>
</body>
</html>
`;
}
