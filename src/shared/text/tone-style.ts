/**
 * Where the tone mark sits on oa, oe, uy at the end of a syllable — the one place Vietnamese has two
 * accepted styles: old "hòa, hòe, thủy, Ủy" (the style of Decree 30's own text, our default) and
 * new "hoà, hoè, thuỷ, Uỷ". With a final consonant or vowel (hoàn, thuyền, ngoài, khuỷu) both styles
 * agree, and in qu- the u belongs to the onset (quý, quỳ), so those are never touched. Every change is
 * one character for one character, so positions in a document stay valid.
 */

export const TONE_STYLES = ['old', 'new'] as const;
export type ToneStyle = (typeof TONE_STYLES)[number];

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** A word as far as tone placement cares: letters with their marks. */
const WORD = /[\p{L}\p{M}]+/gu;
/** Onset consonants (no vowel letters), then oa/oe/uy ending the syllable. */
const SYLLABLE = /^([bcdđghklmnprstvxq]*)(o[ae]|uy)$/u;

interface Parsed {
  /** Letters of the word without its tone, lower case, NFC. */
  letters: string[];
  tone: string;
  /** Index of the first vowel of oa/oe/uy. */
  nucleus: number;
}

function parse(word: string): Parsed | null {
  const nfd = word.normalize('NFD');
  const toneMatch = nfd.match(TONE_MARKS);
  if (!toneMatch) return null;
  const base = nfd.replace(TONE_MARKS, '').normalize('NFC').toLocaleLowerCase('vi');
  const match = SYLLABLE.exec(base);
  if (!match || match[1] === 'q') return null;
  const onset = match[1] ?? '';
  if (onset.startsWith('q') || /[aeiouy]/u.test(onset)) return null;
  return { letters: [...base], tone: toneMatch[0], nucleus: onset.length };
}

/** Which style a word is written in, or null when the styles do not differ for it (or it has no tone). */
export function toneStyleOf(word: string): ToneStyle | null {
  const parsed = parse(word);
  if (!parsed) return null;
  const nfd = [...word.normalize('NFC')];
  const carrier = nfd.findIndex((ch) => TONE_MARKS.test(ch.normalize('NFD')));
  if (carrier === parsed.nucleus) return 'old';
  if (carrier === parsed.nucleus + 1) return 'new';
  return null;
}

/** The word in the given style, its case kept letter by letter; unchanged when the styles agree. */
export function applyToneStyle(word: string, style: ToneStyle): string {
  const parsed = parse(word);
  if (!parsed) return word;
  const original = [...word.normalize('NFC')];
  if (original.length !== parsed.letters.length) return word;
  const target = style === 'old' ? parsed.nucleus : parsed.nucleus + 1;
  return original
    .map((ch, index) => {
      const bare = ch.normalize('NFD').replace(TONE_MARKS, '');
      const toned = index === target ? bare + parsed.tone : bare;
      return toned.normalize('NFC');
    })
    .join('');
}

/** Rewrites every affected word of a text into one style (same length in UTF-16 when the input is NFC). */
export function normaliseToneStyle(text: string, style: ToneStyle): string {
  return text.replace(WORD, (word) => applyToneStyle(word, style));
}

/** Every word of a text whose style is `style`, with its offsets (for the check's findings). */
export function wordsInStyle(text: string, style: ToneStyle): { word: string; from: number; to: number }[] {
  const found: { word: string; from: number; to: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    if (toneStyleOf(match[0]) === style) {
      found.push({ word: match[0], from: match.index, to: match.index + match[0].length });
    }
  }
  return found;
}
