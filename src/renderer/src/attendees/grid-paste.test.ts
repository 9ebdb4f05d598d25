import { describe, expect, it } from 'vitest';
import { emptyRow, type AttendeeRow } from '../../../shared/attendee/attendee-list';
import { gridColumns, insertRow } from './grid-model';
import { isSingleValue, pasteAtCaret, pasteIntoRange } from './grid-paste';

const columns = gridColumns({ extraColumns: [] }, { stt: 'STT', honorific: 'Danh xưng', fullName: 'Họ và tên', title: 'Chức vụ', unit: 'Đơn vị', note: 'Ghi chú', present: 'Có mặt', protocolRank: 'Thứ tự' });
const person = (id: string, order: number, fullName: string): AttendeeRow => ({ ...emptyRow(id, order), fullName, title: 'Ủy viên' });
const people = () => [person('a', 0, 'Nguyễn Văn A'), person('b', 1, 'Trần Thị B'), person('c', 2, 'Lê Văn C')];
let next = 0;
const newId = () => `n${next++}`;
const excelRows = [
  ['Bùi Thị Xuân', 'Ủy viên', 'Phường Kim Giang'],
  ['Lý Văn Phức', 'Thư ký', 'Phường Hạ Đình'],
];

describe('paste at the caret', () => {
  it('Ctrl+Enter then two Excel rows: two people added, nobody overwritten', () => {
    const withNew = insertRow(people(), 1, 'new');
    const result = pasteAtCaret(withNew, columns, 1, 1, excelRows, newId);
    expect(result.rows.map((row) => row.fullName)).toEqual(['Nguyễn Văn A', 'Bùi Thị Xuân', 'Lý Văn Phức', 'Trần Thị B', 'Lê Văn C']);
    expect(result.rows.map((row) => row.order)).toEqual([0, 1, 2, 3, 4]);
    expect(result).toMatchObject({ fromRow: 1, toRow: 2, added: 1 });
    expect(result.rows[1]).toMatchObject({ id: 'new', title: 'Ủy viên', unit: 'Phường Kim Giang' });
  });
  it('on a person: the rows come in at the caret, the person moves down', () => {
    const result = pasteAtCaret(people(), columns, 1, 1, excelRows, newId);
    expect(result.rows.map((row) => row.fullName)).toEqual(['Nguyễn Văn A', 'Bùi Thị Xuân', 'Lý Văn Phức', 'Trần Thị B', 'Lê Văn C']);
    expect(result.added).toBe(2);
  });
  it('fills an empty column of existing people (a Đơn vị column pasted beside the names)', () => {
    const result = pasteAtCaret(people(), columns, 0, 3, [['Phường A'], ['Phường B']], newId);
    expect(result.rows.map((row) => [row.fullName, row.unit])).toEqual([['Nguyễn Văn A', 'Phường A'], ['Trần Thị B', 'Phường B'], ['Lê Văn C', '']]);
    expect(result.added).toBe(0);
  });
  it('after the last row, adds rows', () => {
    const result = pasteAtCaret(people(), columns, 3, 1, excelRows, newId);
    expect(result.rows.map((row) => row.fullName)).toEqual(['Nguyễn Văn A', 'Trần Thị B', 'Lê Văn C', 'Bùi Thị Xuân', 'Lý Văn Phức']);
  });
  it('into an empty list', () => {
    expect(pasteAtCaret([], columns, 0, 1, excelRows, newId).rows.map((row) => row.fullName)).toEqual(['Bùi Thị Xuân', 'Lý Văn Phức']);
  });
});

describe('paste into a range the clerk selected', () => {
  it('replaces the selected rows (the clerk chose them)', () => {
    const result = pasteIntoRange(people(), columns, 1, 1, excelRows, newId);
    expect(result.rows.map((row) => row.fullName)).toEqual(['Nguyễn Văn A', 'Bùi Thị Xuân', 'Lý Văn Phức']);
  });
  it('a single value is a single cell', () => {
    expect(isSingleValue([['x']])).toBe(true);
    expect(isSingleValue([['x', 'y']])).toBe(false);
  });
});
