/**
 * Unknown syllables in a text: what the editor underlines and the check reports. Acronyms (MTTQ,
 * HĐND), words with digits, and capitalised foreign names (plain ASCII) are not Vietnamese
 * syllables and are left alone; units and a few loanwords every office writes are known.
 */
import { isVietnameseSyllable } from './syllables';

/** A word as the checker sees it: letters and their combining marks (NFD input is read the same). */
const WORD = /[\p{L}\p{M}]+/gu;

/** Units and loanwords that are not syllables but are written in official text. */
const KNOWN = new Set(
  'km kg cm mm ml m g l ha đ vnđ usd online video email website internet zalo facebook covid wifi fax pdf word excel'.split(' '),
);

export interface UnknownWord {
  word: string;
  index: number;
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toLocaleUpperCase('vi') && word !== word.toLocaleLowerCase('vi');
}

/** Whether the checker should leave a word alone although it is not a syllable. */
function exempt(word: string, userWords: ReadonlySet<string>): boolean {
  const lower = word.toLocaleLowerCase('vi');
  if (KNOWN.has(lower) || userWords.has(lower)) return true;
  if (isAcronym(word)) return true;
  const capitalised = word.charAt(0) !== word.charAt(0).toLocaleLowerCase('vi');
  // A capitalised word in plain ASCII is a name (Facebook, Paris); mixed case (iPhone) too.
  if (capitalised && /^[A-Za-z]+$/u.test(word)) return true;
  return /[a-z][A-Z]/u.test(word);
}

/** The words of a text that are not Vietnamese syllables (offsets in the text as given). */
export function unknownWords(text: string, userWords: ReadonlySet<string> = new Set()): UnknownWord[] {
  const found: UnknownWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    // A word glued to digits ("2024a", "m2") is a code or unit, not a syllable.
    const before = text.charAt(match.index - 1);
    const after = text.charAt(match.index + word.length);
    if (/\d/u.test(before) || /\d/u.test(after)) continue;
    const nfc = word.normalize('NFC');
    // A lone letter is a list label ("b)"), an initial or a variable, never a slip worth a mark.
    if ([...nfc].length === 1) continue;
    if (isVietnameseSyllable(nfc) || exempt(nfc, userWords)) continue;
    found.push({ word, index: match.index });
  }
  return found;
}
