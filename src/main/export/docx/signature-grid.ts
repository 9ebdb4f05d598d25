/**
 * Multi-party signature grid for giao ước thi đua and chương trình phối hợp (docs/nd30-rules.md §9.5,
 * after the two-column Biên bản of ND30 PL III Mẫu 1.9): a borderless grid, 2 columns for up to 6
 * parties and 3 from 7; the host (first party) top-right, the others left to right, top to bottom;
 * an odd last row padded with empty cells; rows never split (cantSplit) and lines keep together, the
 * first row keeps with the end of the body, later rows may go on to the next page. Nơi nhận, when
 * there is one, is the grid's last row, on the left, kept on the page of the last signatures.
 * Cells have a gutter so that neighbouring "TM. …" lines never run into one another.
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import { signerHeadingLines } from '../../../shared/document/signer';
import type { Frame } from '../../../shared/document/frame';
import { closingWidths, recipientParagraphs, signerOf, signerParagraphs } from './closing-block';
import type { DocxContext } from './context';
import { frameCell, frameLine, frameTable } from './frame-table';
import { gridColumnCount, gridLayout } from '../../../shared/pledge/signature-layout';
import { estimateTextWidthTwips } from './text-width';

export interface SignatureParty {
  /** "TM. BAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM PHƯỜNG A": one or more upper-case lines. */
  authorityLine: string;
  /** Chức vụ, e.g. "CHỦ TỊCH". */
  title: string;
  name: string;
}

/** The parties of a pledge/programme when none are given: the frame's signer alone, as host. */
export function partiesFromSigner(frame: Frame, ctx: DocxContext): SignatureParty[] {
  const signer = signerOf(frame, ctx);
  const [authorityLine = '', title = ''] = signerHeadingLines(signer);
  if (!authorityLine && !title && !signer.name.trim()) return [];
  return [{ authorityLine, title, name: signer.name }];
}

/** Lines the upper-case bold heading takes in a cell `widthTwips` wide (greedy word wrap, Times metrics). */
export function printedLines(lines: readonly string[], widthTwips: number, sizeHalfPt: number): number {
  let count = 0;
  for (const line of lines.flatMap((text) => text.split('\n'))) {
    const words = line.trim().toLocaleUpperCase('vi').split(/\s+/u).filter(Boolean);
    if (words.length === 0) continue;
    const space = estimateTextWidthTwips(' ', sizeHalfPt, true);
    let used = 0;
    count++;
    for (const word of words) {
      const width = estimateTextWidthTwips(word, sizeHalfPt, true);
      if (used > 0 && used + space + width > widthTwips) {
        count++;
        used = width;
      } else used += (used > 0 ? space : 0) + width;
    }
  }
  return count;
}

/** 3 mm each side of a cell: 6 mm between neighbouring signature blocks. */
export const GRID_GUTTER_TWIPS = 170;

/** Equal column widths filling the text width. */
export function gridColumnWidths(columns: number, width: number): number[] {
  return Array.from({ length: columns }, (_, index) => (index < columns - 1 ? Math.floor(width / columns) : width - Math.floor(width / columns) * (columns - 1)));
}

export function signatureGrid(parties: readonly SignatureParty[], ctx: DocxContext, recipients: readonly Paragraph[] = []): Table | undefined {
  const layout = gridLayout(parties.length);
  if (layout.length === 0) return undefined;
  const columns = gridColumnCount(parties.length);
  const columnWidths = gridColumnWidths(columns, ctx.geometry.textWidthTwips);
  const gutter = { sideMarginTwips: GRID_GUTTER_TWIPS };
  const rows = layout.map((row, rowIndex) => {
    // Names of one row on one line: shorter headings get empty lines to match the longest.
    const headingLines = row.map((index, column) => {
      const party = index === null ? undefined : parties[index];
      return party ? printedLines([party.authorityLine, party.title], (columnWidths[column] ?? 0) - 2 * GRID_GUTTER_TWIPS, ctx.sizes.signer) : 0;
    });
    const rowLines = Math.max(...headingLines);
    return row.map((index, column) => {
      const party = index === null ? undefined : parties[index];
      const cellWidth = columnWidths[column] ?? 0;
      if (!party) return frameCell([], cellWidth, gutter);
      // The last row keeps with Nơi nhận under it.
      const keepName = recipients.length > 0 && rowIndex === layout.length - 1;
      const padding = Array.from({ length: rowLines - (headingLines[column] ?? 0) }, () => '');
      const paragraphs: Paragraph[] = signerParagraphs([party.authorityLine, party.title], party.name, ctx, keepName, padding.length);
      // Room between rows so the next authority lines do not touch the names above.
      if (rowIndex > 0) paragraphs.unshift(frameLine([], AlignmentType.CENTER, 0, 0, keepName));
      return frameCell(paragraphs, cellWidth, gutter);
    });
  });
  if (recipients.length) {
    const [left] = closingWidths(ctx);
    // Nơi nhận takes the left part of the width, as in the two-column closing; the rest stays empty.
    const spanned = Math.max(1, columns - 1);
    const spannedWidth = columnWidths.slice(0, spanned).reduce((sum, width) => sum + width, 0);
    const cells = [frameCell([frameLine([], AlignmentType.LEFT), ...recipients], Math.max(left, spannedWidth), { columnSpan: spanned })];
    if (spanned < columns) cells.push(frameCell([], columnWidths.slice(spanned).reduce((sum, width) => sum + width, 0), { columnSpan: columns - spanned }));
    rows.push(cells);
  }
  return frameTable(rows, columnWidths);
}

export function signatureGridBlock(frame: Frame, parties: readonly SignatureParty[], ctx: DocxContext): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [frameLine([], AlignmentType.LEFT, 0, 0, true)];
  const grid = signatureGrid(parties, ctx, recipientParagraphs(frame, ctx));
  if (grid) out.push(grid);
  return out;
}
