/**
 * Draws a laid-out diagram as one standalone SVG document: a title, team frames, edges with
 * arrowheads and labels, boxes with two lines of text and problem badges, and a legend.
 *
 * Safety: every string that comes from the model (titles, names, labels, URIs) goes through
 * `escapeXml`, so a role titled `<img src=x onerror=alert(1)>` is text. No `<style>`, `style=`,
 * `<script>` or `<foreignObject>` is ever written (see theme.ts for why colors are attributes).
 *
 * Output is deterministic: the same laid-out diagram and theme give the same bytes (numbers are
 * rounded to one decimal, everything is written in the diagram's order).
 */
import type { LaidOutDiagram, LaidOutEdge, LaidOutNode, NodeCategory, NodeMark, Point } from './diagram.js';
import { labelLines, NODE_METRICS } from './layout.js';
import { CATEGORY_NAMES, CATEGORY_ORDER, PALETTES, type Palette, type ThemeName } from './theme.js';
import { fitText, GROUP_FONT_SIZE, LABEL_FONT_SIZE, LINE_HEIGHT, SUBTITLE_FONT_SIZE, textWidth, TITLE_FONT_SIZE } from './text.js';

export interface RenderOptions {
    theme?: ThemeName;
}

// Characters XML 1.0 does not allow at all: dropped, so a hostile string cannot break the document.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, safe in SVG/XML: `&<>"'` escaped, characters XML forbids dropped. */
export function escapeXml(text: string): string {
    return text.replace(INVALID_XML, '').replace(/[&<>"']/g, char => ENTITIES[char]);
}

const n = (value: number): string => String(Math.round(value * 10) / 10);

const MARGIN = 24;
const TITLE_HEIGHT = 40;
const TITLE_FONT = 16;
const CORNER = 6;
const STRIPE = 6;

const EDGE_STYLE_NAMES: Record<LaidOutEdge['style'], string> = {
    reporting: 'Reports to',
    dotted: 'Dotted line (matrix)',
    normal: 'Handoff',
    warning: 'Handoff without owner or SLA',
};

/** Dash patterns: a warning handoff long-dashed, a dotted-line manager dotted. */
const DASHES: Partial<Record<LaidOutEdge['style'], string>> = { warning: '6 4', dotted: '2 4' };

function dash(style: LaidOutEdge['style']): string {
    const pattern = DASHES[style];
    return pattern ? ` stroke-dasharray="${pattern}"` : '';
}

function edgeColor(palette: Palette, style: LaidOutEdge['style']): string {
    return style === 'warning' ? palette.warning : style === 'reporting' || style === 'dotted' ? palette.reporting : palette.edge;
}

/** An orthogonal route with its corners rounded (radius up to 6, less on short segments). */
export function routePath(points: readonly Point[]): string {
    if (points.length === 0) return '';
    let d = `M${n(points[0].x)},${n(points[0].y)}`;
    for (let i = 1; i < points.length - 1; i++) {
        const [prev, corner, next] = [points[i - 1], points[i], points[i + 1]];
        const inLength = Math.hypot(corner.x - prev.x, corner.y - prev.y);
        const outLength = Math.hypot(next.x - corner.x, next.y - corner.y);
        const r = Math.min(8, inLength / 2, outLength / 2);
        if (r < 0.5) {
            d += ` L${n(corner.x)},${n(corner.y)}`;
            continue;
        }
        const before = { x: corner.x - ((corner.x - prev.x) / inLength) * r, y: corner.y - ((corner.y - prev.y) / inLength) * r };
        const after = { x: corner.x + ((next.x - corner.x) / outLength) * r, y: corner.y + ((next.y - corner.y) / outLength) * r };
        d += ` L${n(before.x)},${n(before.y)} Q${n(corner.x)},${n(corner.y)} ${n(after.x)},${n(after.y)}`;
    }
    const last = points[points.length - 1];
    if (points.length > 1) d += ` L${n(last.x)},${n(last.y)}`;
    return d;
}

function locationAttributes(node: LaidOutNode): string {
    if (!node.location) return '';
    const start = node.location.range.start;
    // The last line lets the preview highlight the box whose declaration holds the editor's cursor.
    const last = node.location.lastLine ?? node.location.range.end.line;
    return ` data-uri="${escapeXml(node.location.uri)}" data-line="${start.line}" data-character="${start.character}" data-last-line="${last}"`;
}

function problemClass(node: LaidOutNode): string {
    if (node.problems.errors > 0) return ' has-errors';
    if (node.problems.warnings > 0) return ' has-warnings';
    return '';
}

/** Red badge with the error count, yellow with the warning count, at the box's top-right corner. */
function badges(node: LaidOutNode, palette: Palette): string {
    const out: string[] = [];
    let right = node.x + node.width + 2;
    const draw = (kind: 'error' | 'warning', count: number): void => {
        const text = count > 99 ? '99+' : String(count);
        const width = Math.max(16, textWidth(text, 10, true) + 8);
        const x = right - width;
        const y = node.y - 8;
        const label = `${count} ${kind}${count === 1 ? '' : 's'}`;
        out.push(`<g class="badge badge-${kind}"><title>${label}</title>`
            + `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="16" rx="8" fill="${kind === 'error' ? palette.error : palette.warning}" stroke="${palette.background}" stroke-width="1.5"/>`
            + `<text x="${n(x + width / 2)}" y="${n(y + 11.5)}" text-anchor="middle" font-size="10" font-weight="700" fill="${palette.badgeText[kind]}">${text}</text></g>`);
        right = x - 4;
    };
    if (node.problems.errors > 0) draw('error', node.problems.errors);
    if (node.problems.warnings > 0) draw('warning', node.problems.warnings);
    return out.join('');
}

/** What a mark says in words: on its tag, in tooltips and in the legend (the mark is never color alone). */
function markWords(mark: NodeMark): string {
    return mark.kind === 'added' ? 'new' : `renamed from ${mark.from}`;
}

function markClass(node: LaidOutNode): string {
    return node.mark ? ` marked marked-${node.mark.kind}` : '';
}

/**
 * A marked box or frame: an outline just outside it (solid when new, dashed when renamed) and a tag
 * on its top-left corner saying `new` or `renamed`, opposite the problem badges on the right.
 */
function markDecoration(node: LaidOutNode, palette: Palette, corner: number): { outline: string; tag: string } {
    if (!node.mark) return { outline: '', tag: '' };
    const gap = 3;
    const outline = `<rect class="mark-outline" x="${n(node.x - gap)}" y="${n(node.y - gap)}" width="${n(node.width + 2 * gap)}" height="${n(node.height + 2 * gap)}" rx="${corner + gap}" fill="none" stroke="${palette.mark}" stroke-width="2"${node.mark.kind === 'renamed' ? ' stroke-dasharray="5 3"' : ''}/>`;
    const text = node.mark.kind === 'added' ? 'new' : 'renamed';
    const width = textWidth(text, 10, true) + 12;
    const x = node.x - 2;
    const y = node.y - 9;
    const tag = `<g class="mark-tag mark-${node.mark.kind}"><title>${escapeXml(markWords(node.mark))}</title>`
        + `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="16" rx="8" fill="${palette.mark}" stroke="${palette.background}" stroke-width="1.5"/>`
        + `<text x="${n(x + width / 2)}" y="${n(y + 11.5)}" text-anchor="middle" font-size="10" font-weight="700" fill="${palette.markText}">${text}</text></g>`;
    return { outline, tag };
}

function renderBox(node: LaidOutNode, palette: Palette): string {
    const color = palette.categories[node.category];
    const { x, y, width, height } = node;
    const textX = x + NODE_METRICS.paddingLeft;
    const textWidthMax = width - NODE_METRICS.paddingLeft - NODE_METRICS.paddingRight;
    const title = fitText(node.title, textWidthMax, TITLE_FONT_SIZE, true);
    const tooltip = [node.subtitle ? `${node.title} (${node.subtitle})` : node.title, node.note, node.mark && markWords(node.mark)].filter(Boolean).join(', ');
    const mark = markDecoration(node, palette, CORNER);
    const parts = [
        `<g class="node node-${node.kind}${problemClass(node)}${markClass(node)}" data-id="${escapeXml(node.id)}"${locationAttributes(node)}>`,
        `<title>${escapeXml(tooltip)}</title>`,
        mark.outline,
        `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="${CORNER}" fill="${palette.nodeFill}" stroke="${color}" stroke-width="1.5"/>`,
        `<path d="M${n(x + STRIPE)},${n(y)} V${n(y + height)} A${CORNER},${CORNER} 0 0 1 ${n(x)},${n(y + height - CORNER)} V${n(y + CORNER)} A${CORNER},${CORNER} 0 0 1 ${n(x + STRIPE)},${n(y)} Z" fill="${color}"/>`,
    ];
    if (node.subtitle) {
        const subtitle = fitText(node.subtitle, textWidthMax, SUBTITLE_FONT_SIZE);
        parts.push(`<text x="${n(textX)}" y="${n(y + 20)}" font-size="${TITLE_FONT_SIZE}" font-weight="600" fill="${palette.foreground}">${escapeXml(title)}</text>`);
        parts.push(`<text x="${n(textX)}" y="${n(y + 36)}" font-size="${SUBTITLE_FONT_SIZE}" fill="${palette.muted}">${escapeXml(subtitle)}</text>`);
        if (node.note) {
            const note = fitText(node.note, textWidthMax, SUBTITLE_FONT_SIZE);
            parts.push(`<text class="node-note" x="${n(textX)}" y="${n(y + 51)}" font-size="${SUBTITLE_FONT_SIZE}" font-style="italic" fill="${palette.muted}">${escapeXml(note)}</text>`);
        }
    } else {
        parts.push(`<text x="${n(textX)}" y="${n(y + height / 2 + 4.5)}" font-size="${TITLE_FONT_SIZE}" font-weight="600" fill="${palette.foreground}">${escapeXml(title)}</text>`);
    }
    parts.push(badges(node, palette), mark.tag, '</g>');
    return parts.join('');
}

function renderGroupFrame(node: LaidOutNode, palette: Palette): string {
    const color = palette.categories[node.category];
    const { x, y, width, height } = node;
    const mark = markDecoration(node, palette, 10);
    const tooltip = [node.subtitle ? `${node.title} (${node.subtitle})` : node.title, node.mark && markWords(node.mark)].filter(Boolean).join(', ');
    return [
        `<g class="group${problemClass(node)}${markClass(node)}" data-id="${escapeXml(node.id)}"${locationAttributes(node)}>`,
        `<title>${escapeXml(tooltip)}</title>`,
        mark.outline,
        `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="10" fill="${palette.groupFill}" stroke="${color}" stroke-opacity="0.55" stroke-width="1.2"/>`,
        badges(node, palette),
        mark.tag,
        '</g>',
    ].join('');
}

/**
 * A frame's label, drawn above the edges with a halo in the frame's fill, so a line entering the
 * frame from the top does not run through the team's name.
 */
function renderGroupLabel(node: LaidOutNode, palette: Palette): string {
    const color = palette.categories[node.category];
    const maxText = node.width - 2 * NODE_METRICS.groupPadding;
    const title = fitText(node.title, maxText, GROUP_FONT_SIZE, true);
    const room = maxText - textWidth(title, GROUP_FONT_SIZE, true) - 8;
    const subtitle = node.subtitle && room > 30 ? fitText(node.subtitle, room, SUBTITLE_FONT_SIZE) : undefined;
    return [
        `<text class="group-label" data-id="${escapeXml(node.id)}" x="${n(node.x + NODE_METRICS.groupPadding)}" y="${n(node.y + 21)}" font-size="${GROUP_FONT_SIZE}" stroke="${palette.groupFill}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">`,
        `<tspan font-weight="700" fill="${color}">${escapeXml(title)}</tspan>`,
        subtitle ? `<tspan dx="8" font-size="${SUBTITLE_FONT_SIZE}" fill="${palette.muted}">${escapeXml(subtitle)}</tspan>` : '',
        '</text>',
    ].join('');
}

/** Marker ids: one per style, and one for a moved line (in the mark's ink). */
type MarkerKey = LaidOutEdge['style'] | 'moved';

function renderEdge(edge: LaidOutEdge, palette: Palette): string {
    const moved = edge.mark === 'moved';
    const color = moved ? palette.mark : edgeColor(palette, edge.style);
    const tooltip = [edge.title, ...(edge.label ?? []), moved ? 'reporting line moved' : undefined].filter(Boolean).join(' · ');
    const open = `<g class="edge edge-${edge.style}${moved ? ' edge-moved' : ''}" data-id="${escapeXml(edge.id)}" data-source="${escapeXml(edge.source)}" data-target="${escapeXml(edge.target)}"${edge.mergedInto !== undefined ? ` data-merged-into="${escapeXml(edge.mergedInto)}"` : ''}>`
        + (tooltip ? `<title>${escapeXml(tooltip)}</title>` : '');
    // A merged edge's route and label are drawn once, by the edge it was merged into.
    if (edge.mergedInto !== undefined || edge.points.length < 2) return `${open}</g>`;
    // A moved line is more than twice as thick as the others: visible without telling colors apart.
    const width = moved ? '2.8' : edge.style === 'reporting' || edge.style === 'dotted' ? '1.3' : '1.6';
    const marker: MarkerKey = moved ? 'moved' : edge.style;
    const parts = [open, `<path d="${routePath(edge.points)}" fill="none" stroke="${color}" stroke-width="${width}"${dash(edge.style)} marker-end="url(#revorg-arrow-${marker})"/>`];
    if (edge.labelBox && edge.label && edge.label.length > 0) {
        const box = edge.labelBox;
        const lines = labelLines(edge.label);
        const lineHeight = LABEL_FONT_SIZE * LINE_HEIGHT;
        parts.push(`<g class="edge-label"><rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="3" fill="${palette.labelFill}" fill-opacity="0.92" stroke="${edge.style === 'warning' ? palette.warning : palette.labelStroke}" stroke-width="0.8"/>`);
        parts.push(`<text x="${n(box.x + box.width / 2)}" text-anchor="middle" font-size="${LABEL_FONT_SIZE}" fill="${palette.foreground}">`);
        lines.forEach((line, index) => {
            const y = box.y + NODE_METRICS.labelPaddingY + lineHeight * index + LABEL_FONT_SIZE;
            const missing = line === 'no SLA' || line === 'no owner';
            parts.push(`<tspan x="${n(box.x + box.width / 2)}" y="${n(y)}"${index === 0 ? ' font-weight="600"' : ''}${missing ? ` fill="${palette.warning}"` : ''}>${escapeXml(line)}</tspan>`);
        });
        parts.push('</text></g>');
    }
    parts.push('</g>');
    return parts.join('');
}

function markers(palette: Palette, withMoved: boolean): string {
    const keys: MarkerKey[] = ['normal', 'warning', 'reporting', 'dotted'];
    // The moved line's arrowhead only when a line is marked, so a chart without marks is the same bytes as ever.
    if (withMoved) keys.push('moved');
    return keys.map(key => {
        const size = key === 'moved' ? 9 : key === 'reporting' || key === 'dotted' ? 7 : 9;
        const fill = key === 'moved' ? palette.mark : edgeColor(palette, key);
        return `<marker id="revorg-arrow-${key}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="${size}" markerHeight="${size}" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${fill}"/></marker>`;
    }).join('');
}

interface LegendItem {
    kind: 'category' | 'edge' | 'badge' | 'mark';
    key: string;
    text: string;
}

const MARK_LEGEND = { added: 'New', renamed: 'Renamed', moved: 'Moved reporting line' } as const;

function legendItems(diagram: LaidOutDiagram, boxes: readonly LaidOutNode[], groups: readonly LaidOutNode[]): LegendItem[] {
    const categories = new Set<NodeCategory>([...boxes, ...groups].map(node => node.category));
    const styles = new Set(diagram.edges.map(edge => edge.style));
    const items: LegendItem[] = [];
    for (const category of CATEGORY_ORDER) if (categories.has(category)) items.push({ kind: 'category', key: category, text: CATEGORY_NAMES[category] });
    for (const style of ['reporting', 'dotted', 'normal', 'warning'] as const) if (styles.has(style)) items.push({ kind: 'edge', key: style, text: EDGE_STYLE_NAMES[style] });
    const all = [...boxes, ...groups];
    if (all.some(node => node.problems.errors > 0)) items.push({ kind: 'badge', key: 'error', text: 'Errors' });
    if (all.some(node => node.problems.warnings > 0)) items.push({ kind: 'badge', key: 'warning', text: 'Warnings' });
    for (const kind of ['added', 'renamed'] as const) if (all.some(node => node.mark?.kind === kind)) items.push({ kind: 'mark', key: kind, text: MARK_LEGEND[kind] });
    if (diagram.edges.some(edge => edge.mark === 'moved')) items.push({ kind: 'mark', key: 'moved', text: MARK_LEGEND.moved });
    return items;
}

const LEGEND_ROW = 22;

/** Lays the legend items out in rows no wider than `width`; returns the SVG and its height. */
function renderLegend(items: readonly LegendItem[], palette: Palette, x0: number, y0: number, width: number): { svg: string; height: number } {
    if (items.length === 0) return { svg: '', height: 0 };
    const parts = [`<g class="legend"><text x="${n(x0)}" y="${n(y0 + 12)}" font-size="11" font-weight="700" fill="${palette.muted}">Legend</text>`];
    let x = x0 + 56;
    let y = y0;
    for (const item of items) {
        const itemWidth = 26 + textWidth(item.text, 11) + 18;
        if (x + itemWidth > x0 + width && x > x0 + 56) {
            x = x0 + 56;
            y += LEGEND_ROW;
        }
        parts.push(`<g class="legend-item legend-${item.kind}" data-key="${escapeXml(item.key)}">`);
        if (item.kind === 'category') {
            const color = palette.categories[item.key as NodeCategory];
            parts.push(`<rect x="${n(x)}" y="${n(y + 2)}" width="20" height="13" rx="3" fill="${palette.nodeFill}" stroke="${color}" stroke-width="1.5"/><rect x="${n(x)}" y="${n(y + 2)}" width="5" height="13" rx="2" fill="${color}"/>`);
        } else if (item.kind === 'edge') {
            const style = item.key as LaidOutEdge['style'];
            parts.push(`<path d="M${n(x)},${n(y + 8.5)} H${n(x + 20)}" stroke="${edgeColor(palette, style)}" stroke-width="1.6"${dash(style)} marker-end="url(#revorg-arrow-${style})"/>`);
        } else if (item.kind === 'mark' && item.key === 'moved') {
            parts.push(`<path d="M${n(x)},${n(y + 8.5)} H${n(x + 20)}" stroke="${palette.mark}" stroke-width="2.8" marker-end="url(#revorg-arrow-moved)"/>`);
        } else if (item.kind === 'mark') {
            parts.push(`<rect x="${n(x + 1)}" y="${n(y + 2)}" width="18" height="13" rx="4" fill="${palette.nodeFill}" stroke="${palette.mark}" stroke-width="2"${item.key === 'renamed' ? ' stroke-dasharray="4 2"' : ''}/>`);
        } else {
            parts.push(`<rect x="${n(x + 2)}" y="${n(y + 1)}" width="16" height="16" rx="8" fill="${item.key === 'error' ? palette.error : palette.warning}"/>`);
        }
        parts.push(`<text x="${n(x + 26)}" y="${n(y + 13)}" font-size="11" fill="${palette.foreground}">${escapeXml(item.text)}</text></g>`);
        x += itemWidth;
    }
    parts.push('</g>');
    return { svg: parts.join(''), height: y - y0 + LEGEND_ROW };
}

/** Moved lines last, so that no line drawn later covers one where they share a route (a stack's spine). */
function edgesInDrawingOrder(edges: readonly LaidOutEdge[]): readonly LaidOutEdge[] {
    if (!edges.some(edge => edge.mark)) return edges;
    return [...edges.filter(edge => !edge.mark), ...edges.filter(edge => edge.mark)];
}

/** The diagram as a standalone SVG document (UTF-8 text, no XML declaration). */
export function renderSvg(diagram: LaidOutDiagram, options: RenderOptions = {}): string {
    const palette = PALETTES[options.theme ?? 'light'];
    const boxes: LaidOutNode[] = [];
    const groups: LaidOutNode[] = [];
    const visit = (nodes: readonly LaidOutNode[]): void => {
        for (const node of nodes) {
            if (node.kind === 'group') groups.push(node);
            else boxes.push(node);
            if (node.children) visit(node.children);
        }
    };
    visit(diagram.nodes);

    const items = legendItems(diagram, boxes, groups);
    const title = escapeXml(diagram.title);
    const contentWidth = Math.max(diagram.width, textWidth(diagram.title, TITLE_FONT, true), 360);
    const legendTop = MARGIN + TITLE_HEIGHT + diagram.height + 28;
    const legend = renderLegend(items, palette, MARGIN, legendTop, contentWidth);
    const width = Math.ceil(contentWidth + 2 * MARGIN);
    const height = Math.ceil(legendTop + legend.height + MARGIN - (legend.height === 0 ? 28 : 0));

    return [
        `<svg xmlns="http://www.w3.org/2000/svg" class="revorg-diagram revorg-${diagram.view}" data-view="${diagram.view}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(palette.fontFamily)}" role="img" aria-label="${title}">`,
        `<title>${title}</title>`,
        `<defs>${markers(palette, diagram.edges.some(edge => edge.mark === 'moved'))}</defs>`,
        `<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="${palette.background}"/>`,
        `<text class="diagram-title" x="${MARGIN}" y="${MARGIN + 18}" font-size="${TITLE_FONT}" font-weight="700" fill="${palette.foreground}">${title}</text>`,
        `<g class="diagram" transform="translate(${MARGIN},${MARGIN + TITLE_HEIGHT})">`,
        `<g class="groups">${groups.map(group => renderGroupFrame(group, palette)).join('')}</g>`,
        `<g class="edges">${edgesInDrawingOrder(diagram.edges).map(edge => renderEdge(edge, palette)).join('')}</g>`,
        `<g class="group-labels">${groups.map(group => renderGroupLabel(group, palette)).join('')}</g>`,
        `<g class="nodes">${boxes.map(box => renderBox(box, palette)).join('')}</g>`,
        '</g>',
        legend.svg,
        '</svg>',
        '',
    ].join('\n');
}
