/**
 * A horizontal bar chart as inline SVG, for the HTML report's headcount shares: one bar per row,
 * its value written after it, and where a row has a benchmark a dashed mark across the bar with
 * the benchmark's label. No script and no style element: colors and fonts are attributes, so the
 * chart draws the same in any page, in print, and under a CSP that allows no styles from outside.
 */
import { escapeHtml } from './html-text.js';

export interface Bar {
    label: string;
    /** The bar's length, in the chart's unit (percent points for shares). */
    value: number;
    /** What is written after the bar: `4.9% (9 people)`. */
    valueText: string;
    /** A reference value drawn as a mark across the bar's lane. */
    benchmark?: { value: number; label: string };
    /** `accent` for the row the chart is about, `muted` for the rest. */
    tone?: 'accent' | 'muted' | 'warn';
}

const ROW = 34;
const BAR = 16;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 380;
const VALUE_WIDTH = 170;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const COLORS = { accent: '#2563eb', muted: '#94a3b8', warn: '#d97706', lane: '#eef2f7', text: '#1e293b', subtle: '#64748b', mark: '#0f172a' };

const n = (value: number) => String(Math.round(value * 10) / 10);

export function barChart(bars: readonly Bar[], title: string): string {
    const top = Math.max(1, ...bars.map(bar => Math.max(bar.value, bar.benchmark?.value ?? 0))) * 1.1;
    const scale = (value: number) => (Math.max(0, value) / top) * BAR_WIDTH;
    const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
    const height = bars.length * ROW + 8;
    const rows = bars.map((bar, index) => {
        const y = index * ROW + 4;
        const barY = y + (ROW - BAR) / 2 - 2;
        const length = scale(bar.value);
        const parts = [
            `<text x="${LABEL_WIDTH - 10}" y="${n(barY + BAR / 2 + 4)}" text-anchor="end" font-size="13" fill="${COLORS.text}">${escapeHtml(bar.label)}</text>`,
            `<rect x="${LABEL_WIDTH}" y="${n(barY)}" width="${BAR_WIDTH}" height="${BAR}" rx="3" fill="${COLORS.lane}"/>`,
            `<rect x="${LABEL_WIDTH}" y="${n(barY)}" width="${n(Math.max(length, bar.value > 0 ? 2 : 0))}" height="${BAR}" rx="3" fill="${COLORS[bar.tone ?? 'accent']}"/>`,
            `<text x="${n(LABEL_WIDTH + BAR_WIDTH + 8)}" y="${n(barY + BAR / 2 + 4)}" font-size="12.5" fill="${COLORS.text}">${escapeHtml(bar.valueText)}</text>`,
        ];
        if (bar.benchmark) {
            const x = LABEL_WIDTH + scale(bar.benchmark.value);
            parts.push(
                `<line x1="${n(x)}" y1="${n(barY - 4)}" x2="${n(x)}" y2="${n(barY + BAR + 4)}" stroke="${COLORS.mark}" stroke-width="2" stroke-dasharray="3 2"/>`,
                `<text x="${n(x + 4)}" y="${n(barY - 3)}" font-size="10.5" fill="${COLORS.subtle}">${escapeHtml(bar.benchmark.label)}</text>`,
            );
        }
        return `<g>${parts.join('')}</g>`;
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family='${FONT}'>`
        + `<title>${escapeHtml(title)}</title>${rows.join('')}</svg>`;
}
