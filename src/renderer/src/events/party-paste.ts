/**
 * Parties pasted from Excel into the event's party table: the columns are the table's (Tên đơn vị,
 * Người đại diện, Chức vụ, Dòng ký), starting at the cell pasted into. Like the attendee grid, a paste
 * never overwrites anyone: it fills the row pasted into and the rows below while those cells are
 * empty, and the other lines come in as new parties at that point. One value goes in as typed text.
 */
import type { EventParty } from '../../../shared/event/event';
import { parseTsv } from '../attendees/grid-model';

export type PartyRow = EventParty & { id?: string };

export const PARTY_COLUMNS = ['name', 'representative', 'title', 'authorityLine'] as const;
export type PartyColumn = (typeof PARTY_COLUMNS)[number];

const BLANK: PartyRow = { name: '', representative: '', title: '', authorityLine: '', isHost: false };

/** True when the text is a block (several cells or lines), not a value to type into one cell. */
export function isPartyBlock(text: string): boolean {
  return /[\t\n]/.test(text.replace(/\r?\n$/, ''));
}

export function pasteParties(rows: readonly PartyRow[], atRow: number, column: PartyColumn, text: string): PartyRow[] {
  const block = parseTsv(text).filter((line) => line.some((cell) => cell.trim() !== ''));
  const start = PARTY_COLUMNS.indexOf(column);
  const columns = PARTY_COLUMNS.slice(start, start + Math.max(1, ...block.map((line) => line.length)));
  const fill = (row: PartyRow, line: readonly string[]): PartyRow => {
    const out = { ...row };
    columns.forEach((key, offset) => {
      const value = line[offset];
      if (value !== undefined) out[key] = value.trim();
    });
    return out;
  };
  const out = [...rows];
  let at = atRow;
  for (const line of block) {
    const row = out[at];
    if (row && columns.every((key) => row[key].trim() === '')) out[at] = fill(row, line);
    else out.splice(at + (row ? 1 : 0), 0, fill(BLANK, line));
    at += 1;
  }
  return out;
}
