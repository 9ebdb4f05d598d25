/**
 * Suggestions for a word that is not a syllable: every syllable one edit away (a letter dropped,
 * added, changed or two swapped, the tone moved or changed), closest kind of edit first — a misplaced
 * or changed tone before a changed letter, as that is the commonest slip of Telex/VNI typing.
 */
import { vietnameseSyllables } from './syllables';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const BASE_LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

function stripTone(word: string): { base: string; tone: string } {
  const nfd = word.normalize('NFD');
  const tone = nfd.match(TONE_MARKS)?.[0] ?? '';
  return { base: nfd.replace(TONE_MARKS, '').normalize('NFC'), tone };
}

/** The base with a tone placed on each letter in turn (the generator knows where it may go). */
function toned(base: string, tone: string): string[] {
  if (!tone) return [base];
  const letters = [...base];
  return letters.map((_, index) => letters.map((ch, i) => (i === index ? ch + tone : ch)).join('').normalize('NFC'));
}

function baseEdits(base: string): Set<string> {
  const letters = [...base];
  const out = new Set<string>();
  for (let i = 0; i <= letters.length; i++) {
    const head = letters.slice(0, i).join('');
    const tail = letters.slice(i).join('');
    const rest = letters.slice(i + 1).join('');
    if (i < letters.length) out.add(head + rest);
    if (i < letters.length - 1) out.add(head + (letters[i + 1] ?? '') + (letters[i] ?? '') + letters.slice(i + 2).join(''));
    for (const letter of BASE_LETTERS) {
      out.add(head + letter + tail);
      if (i < letters.length) out.add(head + letter + rest);
    }
  }
  return out;
}

/** Up to `limit` syllables close to `word` (lower case, NFC), keeping the word's first-letter case. */
export function suggestSyllables(word: string, limit = 5): string[] {
  const syllables = vietnameseSyllables();
  const lower = word.normalize('NFC').toLocaleLowerCase('vi');
  const { base, tone } = stripTone(lower);
  const found: string[] = [];
  const add = (candidate: string) => {
    if (candidate !== lower && syllables.has(candidate) && !found.includes(candidate)) found.push(candidate);
  };
  // 1. same letters, tone elsewhere or another tone
  for (const t of [tone, ...TONES]) for (const candidate of toned(base, t)) add(candidate);
  // 2. one letter edit, same tone (then without it)
  for (const edit of baseEdits(base)) for (const candidate of toned(edit, tone)) add(candidate);
  if (found.length < limit) for (const edit of baseEdits(base)) add(edit);
  const capital = word.charAt(0) !== word.charAt(0).toLocaleLowerCase('vi');
  const allCaps = word.length > 1 && word === word.toLocaleUpperCase('vi');
  return found.slice(0, limit).map((s) => (allCaps ? s.toLocaleUpperCase('vi') : capital ? s.charAt(0).toLocaleUpperCase('vi') + s.slice(1) : s));
}
