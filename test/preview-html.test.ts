/**
 * The preview page's HTML: locked down as the diagram issue requires (CSP `default-src 'none'`,
 * the one script by a fresh nonce, styles and images from the webview's own origin only).
 */
import { describe, expect, it } from 'vitest';
import { newNonce, previewHtml } from '../packages/extension/src/preview-html.js';

const PAGE = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js', styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css' };

function csp(html: string): string {
    const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(match, 'a CSP meta tag').not.toBeNull();
    return match![1];
}

describe('the preview page', () => {
    it('allows nothing but its nonce script, and styles and images from the webview origin', () => {
        const html = previewHtml({ ...PAGE, nonce: 'abc123' });
        expect(csp(html)).toBe(`default-src 'none'; script-src 'nonce-abc123'; style-src ${PAGE.cspSource}; img-src ${PAGE.cspSource}`);
        // The only script carries the nonce; no inline script or style, no event handler attributes.
        expect(html.match(/<script/g)).toHaveLength(1);
        expect(html).toContain(`<script nonce="abc123" src="${PAGE.scriptUri}"></script>`);
        expect(html).not.toMatch(/<style|style="|\son[a-z]+=/);
        expect(html).toContain(`<link rel="stylesheet" href="${PAGE.styleUri}">`);
    });

    it('gets a fresh random nonce on every load', () => {
        const nonces = new Set(Array.from({ length: 20 }, () => newNonce()));
        expect(nonces.size).toBe(20);
        for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
        const [first, second] = [previewHtml(PAGE), previewHtml(PAGE)].map(html => /nonce-([^']+)'/.exec(csp(html))![1]);
        expect(first).not.toBe(second);
    });
});
