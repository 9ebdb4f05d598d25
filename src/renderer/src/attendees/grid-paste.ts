/**
 * Where a block pasted from Excel goes. With the caret in one cell, the block goes where the caret
 * is and never overwrites anybody: it fills the caret's row and the rows below while their cells are
 * empty, and the rest come in as new rows at that point (so Ctrl+Enter then Ctrl+V of two rows adds
 * two people). With a range the clerk selected, the block replaces that range (the clerk chose it).
 */
import type { AttendeeRow } from '../../../shared/attendee/attendee-list';
import { emptyRow } from '../../../shared/attendee/attendee-list';
import { cellText, pasteBlock, withCell, type GridColumn } from './grid-model';

export interface PasteResult {
  rows: AttendeeRow[];
  /** The rows the block landed in (inclusive), for the selection afterwards. */
  fromRow: number;
  toRow: number;
  /** Rows added (not filled). */
  added: number;
}

function targetColumns(columns: readonly GridColumn[], startCol: number, width: number): GridColumn[] {
  return columns.slice(startCol, startCol + width);
}

function isEmptyIn(row: AttendeeRow, columns: readonly GridColumn[]): boolean {
  return columns.every((column) => column.kind === 'stt' || column.kind === 'check' || cellText(row, column, 0) === '');
}

function filled(row: AttendeeRow, columns: readonly GridColumn[], startCol: number, values: readonly string[]): AttendeeRow {
  let out = row;
  values.forEach((value, offset) => {
    const column = columns[startCol + offset];
    if (column) out = withCell(out, column, value);
  });
  return out;
}

export function pasteAtCaret(rows: readonly AttendeeRow[], columns: readonly GridColumn[], caretRow: number, caretCol: number, block: readonly (readonly string[])[], newId: () => string): PasteResult {
  const width = Math.max(0, ...block.map((line) => line.length));
  const into = targetColumns(columns, caretCol, width);
  const out = [...rows];
  const start = Math.min(Math.max(0, caretRow), out.length);
  const group = out[start]?.group ?? out[start - 1]?.group ?? '';
  let at = start;
  let added = 0;
  let filling = true;
  for (const values of block) {
    const existing = out[at];
    if (filling && existing && isEmptyIn(existing, into)) out[at] = filled(existing, columns, caretCol, values);
    else {
      filling = false;
      out.splice(at, 0, filled(emptyRow(newId(), at, group), columns, caretCol, values));
      added++;
    }
    at++;
  }
  return { rows: out.map((row, order) => (row.order === order ? row : { ...row, order })), fromRow: start, toRow: at - 1, added };
}

/** A single value pasted on a single cell replaces it, as typing would. */
export function isSingleValue(block: readonly (readonly string[])[]): boolean {
  return block.length === 1 && (block[0]?.length ?? 0) === 1;
}

export function pasteIntoRange(rows: readonly AttendeeRow[], columns: readonly GridColumn[], top: number, left: number, block: readonly (readonly string[])[], newId: () => string): PasteResult {
  const next = pasteBlock(rows, columns, top, left, block, newId);
  return { rows: next, fromRow: top, toRow: top + block.length - 1, added: next.length - rows.length };
}
