/**
 * Which legacy encoding, if any, a text is in — for pasted text and `.txt`/`.csv` files, where no
 * font name tells. Both encodings only use characters up to U+00FF, while Unicode Vietnamese is full
 * of letters above it (ă đ ơ ư ạ ế …); each encoding also has characters a Unicode text never puts
 * inside a word. The decision weighs those counts, so a "©" or a "×" in a Unicode text changes nothing.
 */
import { TCVN3_CHARACTERS } from './tcvn3';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Unicode Vietnamese letters outside Latin-1: a text full of them is already Unicode. */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]/gu;

/** TCVN3 codes that are not letters of Unicode Vietnamese (à á â ã è é … are, so they do not count). */
const TCVN3_ONLY = new Set(
  [...TCVN3_CHARACTERS].filter((ch) => !/[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/u.test(ch)),
);

/**
 * VNI marks where Unicode Vietnamese never has them: a tone byte right after a vowel of the same
 * case (a e o u y, ô=ơ, ö=ư), â after a/e/o, or ñ (đ) before a vowel (not i, u, y, a: TCVN3 writes "ủy" as "ñy"). Same case matters: TCVN3's
 * "Uû" (Uỷ) or "quËn" (quận) would otherwise read as VNI.
 */
const VNI_PATTERN =
  /[aeouyôö][øùûïåäëü]|[AEOUYÔÖ][ÙØÛÏÅÄËÜ]|[aeo]â|[AEO]Â|ñ(?=[eoöô])|Ñ(?=[aeiouyöôAEIOUYÖÔ])|[öÖ](?=[ôÔ])/u;

/** A word as legacy text has it: ASCII letters and the Latin-1 characters both encodings use. */
const WORD = /[A-Za-z\u00A1-\u00FF]+/gu;

/** Counts of words that decide, kept for tests and for the confirm step's explanation. */
export interface LegacyEvidence {
  words: number;
  unicodeLetters: number;
  tcvn3: number;
  vni: number;
}

/**
 * Word by word: a word with a VNI mark counts for VNI (VNI marks are TCVN3 codes too, but TCVN3 has
 * no vowel-then-mark pairs); a word with a TCVN3-only code and an ASCII letter counts for TCVN3
 * (a lone "©" or "×" is a symbol, not a word).
 */
export function legacyEvidence(text: string): LegacyEvidence {
  let words = 0;
  let tcvn3 = 0;
  let vni = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (!/[A-Za-z]/u.test(word)) continue;
    words++;
    if (VNI_PATTERN.test(word)) vni++;
    else if ([...word].some((ch) => TCVN3_ONLY.has(ch))) tcvn3++;
  }
  return { words, unicodeLetters: text.match(UNICODE_VIETNAMESE)?.length ?? 0, tcvn3, vni };
}

/**
 * The legacy encoding of a text, or null when it reads as Unicode (or plain ASCII): legacy words
 * must be at least a fifth of the words (most Vietnamese syllables carry a mark) and outnumber
 * the Unicode Vietnamese letters.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const evidence = legacyEvidence(text);
  const best: LegacyEncoding = evidence.vni > evidence.tcvn3 ? 'vni' : 'tcvn3';
  const score = Math.max(evidence.vni, evidence.tcvn3);
  if (score === 0 || score < evidence.words / 5 || score <= evidence.unicodeLetters) return null;
  return best;
}
