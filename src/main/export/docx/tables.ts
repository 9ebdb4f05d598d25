/**
 * Tables from the editor: fixed column widths (the editor's colwidth in px, scaled to the text width),
 * merged cells (colspan/rowspan), a header row repeated on every page (w:tblHeader) and rows that never
 * split across pages (w:cantSplit). NĐ 30 sets no cell size; 13 pt single-spaced with no first-line
 * indent follows nd30-format.md §10.3 [INFER]. A table with more than 5 columns, or wider than the
 * portrait text, goes on a landscape page of its own (ND30 PL I §I.2 allows landscape for tables).
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { BodyNode } from '../../../shared/document/body';
import { alignmentOf } from './body-paragraphs';
import type { DocxContext } from './context';
import { inlineRuns } from './inline';

/** 96 px per inch, 1440 twips per inch. */
const TWIPS_PER_PX = 15;
/** nd30-format.md §10.3: landscape when more than 5 columns. */
export const MAX_PORTRAIT_COLUMNS = 5;
const CELL_MARGIN_TWIPS = 80;
const CELL_SPACING_TWIPS = 40;

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
export const TABLE_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

export interface TableShape {
  columnCount: number;
  /** Widths in px from the editor, null where the user never resized the column. */
  columnWidthsPx: Array<number | null>;
}

function spanOf(cell: BodyNode, name: 'colspan' | 'rowspan'): number {
  const value = Number(cell.attrs?.[name] ?? 1);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/** Column count and editor widths, reading rows with their rowspans so covered slots count. */
export function tableShape(table: BodyNode): TableShape {
  const rows = table.content ?? [];
  const pending: number[] = []; // rows still covered per column by a rowspan from above
  let columnCount = 0;
  const widths: Array<number | null> = [];
  for (const row of rows) {
    let column = 0;
    for (const cell of row.content ?? []) {
      while ((pending[column] ?? 0) > 0) column++;
      const colspan = spanOf(cell, 'colspan');
      const rowspan = spanOf(cell, 'rowspan');
      const colwidth = Array.isArray(cell.attrs?.['colwidth']) ? (cell.attrs['colwidth'] as number[]) : [];
      for (let offset = 0; offset < colspan; offset++) {
        const width = colwidth[offset];
        if (widths[column + offset] == null && typeof width === 'number' && width > 0) widths[column + offset] = width;
        if (rowspan > 1) pending[column + offset] = rowspan;
      }
      column += colspan;
    }
    columnCount = Math.max(columnCount, column, pending.length);
    for (let index = 0; index < pending.length; index++) if ((pending[index] ?? 0) > 0) pending[index] = (pending[index] ?? 0) - 1;
  }
  return { columnCount, columnWidthsPx: Array.from({ length: columnCount }, (_, index) => widths[index] ?? null) };
}

export function isWideTable(shape: TableShape, ctx: DocxContext): boolean {
  if (shape.columnCount > MAX_PORTRAIT_COLUMNS) return true;
  const knownTwips = shape.columnWidthsPx.reduce<number>((sum, px) => sum + (px ?? 0) * TWIPS_PER_PX, 0);
  return knownTwips > ctx.geometry.textWidthTwips;
}

/** Fixed widths in twips that fill `availableTwips`, keeping the editor's proportions. */
export function columnWidthsTwips(shape: TableShape, availableTwips: number): number[] {
  const { columnCount, columnWidthsPx } = shape;
  if (columnCount === 0) return [];
  const known = columnWidthsPx.filter((px): px is number => px !== null);
  const knownSum = known.reduce((sum, px) => sum + px, 0);
  const unknownCount = columnCount - known.length;
  // Columns the user never resized share what a resized average column would get.
  const fallbackPx = known.length ? knownSum / known.length : 100;
  const px = columnWidthsPx.map((width) => width ?? fallbackPx);
  const totalPx = knownSum + unknownCount * fallbackPx;
  const widths = px.map((width) => Math.floor((width / totalPx) * availableTwips));
  const rest = availableTwips - widths.reduce((sum, width) => sum + width, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

function cellParagraphs(cell: BodyNode, ctx: DocxContext, header: boolean): Paragraph[] {
  const blocks = cell.content?.length ? cell.content : [{ type: 'paragraph' as const }];
  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    const inline = block.type === 'paragraph' || block.type === 'heading' ? block.content : [{ type: 'text' as const, text: blockText(block) }];
    const explicit = block.attrs?.['textAlign'];
    paragraphs.push(
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : typeof explicit === 'string' ? alignmentOf(block) : AlignmentType.LEFT,
        indent: { firstLine: 0 },
        spacing: { before: CELL_SPACING_TWIPS, after: CELL_SPACING_TWIPS, line: 240, lineRule: LineRuleType.AUTO },
        children: inlineRuns(inline, { sizeHalfPt: ctx.sizes.tableCell, bold: header }),
      }),
    );
  }
  return paragraphs;
}

function blockText(node: BodyNode): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(blockText).join(node.type === 'paragraph' ? '' : ' ');
}

export function bodyTable(table: BodyNode, ctx: DocxContext, availableTwips: number): Table {
  const shape = tableShape(table);
  const widths = columnWidthsTwips(shape, availableTwips);
  const rows = table.content ?? [];
  // Leading rows made only of header cells repeat on each page.
  let headerRows = 0;
  while (headerRows < rows.length && (rows[headerRows]?.content ?? []).every((cell) => cell.type === 'tableHeader') && (rows[headerRows]?.content?.length ?? 0) > 0) headerRows++;
  const pending: number[] = [];
  const tableRows = rows.map((row, rowIndex) => {
    let column = 0;
    const cells = (row.content ?? []).map((cell) => {
      while ((pending[column] ?? 0) > 0) column++;
      const colspan = spanOf(cell, 'colspan');
      const rowspan = spanOf(cell, 'rowspan');
      const width = widths.slice(column, column + colspan).reduce((sum, value) => sum + value, 0);
      if (rowspan > 1) for (let offset = 0; offset < colspan; offset++) pending[column + offset] = rowspan;
      column += colspan;
      return new TableCell({
        children: cellParagraphs(cell, ctx, cell.type === 'tableHeader'),
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        ...(colspan > 1 ? { columnSpan: colspan } : {}),
        ...(rowspan > 1 ? { rowSpan: rowspan } : {}),
      });
    });
    for (let index = 0; index < pending.length; index++) if ((pending[index] ?? 0) > 0) pending[index] = (pending[index] ?? 0) - 1;
    return new TableRow({ children: cells, cantSplit: true, ...(rowIndex < headerRows ? { tableHeader: true } : {}) });
  });
  return new Table({
    rows: tableRows,
    columnWidths: widths,
    width: { size: widths.reduce((sum, value) => sum + value, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: { left: CELL_MARGIN_TWIPS, right: CELL_MARGIN_TWIPS, top: 0, bottom: 0 },
  });
}
