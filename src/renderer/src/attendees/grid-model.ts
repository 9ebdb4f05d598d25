/**
 * The attendee grid as data: columns, the display order (group sub-headings between rows), cell
 * values in and out, pasting a block copied from Excel (TSV), moving and deleting rows. Pure
 * functions over immutable arrays, so undo is a stack of arrays and React re-renders only what changed.
 */
import { emptyRow, type AttendeeList, type AttendeeRow } from '../../../shared/attendee/attendee-list';
import { splitHonorific } from '../../../shared/attendee/honorific';
import { toNfc } from '../../../shared/text/nfc';

export type ColumnKind = 'stt' | 'text' | 'check' | 'rank';

export interface GridColumn {
  key: string;
  label: string;
  widthPx: number;
  kind: ColumnKind;
}

type TextField = 'honorific' | 'fullName' | 'title' | 'unit' | 'note';
const TEXT_FIELDS = new Set<string>(['honorific', 'fullName', 'title', 'unit', 'note']);

export function gridColumns(list: Pick<AttendeeList, 'extraColumns'>, labels: Record<'stt' | 'honorific' | 'fullName' | 'title' | 'unit' | 'note' | 'present' | 'protocolRank', string>): GridColumn[] {
  return [
    // The five columns of docs/nd30-rules.md §10.3 first, in their order, so a block copied from a
    // clerk's Excel list (STT | Họ và tên | Chức vụ | Đơn vị | Ghi chú) pastes straight in.
    { key: 'stt', label: labels.stt, widthPx: 52, kind: 'stt' },
    { key: 'fullName', label: labels.fullName, widthPx: 200, kind: 'text' },
    { key: 'title', label: labels.title, widthPx: 260, kind: 'text' },
    { key: 'unit', label: labels.unit, widthPx: 260, kind: 'text' },
    { key: 'note', label: labels.note, widthPx: 130, kind: 'text' },
    { key: 'honorific', label: labels.honorific, widthPx: 92, kind: 'text' },
    { key: 'present', label: labels.present, widthPx: 64, kind: 'check' },
    { key: 'protocolRank', label: labels.protocolRank, widthPx: 76, kind: 'rank' },
    ...list.extraColumns.map((extra): GridColumn => ({ key: `extra:${extra.key}`, label: extra.label, widthPx: 120, kind: 'text' })),
  ];
}

export function cellText(row: AttendeeRow, column: GridColumn, stt: number): string {
  switch (column.kind) {
    case 'stt':
      return String(stt);
    case 'check':
      return row.present ? 'x' : '';
    case 'rank':
      return row.protocolRank === null ? '' : String(row.protocolRank);
    case 'text':
      if (column.key.startsWith('extra:')) return row.extra[column.key.slice(6)] ?? '';
      return TEXT_FIELDS.has(column.key) ? row[column.key as TextField] : '';
  }
}

/** A new value for one cell; the row unchanged (same object) when the value does not apply. */
export function withCell(row: AttendeeRow, column: GridColumn, raw: string): AttendeeRow {
  const value = toNfc(raw).replace(/\s+/g, ' ').trim();
  switch (column.kind) {
    case 'stt':
      return row;
    case 'check': {
      const present = !/^(vắng|vang|0|không|khong|k|false)$/i.test(value);
      return present === row.present ? row : { ...row, present };
    }
    case 'rank': {
      if (value === '') return row.protocolRank === null ? row : { ...row, protocolRank: null };
      const rank = Number(value);
      return Number.isInteger(rank) && rank >= 0 ? { ...row, protocolRank: rank } : row;
    }
    case 'text': {
      if (column.key.startsWith('extra:')) {
        const key = column.key.slice(6);
        return (row.extra[key] ?? '') === value ? row : { ...row, extra: { ...row.extra, [key]: value } };
      }
      if (column.key === 'fullName' && !row.honorific) {
        // "Đ/c Nguyễn Văn A" typed or pasted into the name: the honorific goes to its own column.
        const split = splitHonorific(value);
        return { ...row, honorific: split.honorific, fullName: split.fullName };
      }
      const field = column.key as TextField;
      return row[field] === value ? row : { ...row, [field]: value };
    }
  }
}

export type DisplayItem = { kind: 'group'; group: string } | { kind: 'row'; index: number; stt: number };

/** Rows kept in display order: by group (in the list's group order, ungrouped first), then as arranged. */
export function normaliseOrder(rows: readonly AttendeeRow[], groups: readonly string[]): AttendeeRow[] {
  const position = new Map(groups.map((group, index) => [group, index]));
  const groupIndex = (group: string) => (group ? (position.get(group) ?? groups.length) : -1);
  const sorted = rows.map((row, index) => ({ row, index })).sort((a, b) => groupIndex(a.row.group) - groupIndex(b.row.group) || a.index - b.index);
  return sorted.map(({ row }, order) => (row.order === order ? row : { ...row, order }));
}

