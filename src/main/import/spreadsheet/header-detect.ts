/**
 * Finds the header row of a Vietnamese attendee spreadsheet and what each column holds: STT,
 * Họ và tên / Họ tên, Chức vụ, Đơn vị / Cơ quan, Ghi chú (docs/nd30-rules.md §10.3), and a few others
 * clerks use. Unknown columns are kept as extra columns unless the mapping says otherwise.
 */
import { foldVietnamese } from '../../../shared/text/vietnamese-fold';
import type { ColumnField, ColumnMapping, ImportColumn } from '../../../shared/attendee/import-preview';
import type { SourceRow } from './read-table';

/** Folded header text → field. Folded so "Ho va ten", "HỌ VÀ TÊN" and "Họ và tên" all match. */
const HEADER_FIELDS: ReadonlyArray<readonly [RegExp, ColumnField]> = [
  [/^(stt|tt|so tt|so thu tu)\.?$/, 'stt'],
  [/^(danh xung|xung ho|dx)$/, 'honorific'],
  [/^(ho va ten|ho ten|ho, ten|ho & ten|ho va ten dai bieu|ten dai bieu|dai bieu|hoten)$/, 'fullName'],
  [/^(chuc vu|chuc danh|chuc vu, chuc danh|chuc vu\/chuc danh)$/, 'title'],
  [/^(don vi|co quan|co quan, don vi|don vi cong tac|noi cong tac|co quan\/don vi|don vi\/co quan|co quan cong tac)$/, 'unit'],
  [/^(ghi chu|gc)$/, 'note'],
  [/^(nhom|thanh phan|nhom dai bieu)$/, 'group'],
  [/^(co mat|tham du|diem danh)$/, 'present'],
  [/^(thu tu le tan|le tan|thu tu)$/, 'protocolRank'],
];

export function fieldForHeader(header: string): ColumnField | undefined {
  const folded = foldVietnamese(header).replace(/\s*\(.*\)$/, '');
  return HEADER_FIELDS.find(([pattern]) => pattern.test(folded))?.[1];
}

/** Only the first rows are searched: a title block ("DANH SÁCH ĐẠI BIỂU…") sits above the header. */
const HEADER_SEARCH_ROWS = 15;

export interface HeaderMatch {
  /** Index into the source rows. */
  rowIndex: number;
  columns: ImportColumn[];
}

/** The first row among the first 15 that names the full-name column and at least one other known column. */
export function detectHeader(rows: readonly SourceRow[]): HeaderMatch | undefined {
  for (let rowIndex = 0; rowIndex < Math.min(rows.length, HEADER_SEARCH_ROWS); rowIndex++) {
    const cells = rows[rowIndex]?.cells ?? [];
    const fields = cells.map((cell) => (cell ? fieldForHeader(cell) : undefined));
    if (!fields.includes('fullName') || fields.filter(Boolean).length < 2) continue;
    const seen = new Set<ColumnField>();
    const columns = cells.map((header, index): ImportColumn => {
      let field: ColumnField = fields[index] ?? (header ? 'extra' : 'ignore');
      // A second column with the same known field is kept as extra rather than overwriting the first.
      if (field !== 'extra' && field !== 'ignore' && seen.has(field)) field = 'extra';
      seen.add(field);
      return { index, header, field };
    });
    return { rowIndex, columns };
  }
  return undefined;
}

export function applyMapping(columns: readonly ImportColumn[], mapping: ColumnMapping | undefined): ImportColumn[] {
  if (!mapping) return [...columns];
  return columns.map((column) => ({ ...column, field: mapping[String(column.index)] ?? column.field }));
}
