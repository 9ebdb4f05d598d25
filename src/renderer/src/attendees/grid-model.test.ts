import { describe, expect, it } from 'vitest';
import { emptyRow, type AttendeeRow } from '../../../shared/attendee/attendee-list';
import { deleteRows, gridColumns, gridLayout, insertRow, itemAt, layoutSize, moveRows, normaliseOrder, parseTsv, pasteBlock, positionOfRow, toTsv, withCell } from './grid-model';
import { initialHistory, record, redo, undo } from './undo-history';

const labels = { stt: 'STT', honorific: 'Danh xưng', fullName: 'Họ và tên', title: 'Chức vụ', unit: 'Đơn vị', note: 'Ghi chú', present: 'Có mặt', protocolRank: 'Lễ tân' };
const columns = gridColumns({ extraColumns: [{ key: 'nam_sinh', label: 'Năm sinh' }] }, labels);
const col = (key: string) => columns.find((c) => c.key === key)!;
const row = (id: string, order: number, fields: Partial<AttendeeRow> = {}): AttendeeRow => ({ ...emptyRow(id, order), ...fields });

describe('parseTsv / toTsv', () => {
  it('reads an Excel block with quoted cells, tabs and newlines inside', () => {
    const text = 'Nguyễn Văn A\t"Ủy viên, Chủ tịch\nkiêm nhiệm"\tPhường A\r\nTrần Thị B\t"Nói ""to"""\t\r\n';
    expect(parseTsv(text)).toEqual([
      ['Nguyễn Văn A', 'Ủy viên, Chủ tịch\nkiêm nhiệm', 'Phường A'],
      ['Trần Thị B', 'Nói "to"', ''],
    ]);
  });
  it('round-trips', () => {
    const block = [['a\tb', 'c"d'], ['e\nf', '']];
    expect(parseTsv(toTsv(block))).toEqual(block);
  });
});

describe('cells', () => {
  it('splits an honorific typed into the name', () => {
    expect(withCell(row('1', 0), col('fullName'), 'Đ/c Nguyễn Văn A')).toMatchObject({ honorific: 'Đồng chí', fullName: 'Nguyễn Văn A' });
  });
  it('reads presence, rank and extra columns', () => {
    expect(withCell(row('1', 0), col('present'), 'vắng').present).toBe(false);
    expect(withCell(row('1', 0), col('protocolRank'), '3').protocolRank).toBe(3);
    const unchanged = row('1', 0);
    expect(withCell(unchanged, col('protocolRank'), 'abc')).toBe(unchanged);
    expect(withCell(row('1', 0), col('extra:nam_sinh'), '1970').extra).toEqual({ nam_sinh: '1970' });
  });
});

describe('paste', () => {
  it('fills cells from the cursor, skips STT, adds rows at the end in the same group', () => {
    const rows = [row('1', 0, { group: 'A' }), row('2', 1, { group: 'A' })];
    let next = 0;
    const out = pasteBlock(rows, columns, 1, 0, [['9', 'Ông Lê Văn C', 'Chủ tịch'], ['10', 'Phạm Thị D', 'Phó Chủ tịch', 'Phường B', 'x', '', 'vắng', '', '1980', 'dropped']], () => `n${next++}`);
    expect(out).toHaveLength(3);
    expect(out[1]).toMatchObject({ honorific: 'Ông', fullName: 'Lê Văn C', title: 'Chủ tịch' });
    expect(out[2]).toMatchObject({ id: 'n0', group: 'A', fullName: 'Phạm Thị D', unit: 'Phường B', note: 'x', present: false, extra: { nam_sinh: '1980' }, order: 2 });
  });
});

describe('rows', () => {
  const rows = normaliseOrder([row('b1', 0, { group: 'B' }), row('a1', 1, { group: 'A' }), row('b2', 2, { group: 'B' }), row('a2', 3, { group: 'A' })], ['A', 'B']);
  it('keeps groups together in group order with sub-headings and continuing STT', () => {
    expect(rows.map((r) => r.id)).toEqual(['a1', 'a2', 'b1', 'b2']);
    const layout = gridLayout(rows);
    const drawn = Array.from({ length: layoutSize(layout) + 1 }, (_, position) => itemAt(layout, position));
    expect(drawn).toEqual([
      { kind: 'group', group: 'A' },
      { kind: 'row', index: 0, stt: 1 },
      { kind: 'row', index: 1, stt: 2 },
      { kind: 'group', group: 'B' },
      { kind: 'row', index: 2, stt: 3 },
      { kind: 'row', index: 3, stt: 4 },
      undefined,
    ]);
    expect(rows.map((_, index) => positionOfRow(layout, index))).toEqual([1, 2, 4, 5]);
  });
  it('draws ungrouped rows first without a heading, and every row where positionOfRow says', () => {
    const groups = ['A', 'B', 'C'];
    const mixed = normaliseOrder(['C', '', 'A', 'C', '', 'B', 'A'].map((group, index) => row(`r${index}`, index, { group })), groups);
    const layout = gridLayout(mixed);
    expect(layout.headings).toEqual([
      { group: 'A', firstRow: 2, position: 2 },
      { group: 'B', firstRow: 4, position: 5 },
      { group: 'C', firstRow: 5, position: 7 },
    ]);
    mixed.forEach((_, index) => expect(itemAt(layout, positionOfRow(layout, index))).toEqual({ kind: 'row', index, stt: index + 1 }));
    expect(itemAt(gridLayout([]), 0)).toBeUndefined();
  });
  it('moves a block within its group only', () => {
    expect(moveRows(rows, [1], -1).rows.map((r) => r.id)).toEqual(['a2', 'a1', 'b1', 'b2']);
    expect(moveRows(rows, [1], 1).moved).toBe(false);
    expect(moveRows(rows, [2, 3], -1).moved).toBe(false);
  });
  it('inserts (in the group of the row above) and deletes, renumbering order', () => {
    const inserted = insertRow(rows, 2, 'new');
    expect(inserted.map((r) => [r.id, r.order, r.group])).toEqual([['a1', 0, 'A'], ['a2', 1, 'A'], ['new', 2, 'A'], ['b1', 3, 'B'], ['b2', 4, 'B']]);
    expect(deleteRows(inserted, new Set([0, 2])).map((r) => [r.id, r.order])).toEqual([['a2', 0], ['b1', 1], ['b2', 2]]);
  });
});

describe('undo history', () => {
  it('undoes and redoes, and a new edit clears redo', () => {
    let history = initialHistory(1);
    history = record(history, 2);
    history = record(history, 3);
    history = undo(history);
    expect(history.present).toBe(2);
    history = redo(history);
    expect(history.present).toBe(3);
    history = record(undo(history), 9);
    expect(history.future).toEqual([]);
    expect(undo(undo(undo(history))).present).toBe(1);
  });
});