/** A group sub-heading: drawn at `position`, just above row `firstRow`. */
export interface GroupHeading {
  group: string;
  firstRow: number;
  position: number;
}

/**
 * Where rows and group sub-headings are drawn (rows in display order; STT continues across groups).
 * Only the headings are listed, so a cell edit in a 5,000-row list does not rebuild one item per row.
 */
export interface GridLayout {
  rowCount: number;
  headings: readonly GroupHeading[];
}

export function gridLayout(rows: readonly AttendeeRow[]): GridLayout {
  const headings: GroupHeading[] = [];
  let group: string | null = null;
  for (let index = 0; index < rows.length; index++) {
    const next = rows[index]!.group;
    if (next === group) continue;
    group = next;
    if (group) headings.push({ group, firstRow: index, position: index + headings.length });
  }
  return { rowCount: rows.length, headings };
}

/** How many lines the grid draws: rows and sub-headings. */
export const layoutSize = (layout: GridLayout) => layout.rowCount + layout.headings.length;

/** How many headings satisfy `before` (they are in order, so the first that fails ends the run). */
function headingsBefore(headings: readonly GroupHeading[], before: (heading: GroupHeading) => boolean): number {
  let low = 0;
  let high = headings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(headings[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What is drawn at a position (undefined beyond the end). */
export function itemAt(layout: GridLayout, position: number): DisplayItem | undefined {
  if (position < 0 || position >= layoutSize(layout)) return undefined;
  const count = headingsBefore(layout.headings, (heading) => heading.position <= position);
  const heading = layout.headings[count - 1];
  if (heading && heading.position === position) return { kind: 'group', group: heading.group };
  const index = position - count;
  return { kind: 'row', index, stt: index + 1 };
}

/** Where a row is drawn (its position among rows and sub-headings). */
export function positionOfRow(layout: GridLayout, index: number): number {
  return index + headingsBefore(layout.headings, (heading) => heading.firstRow <= index);
}

/**
 * Excel's clipboard text: rows by newline, cells by tab; cells with tabs, newlines or quotes come
 * quoted with doubled quotes. A trailing newline does not make an empty last row.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let index = 0;
  const source = text.replace(/\r\n?/g, '\n');
  while (index < source.length) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      index++;
      continue;
    }
    if (char === '"' && cell === '') quoted = true;
    else if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
    index++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export function toTsv(block: readonly (readonly string[])[]): string {
  const quote = (value: string) => (/[\t\n"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return block.map((row) => row.map(quote).join('\t')).join('\n');
}

/**
 * Pastes a block at (rowIndex, columnIndex): cells beyond the last row make new rows (in the group
 * of the row pasted into); columns beyond the last are dropped; a value landing on STT is ignored
 * (a block copied from Excel usually starts with its own STT column).
 */
export function pasteBlock(rows: readonly AttendeeRow[], columns: readonly GridColumn[], rowIndex: number, columnIndex: number, block: readonly (readonly string[])[], newId: () => string): AttendeeRow[] {
  const out = [...rows];
  const group = rows[rowIndex]?.group ?? rows[rows.length - 1]?.group ?? '';
  block.forEach((values, offset) => {
    const target = rowIndex + offset;
    let row = out[target] ?? emptyRow(newId(), target, group);
    let column = columnIndex;
    for (const value of values) {
      const spec = columns[column];
      if (!spec) break;
      row = withCell(row, spec, value);
      column++;
    }
    if (target < out.length) out[target] = row;
    else out.push(row);
  });
  return out.map((row, order) => (row.order === order ? row : { ...row, order }));
}

/** Moves the rows with these indices up (-1) or down (+1) as a block, staying inside their group. */
export function moveRows(rows: readonly AttendeeRow[], indices: readonly number[], delta: -1 | 1): { rows: AttendeeRow[]; moved: boolean } {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined || last - first + 1 !== sorted.length) return { rows: [...rows], moved: false };
  const neighbour = delta < 0 ? first - 1 : last + 1;
  const other = rows[neighbour];
  if (!other || other.group !== rows[first]!.group) return { rows: [...rows], moved: false };
  const out = [...rows];
  const block = out.splice(first, sorted.length);
  out.splice(first + delta, 0, ...block);
  return { rows: out.map((row, order) => (row.order === order ? row : { ...row, order })), moved: true };
}

export function deleteRows(rows: readonly AttendeeRow[], indices: ReadonlySet<number>): AttendeeRow[] {
  return rows.filter((_row, index) => !indices.has(index)).map((row, order) => (row.order === order ? row : { ...row, order }));
}

export function insertRow(rows: readonly AttendeeRow[], at: number, id: string): AttendeeRow[] {
  // A row added below a person joins that person's group (Ctrl+Enter at the end of group A stays in A).
  const group = rows[at - 1]?.group ?? rows[at]?.group ?? '';
  const out = [...rows];
  out.splice(at, 0, emptyRow(id, at, group));
  return out.map((row, order) => (row.order === order ? row : { ...row, order }));
}
