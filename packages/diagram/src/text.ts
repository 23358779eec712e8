/**
 * Text metrics without a browser: the layout needs box sizes before anything is drawn, and the
 * renderer must shorten text to the same widths, so both estimate with these functions.
 *
 * Widths are per-character averages of common UI sans-serif fonts (Segoe UI, system-ui, Helvetica)
 * at the given size (see textWidth): narrow letters (i, l, punctuation) and wide ones (m, w, capitals) are told
 * apart, which keeps the estimate within a few percent for titles like "Account Executive".
 */

export const TITLE_FONT_SIZE = 13;
export const SUBTITLE_FONT_SIZE = 11;
export const LABEL_FONT_SIZE = 11;
export const GROUP_FONT_SIZE = 12;
export const LINE_HEIGHT = 1.3;

const NARROW = new Set("iljtfrI.,:;'!|()[]{} ");
const WIDE = new Set('mwMW@%');

/**
 * The estimated width of `text` at `fontSize` px (bold about 12% wider). Calibrated against
 * DejaVu Sans, the widest of the usual fallbacks (measured in Chromium): on Segoe UI or SF the
 * boxes come out a little roomy rather than text overflowing.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
    let units = 0;
    for (const char of text) {
        if (NARROW.has(char)) units += 0.32;
        else if (WIDE.has(char)) units += 0.86;
        else if (char >= 'A' && char <= 'Z') units += 0.66;
        else if (char >= '0' && char <= '9') units += 0.64;
        else if (char.charCodeAt(0) > 0x2e7f) units += 1; // CJK and other full-width text
        else units += 0.59;
    }
    return units * fontSize * (bold ? 1.12 : 1);
}

/** `text`, cut with an ellipsis so that it fits `maxWidth` (unchanged when it already fits). */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
    if (textWidth(text, fontSize, bold) <= maxWidth) return text;
    const chars = [...text];
    let low = 0;
    let high = chars.length;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (textWidth(chars.slice(0, middle).join('') + '…', fontSize, bold) <= maxWidth) low = middle;
        else high = middle - 1;
    }
    return chars.slice(0, low).join('').trimEnd() + '…';
}
