/** Escaping for text and double-quoted attribute values; UTF-8 stays as is (nd30-format.md §14: not entity-encoded). */

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}
