/**
 * The one HTML escaper and the one XML escaper. UTF-8 stays as is: Vietnamese letters are never
 * entity-encoded (docs/nd30-rules.md, "Web HTML").
 */

/** Text between HTML tags. */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A double-quoted HTML attribute value. */
export function escapeHtmlAttribute(value: string): string {
  return escapeHtmlText(value).replace(/"/g, '&quot;');
}

// eslint-disable-next-line no-control-regex -- removing exactly the characters XML 1.0 forbids is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/** Text for an XML element (a Word w:t): NFC, without the control characters XML 1.0 forbids, escaped. */
export function escapeXmlText(text: string): string {
  return text.normalize('NFC').replace(XML_FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
