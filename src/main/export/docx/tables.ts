/**
 * Tables from the editor (and the list and pledge tables, built as editor tables): fixed column widths
 * chosen by content (table-widths.ts: no word or number breaks, STT narrow) unless the clerk resized
 * every column, merged cells (colspan/rowspan), a header row repeated on every page (w:tblHeader) and
 * rows that never split across pages (w:cantSplit). One alignment per column: numbers centred, text
 * left. NĐ 30 sets no cell size; 13 pt single-spaced with no first-line indent follows docs/nd30-rules.md
 * §10.3 [INFER]. A table that cannot fit the portrait text width without breaking words goes on a
 * landscape page (ND30 PL I §I.2 allows landscape for tables).
 * The markup is written as text (raw-tables.ts): docx objects for 10,000 cells cost seconds.
 */
import type { BodyNode } from '../../../shared/document/body';
import type { DocxContext } from './context';
import { TablePlaceholder } from './raw-tables';
import { inlineXml, runPropertiesXml } from './run-xml';
import { CELL_PADDING_TWIPS, fitColumnWidths, keepDigitGroups, measureColumns, minimumWidth, type ColumnMeasure } from './table-widths';

/** 96 px per inch, 1440 twips per inch. */
const TWIPS_PER_PX = 15;
const CELL_MARGIN_TWIPS = CELL_PADDING_TWIPS / 2;
const CELL_SPACING_TWIPS = 40;
/**
 * Table attribute carrying measures computed elsewhere (list tables whose rows are filled in after
 * the export): [min, max, numeric 0/1] per column, flat, as body attributes hold number arrays.
 */
export const COLUMN_MEASURES_ATTR = 'columnMeasures';

export function encodeMeasures(measures: readonly ColumnMeasure[]): number[] {
  return measures.flatMap((measure) => [measure.minTwips, measure.maxTwips, measure.numeric ? 1 : 0]);
}

function decodeMeasures(flat: readonly unknown[]): ColumnMeasure[] | undefined {
  if (flat.length % 3 !== 0 || !flat.every((value) => typeof value === 'number')) return undefined;
  const numbers = flat as number[];
  return Array.from({ length: numbers.length / 3 }, (_, index) => ({ minTwips: numbers[index * 3] ?? 0, maxTwips: numbers[index * 3 + 1] ?? 0, numeric: numbers[index * 3 + 2] === 1 }));
}


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

function cellTexts(cell: BodyNode): string[] {
  return (cell.content ?? []).map(blockText);
}

/** Measures of each grid column from the cells that span one column (header rows measured bold). */
export function tableMeasures(table: BodyNode, ctx: DocxContext): ColumnMeasure[] {
  const given = table.attrs?.[COLUMN_MEASURES_ATTR];
  const decoded = Array.isArray(given) ? decodeMeasures(given) : undefined;
  if (decoded) return decoded;
  const shape = tableShape(table);
  const headers: string[][] = Array.from({ length: shape.columnCount }, () => []);
  const body: Array<Array<string[] | undefined>> = [];
  const pending: number[] = [];
  for (const row of table.content ?? []) {
    const texts: Array<string[] | undefined> = [];
    let column = 0;
    for (const cell of row.content ?? []) {
      while ((pending[column] ?? 0) > 0) column++;
      const colspan = spanOf(cell, 'colspan');
      const rowspan = spanOf(cell, 'rowspan');
      if (colspan === 1 && column < shape.columnCount) {
        if (cell.type === 'tableHeader') headers[column]?.push(...cellTexts(cell));
        else texts[column] = cellTexts(cell);
      }
      for (let offset = 0; offset < colspan; offset++) if (rowspan > 1) pending[column + offset] = rowspan;
      column += colspan;
    }
    for (let index = 0; index < pending.length; index++) if ((pending[index] ?? 0) > 0) pending[index] = (pending[index] ?? 0) - 1;
    body.push(texts);
  }
  return measureColumns(headers, body, ctx.sizes.tableCell);
}

/** True when the table cannot fit the portrait text width without breaking a word (or the clerk made it wider). */
export function isWideTable(table: BodyNode, ctx: DocxContext): boolean {
  const shape = tableShape(table);
  const knownTwips = shape.columnWidthsPx.reduce<number>((sum, px) => sum + (px ?? 0) * TWIPS_PER_PX, 0);
  return knownTwips > ctx.geometry.textWidthTwips || minimumWidth(tableMeasures(table, ctx)) > ctx.geometry.textWidthTwips;
}

/**
 * The widths printed: the clerk's own when every column was resized and no word breaks in them,
 * otherwise widths by content.
 */
export function tableWidthsTwips(table: BodyNode, measures: readonly ColumnMeasure[], availableTwips: number): number[] {
  const shape = tableShape(table);
  if (shape.columnCount !== measures.length) return columnWidthsTwips(shape, availableTwips);
  if (shape.columnWidthsPx.every((px) => px !== null)) {
    const own = columnWidthsTwips(shape, availableTwips);
    if (own.every((width, index) => width >= (measures[index]?.minTwips ?? 0))) return own;
  }
  return fitColumnWidths(measures, availableTwips);
}

const ALIGN_XML: Record<string, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

function blockText(node: BodyNode): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(blockText).join(node.type === 'paragraph' ? '' : ' ');
}

interface CellFormat {
  header: boolean;
  /** The cell's column holds numbers only: centred, as in NĐ 30's appendix tables [INFER]. */
  numericColumn: boolean;
  /** The row is kept on the page of the next one (the table's last rows with the closing). */
  keepNext: boolean;
}

const withDigitGroupsKept = (nodes: BodyNode[] | undefined): BodyNode[] | undefined =>
  nodes?.map((node) => (node.type === 'text' && node.text ? { ...node, text: keepDigitGroups(node.text) } : node));

