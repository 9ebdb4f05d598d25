/**
 * Numbers in words for official documents ("Bằng chữ: …"), read by read-vietnamese-number (MIT):
 * "1.001" → "Một nghìn không trăm lẻ một đồng". Vietnamese writes "." between thousands and ","
 * before decimals.
 */
import type { Editor } from '@tiptap/core';
import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';

// The library's own signs (",", ".") are kept: changing them makes it read every number as zero
// (2.3.1), so the Vietnamese separators are rewritten before reading.
const config = new ReadingConfig();
config.unit = ['đồng'];

/** The amount in words, capitalised, or null when the text is not a number. */
export function amountInWords(text: string): string | null {
  const number = text.trim();
  if (!/^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/u.test(number)) return null;
  try {
    const words = doReadNumber(number.replace(/\./gu, '').replace(',', '.'), config);
    return words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
  } catch {
    return null;
  }
}

/** Quick insert: after the selected number, " (Bằng chữ: … đồng)"; false when the selection is not a number. */
export function insertAmountInWords(editor: Editor): boolean {
  const { from, to } = editor.state.selection;
  const words = amountInWords(editor.state.doc.textBetween(from, to));
  if (!words) return false;
  editor.chain().focus().insertContentAt(to, ` (Bằng chữ: ${words})`).run();
  return true;
}
