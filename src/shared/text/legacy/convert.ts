/** One entry point for turning legacy text into Unicode, whichever door it came through. */
import { detectLegacyEncoding, type LegacyEncoding } from './detect';
import { tcvn3ToUnicode } from './tcvn3';
import { vniToUnicode } from './vni';

/** Legacy text → Unicode NFC; `capitals` for TCVN3 text in a `…H` font. */
export function legacyToUnicode(text: string, encoding: LegacyEncoding, options: { capitals?: boolean } = {}): string {
  const unicode = encoding === 'tcvn3' ? tcvn3ToUnicode(text, options) : vniToUnicode(text);
  return unicode.normalize('NFC');
}

/**
 * Bytes of a legacy `.txt`/`.csv` file → the characters Word would show: each byte is its
 * Windows-1252 reading, as the fonts were built on it (bytes 0x80–0x9F that the code page
 * leaves undefined map to themselves).
 */
export function decodeLegacyBytes(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

/**
 * A text file's characters and the legacy encoding they seem to be in (null: Unicode). Valid UTF-8
 * is read as UTF-8 (a legacy text may have been re-saved so); anything else byte by byte. The caller
 * asks the clerk before converting (`legacyToUnicode`): a guess is never applied silently.
 */
export function readTextFile(bytes: Uint8Array): { text: string; legacy: LegacyEncoding | null; utf8: boolean } {
  let text: string;
  let utf8 = true;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    text = decodeLegacyBytes(bytes);
    utf8 = false;
  }
  return { text, legacy: detectLegacyEncoding(text), utf8 };
}