function cellParagraphsXml(cell: BodyNode, ctx: DocxContext, format: CellFormat): string {
  const { header } = format;
  const blocks = cell.content?.length ? cell.content : [{ type: 'paragraph' as const }];
  let out = '';
  for (const block of blocks) {
    const inline = withDigitGroupsKept(block.type === 'paragraph' || block.type === 'heading' ? block.content : [{ type: 'text' as const, text: blockText(block) }]);
    const explicit = block.attrs?.['textAlign'];
    const align = header || (typeof explicit !== 'string' && format.numericColumn) ? 'center' : typeof explicit === 'string' ? (ALIGN_XML[explicit] ?? 'left') : 'left';
    out +=
      `<w:p><w:pPr>${format.keepNext ? '<w:keepNext/>' : ''}<w:spacing w:before="${CELL_SPACING_TWIPS}" w:after="${CELL_SPACING_TWIPS}" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="${align}"/>` +
      `${runPropertiesXml({ sizeHalfPt: ctx.sizes.tableCell, bold: header }, false)}</w:pPr>` +
      inlineXml(inline, { sizeHalfPt: ctx.sizes.tableCell, bold: header }, false) +
      '</w:p>';
  }
  return out;
}

function cellXml(widthTwips: number, colspan: number, merge: 'restart' | 'continue' | null, content: string): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${widthTwips}" w:type="dxa"/>` +
    (colspan > 1 ? `<w:gridSpan w:val="${colspan}"/>` : '') +
    (merge === 'restart' ? '<w:vMerge w:val="restart"/>' : merge === 'continue' ? '<w:vMerge/>' : '') +
    `<w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`
  );
}

const BORDER_XML = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
const TABLE_BORDERS_XML = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(BORDER_XML).join('')}</w:tblBorders>`;

export interface TableOptions {
  /** How many of the last rows keep with what follows (the closing block), 0 for none. */
  keepLastRows?: number;
}

/** The table's WordprocessingML. Rows covered by a rowspan get their "continue" cells here. */
export function bodyTableXml(table: BodyNode, ctx: DocxContext, availableTwips: number, options: TableOptions = {}): string {
  const shape = tableShape(table);
  const measures = tableMeasures(table, ctx);
  const widths = tableWidthsTwips(table, measures, availableTwips);
  const keepFrom = (table.content?.length ?? 0) - (options.keepLastRows ?? 0);
  const rows = table.content ?? [];
  // A table without cells would be invalid markup: leave an empty paragraph in its place.
  if (shape.columnCount === 0) return '<w:p/>';
  // Leading rows made only of header cells repeat on each page.
  let headerRows = 0;
  while (headerRows < rows.length && (rows[headerRows]?.content?.length ?? 0) > 0 && (rows[headerRows]?.content ?? []).every((cell) => cell.type === 'tableHeader')) headerRows++;
  const spanWidth = (column: number, colspan: number) => widths.slice(column, column + colspan).reduce((sum, value) => sum + value, 0);
  // Per grid column: rows still covered by a rowspan from above, and the colspan of that cell.
  const covered: Array<{ rows: number; colspan: number } | undefined> = [];
  const parts: string[] = [];
  parts.push(
    `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((sum, value) => sum + value, 0)}" w:type="dxa"/>${TABLE_BORDERS_XML}<w:tblLayout w:type="fixed"/>` +
      `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${CELL_MARGIN_TWIPS}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="${CELL_MARGIN_TWIPS}" w:type="dxa"/></w:tblCellMar>` +
      `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
      `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`,
  );
  rows.forEach((row, rowIndex) => {
    parts.push(`<w:tr><w:trPr><w:cantSplit/>${rowIndex < headerRows ? '<w:tblHeader/>' : ''}</w:trPr>`);
    const cells = row.content ?? [];
    let next = 0;
    let column = 0;
    while (column < shape.columnCount && (next < cells.length || covered[column])) {
      const cover = covered[column];
      if (cover && cover.rows > 0) {
        parts.push(cellXml(spanWidth(column, cover.colspan), cover.colspan, 'continue', '<w:p/>'));
        cover.rows--;
        if (cover.rows === 0) covered[column] = undefined;
        column += cover.colspan;
        continue;
      }
      const cell = cells[next++];
      if (!cell) break;
      const colspan = Math.min(spanOf(cell, 'colspan'), Math.max(1, shape.columnCount - column));
      const rowspan = spanOf(cell, 'rowspan');
      if (rowspan > 1) covered[column] = { rows: rowspan - 1, colspan };
      const format: CellFormat = { header: cell.type === 'tableHeader', numericColumn: colspan === 1 && (measures[column]?.numeric ?? false), keepNext: rowIndex >= keepFrom || rowIndex < headerRows };
      parts.push(cellXml(spanWidth(column, colspan), colspan, rowspan > 1 ? 'restart' : null, cellParagraphsXml(cell, ctx, format)));
      column += colspan;
    }
    // A short row is padded so every row covers the whole grid.
    if (column < shape.columnCount) parts.push(cellXml(spanWidth(column, shape.columnCount - column), shape.columnCount - column, null, '<w:p/>'));
    parts.push('</w:tr>');
  });
  parts.push('</w:tbl>');
  return parts.join('');
}

/** The table as a placeholder paragraph; its markup waits in ctx.rawTables until the package is written. */
export function bodyTable(table: BodyNode, ctx: DocxContext, availableTwips: number, options: TableOptions = {}): TablePlaceholder {
  ctx.rawTables.push(bodyTableXml(table, ctx, availableTwips, options));
  return new TablePlaceholder(ctx.rawTables.length - 1);
}
