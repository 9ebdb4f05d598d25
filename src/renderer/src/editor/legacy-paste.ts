/** Pasted plain text typed in TCVN3 or VNI: converted to Unicode once the clerk says yes. */
import { detectLegacyEncoding, legacyToUnicode, type LegacyEncoding } from '../../../shared/text/legacy';

const NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

/** `question` holds "{name}" for the encoding's name. The browser's confirm is the one blocking dialog a paste can wait for. */
/** The confirm step itself: true when the clerk wants the text converted. */
export function confirmLegacyConversion(encoding: LegacyEncoding, question: string): boolean {
  return window.confirm(question.replace('{name}', NAMES[encoding]));
}

export function confirmLegacyPaste(text: string, question: string): string {
  const encoding = detectLegacyEncoding(text);
  if (!encoding) return text;
  return confirmLegacyConversion(encoding, question) ? legacyToUnicode(text, encoding) : text;
}
