/** The HTML report: self-contained, nothing from the model runs, the diagrams embedded apart from each other. */
import { describe, expect, it } from 'vitest';
import { formatHtml, REPORT_CSP } from '../../src/index.js';
import { embeddedSvg } from '../../src/report/format-html.js';
import { edited, HEALTHY, reportOf } from './report-helpers.js';

const HOSTILE = edited(HEALTHY,
    ['organization "Acme"', 'organization "<img src=x onerror=alert(1)>"'],
    ['role VPS "VP Sales"', 'role VPS "<script>alert(2)</script>"'],
    ['criteria: ["B2B SaaS"]', 'criteria: ["\\" onmouseover=\\"alert(3)"]'],
);

describe('formatHtml', () => {
    it('is one page with its styles inline, a CSP against scripts and remote loads, and no script', async () => {
        const html = formatHtml(await reportOf(HEALTHY));
        expect(html.startsWith('<!doctype html>')).toBe(true);
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
        expect(REPORT_CSP).toMatch(/default-src 'none'/);
        expect(html).not.toMatch(/<script|<link|<iframe|\bsrc=|@import|url\(http/i);
        for (const id of ['company', 'stack', 'maturity', 'headcount', 'handoffs', 'findings']) expect(html).toContain(`<section id="${id}">`);
        expect((html.match(/<svg [^>]*class="bar-chart"/g) ?? []).length).toBe(2);
    });

    it('escapes every string from the model', async () => {
        const html = formatHtml(await reportOf(HOSTILE));
        expect(html).not.toContain('<img');
        expect(html).not.toContain('<script>alert(2)');
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(html).toContain('<title>Org-health report: &lt;img src=x onerror=alert(1)&gt;</title>');
    });

    it('embeds the diagrams it is given, or says why one is left out', async () => {
        const svg = (view: string) => `<svg xmlns="http://www.w3.org/2000/svg" class="revorg-diagram" data-view="${view}" width="400" height="200" viewBox="0 0 400 200"><defs><marker id="revorg-arrow-normal"/></defs><path marker-end="url(#revorg-arrow-normal)"/></svg>`;
        const html = formatHtml(await reportOf(HEALTHY), { diagrams: { org: { svg: svg('org') }, flow: { omitted: 'The revenue flow is left out: draw it with `revorg render`.' } } });
        expect(html).toContain('<marker id="revorg-org-arrow-normal"/>');
        expect(html).toContain('marker-end="url(#revorg-org-arrow-normal)"');
        expect(html).toContain('<p class="omitted">The revenue flow is left out: draw it with <code>revorg render</code>.</p>');
    });

    it('shows a wide diagram at most 40% smaller, then lets it scroll', () => {
        const wide = '<svg xmlns="http://www.w3.org/2000/svg" class="revorg-diagram" width="5000" height="1000" viewBox="0 0 5000 1000"></svg>';
        expect(embeddedSvg(wide, 'org')).toContain('width="3000" height="600" viewBox="0 0 5000 1000"');
        const narrow = '<svg xmlns="http://www.w3.org/2000/svg" class="revorg-diagram" width="800" height="300" viewBox="0 0 800 300"></svg>';
        expect(embeddedSvg(narrow, 'flow')).toBe(narrow);
        const fitting = '<svg xmlns="http://www.w3.org/2000/svg" class="revorg-diagram" width="1200" height="600" viewBox="0 0 1200 600"></svg>';
        expect(embeddedSvg(fitting, 'org')).toContain('width="1000" height="500"');
    });
});
