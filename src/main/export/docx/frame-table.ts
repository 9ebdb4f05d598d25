/** Borderless tables of the frame (header block, closing block, signature grid): no lines, no cell padding. */
import { BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type AlignmentType } from 'docx';
import type { TextRun } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A single-spaced frame line: no indent, chosen spacing before/after in twips. */
export function frameLine(children: TextRun[], alignment: Alignment, beforeTwips = 0, afterTwips = 0, keepNext = false): Paragraph {
  return new Paragraph({
    alignment,
    indent: { left: 0, right: 0, firstLine: 0 },
    spacing: { before: beforeTwips, after: afterTwips, line: 240, lineRule: LineRuleType.AUTO },
    keepNext,
    keepLines: true,
    children,
  });
}

export interface FrameCellOptions {
  /** Grid columns the cell spans. */
  columnSpan?: number;
  /** Left and right inner margin: the gutter between neighbouring signature cells. */
  sideMarginTwips?: number;
}

export function frameCell(children: Array<Paragraph | Table>, widthTwips: number, options: FrameCellOptions = {}): TableCell {
  const side = options.sideMarginTwips ?? 0;
  return new TableCell({
    children: children.length ? children : [new Paragraph({ children: [] })],
    width: { size: widthTwips, type: WidthType.DXA },
    borders: NO_CELL_BORDERS,
    verticalAlign: VerticalAlignTable.TOP,
    margins: { left: side, right: side, top: 0, bottom: 0 },
    ...(options.columnSpan && options.columnSpan > 1 ? { columnSpan: options.columnSpan } : {}),
  });
}

/** A borderless fixed-width table whose rows never split across pages. */
export function frameTable(rows: TableCell[][], columnWidthsTwips: number[]): Table {
  return new Table({
    rows: rows.map((cells) => new TableRow({ children: cells, cantSplit: true })),
    columnWidths: columnWidthsTwips,
    width: { size: columnWidthsTwips.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}
