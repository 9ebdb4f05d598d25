/**
 * Căn cứ lines (ô 6, ND30 PL I §II.6): one per line, each ending ";" and the last ".", whatever
 * punctuation the clerk typed at the end (";", ".", ",", ":" or none) and however many blank lines.
 */

/** Trailing punctuation a clerk types at the end of a line; it is replaced by the rule's own. */
const TRAILING_PUNCTUATION = /[\s;.,:]+$/u;
/** A leading list mark typed by hand ("- ", "– ", "• ", "+ "). */
const LEADING_MARK = /^[-–—•+*]\s*/u;

export function cleanFrameLine(line: string): string {
  return line.normalize('NFC').trim().replace(LEADING_MARK, '').replace(TRAILING_PUNCTUATION, '').trim();
}

export function legalBasisLines(bases: readonly string[]): string[] {
  const items = bases.map((basis) => basis.normalize('NFC').trim().replace(TRAILING_PUNCTUATION, '').trim()).filter(Boolean);
  return items.map((item, index) => `${item}${index === items.length - 1 ? '.' : ';'}`);
}
