/**
 * Text from the model in the HTML report: `&<>"'` escaped, so it is text in an element and in a
 * quoted attribute alike, and the characters HTML and XML do not allow dropped.
 */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
    return text.replace(INVALID, '').replace(/[&<>"']/g, char => ENTITIES[char]);
}

/**
 * Text with `code` spans (the report's sentences quote properties and values in backticks): escaped,
 * then each backticked part set as <code>.
 */
export function richText(text: string): string {
    return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}
