/**
 * Column widths chosen by content, for every table of the Word export (editor tables, attendee
 * lists, pledge parties and commitments): no word and no number ever breaks inside a cell, STT and
 * number columns stay narrow, text columns share the rest by how much text they hold (the automatic
 * layout of HTML/Word tables, computed here so the fixed layout prints the same in Word and
 * LibreOffice). Widths come from the Times advance widths of text-width.ts.
 */
import { estimateTextWidthTwips } from './text-width';

/** Twips a column needs: its longest unbreakable piece (min) and its longest paragraph on one line (max). */
export interface ColumnMeasure {
  minTwips: number;
  maxTwips: number;
  /** Every body cell holds a number, a date or a phone number: the column stays at its content width. */
  numeric: boolean;
}

/** Left + right cell margin of body tables (tables.ts). */
export const CELL_PADDING_TWIPS = 160;
/** Estimates of the advance widths may be a little short (kerning, bold marks): room so a word never breaks. */
const SAFETY = 1.06;
const SAFETY_TWIPS = 40;

/** A number, amount, percentage, date or phone number (Decree 30 tables centre these). */
export const NUMERIC_CELL = /^[\s\d.,:;%/+()≥≤<>=-]*\d[\s\d.,:;%/+()≥≤<>=-]*$/u;

/**
 * Digits separated by spaces ("0912 345 678", "125 500 000") must not wrap: the spaces become
 * no-break spaces in the printed text and the group is measured as one piece.
 */
export function keepDigitGroups(text: string): string {
  return text.replace(/(\d) (?=\d)/gu, '$1\u00a0');
}

/** Unbreakable pieces of a line: Word breaks at spaces and after hyphens (not at no-break spaces). */
function pieces(text: string): string[] {
  return keepDigitGroups(text)
    .split(/[ \t\n]+/u)
    .flatMap((word) => word.split(/(?<=[-–])/u))
    .filter(Boolean);
}

export function measureText(paragraphs: readonly string[], sizeHalfPt: number, bold: boolean): { minTwips: number; maxTwips: number } {
  let minTwips = 0;
  let maxTwips = 0;
  for (const paragraph of paragraphs) {
    for (const piece of pieces(paragraph)) minTwips = Math.max(minTwips, estimateTextWidthTwips(piece, sizeHalfPt, bold));
    maxTwips = Math.max(maxTwips, estimateTextWidthTwips(keepDigitGroups(paragraph.trim()), sizeHalfPt, bold));
  }
  const pad = (twips: number) => Math.ceil(twips * SAFETY) + SAFETY_TWIPS + CELL_PADDING_TWIPS;
  return { minTwips: pad(minTwips), maxTwips: pad(maxTwips) };
}

/** Column measures from the header texts and the body cells' texts (each cell a list of paragraphs). */
export function measureColumns(headers: ReadonlyArray<readonly string[]>, body: ReadonlyArray<ReadonlyArray<readonly string[] | undefined>>, sizeHalfPt: number): ColumnMeasure[] {
  return headers.map((header, column) => {
    const head = measureText(header, sizeHalfPt, true);
    let minTwips = head.minTwips;
    let maxTwips = head.maxTwips;
    let numeric = true;
    let filled = 0;
    for (const row of body) {
      const cell = row[column];
      if (!cell) continue;
      const measured = measureText(cell, sizeHalfPt, false);
      minTwips = Math.max(minTwips, measured.minTwips);
      maxTwips = Math.max(maxTwips, measured.maxTwips);
      const text = cell.join(' ').trim();
      if (text) {
        filled++;
        if (!NUMERIC_CELL.test(text)) numeric = false;
      }
    }
    return { minTwips, maxTwips: Math.max(maxTwips, minTwips), numeric: numeric && filled > 0 };
  });
}

/** The narrowest the table can be without breaking a word. */
export function minimumWidth(measures: readonly ColumnMeasure[]): number {
  return measures.reduce((sum, measure) => sum + measure.minTwips, 0);
}

/**
 * Widths filling `availableTwips`. Every column gets its minimum; what is left goes to the columns
 * that hold more text, in proportion to the text they would still wrap (the numeric columns need
 * nothing once their numbers fit). When even the minima do not fit, they are scaled down (the
 * caller turns the page landscape before that happens whenever it can).
 */
export function fitColumnWidths(measures: readonly ColumnMeasure[], availableTwips: number): number[] {
  if (measures.length === 0) return [];
  const minimum = minimumWidth(measures);
  let widths: number[];
  if (minimum >= availableTwips) {
    widths = measures.map((measure) => Math.floor((measure.minTwips / minimum) * availableTwips));
  } else {
    const spare = availableTwips - minimum;
    const wants = measures.map((measure) => Math.max(0, measure.maxTwips - measure.minTwips));
    const wanted = wants.reduce((sum, want) => sum + want, 0);
    if (wanted >= spare) {
      // Short columns (names, dates, notes) are set on one line when they take no more than a fair
      // share of what is left; the long text columns then share the rest by what they would wrap.
      const settled = new Map<number, number>();
      let space = availableTwips;
      for (let changed = true; changed; ) {
        changed = false;
        const open = measures.map((_, index) => index).filter((index) => !settled.has(index));
        const openMinimum = open.reduce((sum, index) => sum + (measures[index]?.minTwips ?? 0), 0);
        const fair = space / Math.max(1, open.length);
        for (const index of open) {
          const max = measures[index]?.maxTwips ?? 0;
          // A little over the fair share still goes on one line: a name broken in two reads worse than a longer title wrapping once more.
          if (max <= fair * 1.25 && open.length > 1 && space - max >= openMinimum - (measures[index]?.minTwips ?? 0)) {
            settled.set(index, max);
            space -= max;
            changed = true;
            break;
          }
        }
      }
      const open = measures.map((_, index) => index).filter((index) => !settled.has(index));
      const openSpare = space - open.reduce((sum, index) => sum + (measures[index]?.minTwips ?? 0), 0);
      const openWanted = open.reduce((sum, index) => sum + (wants[index] ?? 0), 0);
      widths = measures.map((measure, index) => settled.get(index) ?? measure.minTwips + (openWanted > 0 ? Math.floor(((wants[index] ?? 0) / openWanted) * openSpare) : 0));
    } else {
      // Everything fits on one line: the text columns share the extra room by their content width.
      const extra = spare - wanted;
      const textColumns = measures.filter((measure) => !measure.numeric);
      const shareBase = (textColumns.length ? textColumns : measures).reduce((sum, measure) => sum + measure.maxTwips, 0);
      widths = measures.map((measure) => measure.maxTwips + (textColumns.length === 0 || !measure.numeric ? Math.floor((measure.maxTwips / shareBase) * extra) : 0));
    }
  }
  const rest = availableTwips - widths.reduce((sum, width) => sum + width, 0);
  // Rounding leftovers go to the widest column, where they change the least.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + rest;
  return widths;
}
