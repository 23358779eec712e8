/**
 * Text from the model made safe to put into Mermaid and Markdown: whatever a title says, the
 * diagram shows that text, and nothing in it is read as syntax, markup or configuration.
 */

/**
 * Mermaid's entity codes for the characters that would otherwise change what a quoted label
 * means (each checked with Mermaid's own parser and renderer, test/browser/run-mermaid.mjs):
 * `"` ends the label; `#` would let `#quot;` in a title turn into a quote; `&` would let `&lt;`
 * turn into `<`; `<` and `>` would be read as HTML (a title `<b>x</b>` drawn bold); a backtick at
 * either end makes the label a Markdown string; `%` would let `%%{init: ...}%%` be read as a
 * configuration directive, wherever it stands in the text. Brackets, braces, pipes and `;` are
 * plain text inside quotes.
 */
const ENTITIES: Readonly<Record<string, string>> = {
    '"': '#quot;',
    '#': '#35;',
    '&': '#amp;',
    '<': '#lt;',
    '>': '#gt;',
    '`': '#96;',
    '%': '#37;',
};

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/;

/** Control characters (a tab, an escape) would not show in a label: each becomes a space. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function escapeLine(line: string): string {
    return line.replace(CONTROL, ' ').replace(/["#&<>`%]/g, char => ENTITIES[char]);
}

/**
 * A quoted Mermaid label of the lines (`"VP Sales<br>vp-sales · ×3"`). A line break inside a
 * line (a title written over two lines) starts a new line of the label too; `<br>` is the only
 * markup in the result, and it is revorg's own.
 */
export function mermaidLabel(lines: readonly string[]): string {
    return `"${lines.flatMap(line => line.split(LINE_BREAK)).map(escapeLine).join('<br>')}"`;
}

/**
 * Text for a line of Markdown (a heading): every ASCII punctuation character is backslash-escaped,
 * which CommonMark defines as that character as it is, so a title cannot become a link, an
 * image, emphasis or HTML; line breaks become spaces so the text stays on its line.
 */
export function markdownText(text: string): string {
    return text.split(LINE_BREAK).join(' ').replace(CONTROL, ' ').replace(/[!-/:-@[-`{-~]/g, char => `\\${char}`);
}
