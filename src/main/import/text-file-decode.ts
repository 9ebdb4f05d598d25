/**
 * The characters of an imported .csv or .txt, whatever Vietnamese Windows saved it in: UTF-8 (with
 * or without BOM), UTF-16 (Excel's "Unicode Text": by BOM, or by the zero bytes ASCII leaves),
 * text typed in the legacy TCVN3 (ABC) or VNI fonts (converted with shared/text/legacy and
 * announced, so the clerk checks the preview), and old "CSV (Comma delimited)" in Windows-1258.
 * Never bytes read as whatever code page happens to accept them.
 */
import { AppError } from '../../shared/errors/app-error';
import { decodeLegacyBytes, detectLegacyEncoding, legacyToUnicode, type LegacyEncoding } from '../../shared/text/legacy';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | LegacyEncoding;

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** A Vietnamese sentence for the clerk when the text was converted from a legacy encoding. */
  notice: string | null;
}

const LEGACY_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC, phông .Vn…)', vni: 'VNI (phông VNI-…)' };

/** UTF-16 without a BOM: ASCII characters leave a zero in every other byte. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) zeroEven++;
    if (bytes[index + 1] === 0) zeroOdd++;
  }
  const pairs = sample / 2;
  if (zeroOdd > pairs * 0.2 && zeroEven < pairs * 0.02) return 'utf-16le';
  if (zeroEven > pairs * 0.2 && zeroOdd < pairs * 0.02) return 'utf-16be';
  return null;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (cause) {
    throw new AppError('invalid_input', `Tệp "${label}" có dạng Unicode UTF-16 nhưng bị hỏng (cắt dở hoặc lẫn dữ liệu khác); hãy lưu lại dạng "CSV UTF-8".`, { cause });
  }
}

/** Tab, line breaks, printable ASCII, Latin-1 to ư, combining tone marks, Vietnamese letters, punctuation, ₫, BOM. */
const VIETNAMESE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x09, 0x0a], [0x0d, 0x0d], [0x20, 0x7e], [0xa0, 0x1b0], [0x300, 0x36f], [0x1ea0, 0x1ef9], [0x2000, 0x206f], [0x20ab, 0x20ab], [0xfeff, 0xfeff],
];

function isVietnameseText(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!VIETNAMESE_RANGES.some(([low, high]) => code >= low && code <= high)) return false;
  }
  return true;
}

function utf16OrNull(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function legacyOrNull(text: string, label: string): DecodedText | null {
  const legacy = detectLegacyEncoding(text);
  if (!legacy) return null;
  return {
    text: legacyToUnicode(text, legacy),
    encoding: legacy,
    notice: `Tệp "${label}" được gõ bằng bảng mã cũ ${LEGACY_NAMES[legacy]}; Thư ký đã chuyển sang Unicode, hãy xem lại các tên trước khi lưu.`,
  };
}

/**
 * Windows-1258 writes most tones as combining marks after the vowel, and never puts the Latin-1
 * symbols (¨ © ª « ¬ µ ¸ …) inside a word — exactly where TCVN3 keeps its lower-case letters.
 */
function looksLikeWindows1258(text: string): boolean {
  return /[aeiouyâêôăơưAEIOUYÂÊÔĂƠƯ][\u0300\u0301\u0303\u0309\u0323]/u.test(text) && !/[A-Za-z\u00C0-\u1EF9][\u00A1-\u00BF]|[\u00A1-\u00BF][A-Za-z]/u.test(text);
}

export function decodeTextFile(bytes: Uint8Array, label: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes, 'utf-16le', label), encoding: 'utf-16le', notice: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes, 'utf-16be', label), encoding: 'utf-16be', notice: null };
  const wide = utf16Without(bytes);
  if (wide) {
    const text = utf16OrNull(bytes, wide);
    // Without a BOM, only text made of Vietnamese letters, marks and punctuation counts as UTF-16;
    // binary data with zeros or control characters is left for the caller to refuse as binary.
    if (text !== null && isVietnameseText(text)) return { text, encoding: wide, notice: null };
  }
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Not UTF-8: a legacy font's bytes, or Windows-1258.
  }
  // Legacy text re-saved as UTF-8 keeps its legacy characters, so it is checked in both cases.
  if (utf8 !== null) return legacyOrNull(utf8, label) ?? { text: utf8, encoding: 'utf-8', notice: null };
  const windows1258 = new TextDecoder('windows-1258').decode(bytes);
  if (looksLikeWindows1258(windows1258)) return { text: windows1258, encoding: 'windows-1258', notice: null };
  return legacyOrNull(decodeLegacyBytes(bytes), label) ?? { text: windows1258, encoding: 'windows-1258', notice: null };
}
