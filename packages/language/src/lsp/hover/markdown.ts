/**
 * Building Markdown for hovers from model text. Titles and criteria are free text written by
 * users: escaped, a title like `*Top* <b>AE</b>` shows as written instead of as formatting.
 */

// Only what is special inside a line: the text never starts a line, so `#`, `-` or `1.` cannot open
// a heading or a list there.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>~|&]/g;

/** Free text shown literally in Markdown. */
export function escapeMarkdown(text: string): string {
    return text.replace(MARKDOWN_SPECIAL, character => `\\${character}`);
}

/** A name or keyword as inline code. Names are identifiers and keywords never hold a backtick. */
export function code(text: string): string {
    return `\`${text}\``;
}

/** Lists shorter than this are shown in full; longer ones end in "and N more". */
const LIST_LIMIT = 10;

/**
 * Items joined by commas, cut after ten so a team with 500 roles still gives a readable hover
 * (and a cheap one), with `empty` when there are none.
 */
export function list(items: readonly string[], empty = 'none'): string {
    if (items.length === 0) return empty;
    if (items.length <= LIST_LIMIT) return items.join(', ');
    return `${items.slice(0, LIST_LIMIT).join(', ')} and ${items.length - LIST_LIMIT} more`;
}
