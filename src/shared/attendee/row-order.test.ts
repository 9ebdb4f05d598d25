import { describe, expect, it } from 'vitest';
import { emptyRow, type AttendeeRow } from './attendee-list';
import { sectionRows, sortRows } from './row-order';

const groups = ['A. ĐẠI BIỂU THÀNH PHỐ', 'B. ĐẠI BIỂU QUẬN'];
function row(id: string, order: number, fields: Partial<AttendeeRow>): AttendeeRow {
  return { ...emptyRow(id, order), ...fields };
}
const rows = [
  row('1', 0, { group: groups[1], fullName: 'Nguyễn Văn Đức', unit: 'Quận ủy', protocolRank: 3 }),
  row('2', 1, { group: groups[0], fullName: 'Trần Thị Anh', unit: 'Thành ủy', protocolRank: 2 }),
  row('3', 2, { group: groups[1], fullName: 'Lê Văn Bình', unit: 'HĐND quận', protocolRank: null }),
  row('4', 3, { group: groups[0], fullName: 'Phạm Văn Dũng', unit: 'Ban Dân vận Thành ủy', protocolRank: 1 }),
  row('5', 4, { group: groups[1], fullName: 'Vũ Ánh', unit: 'Quận ủy', protocolRank: 1, present: false }),
];

describe('sortRows', () => {
  it('sorts within groups and keeps groups in order', () => {
    expect(sortRows(rows, groups, 'protocol').map((r) => r.id)).toEqual(['4', '2', '5', '1', '3']);
    expect(sortRows(rows, groups, 'givenName').map((r) => r.id)).toEqual(['2', '4', '5', '3', '1']);
    expect(sortRows(rows, groups, 'unit').map((r) => r.id)).toEqual(['4', '2', '3', '5', '1']);
  });
  it('rewrites order', () => {
    expect(sortRows(rows, groups, 'protocol').map((r) => r.order)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('sectionRows', () => {
  it('numbers STT across groups', () => {
    const sections = sectionRows(rows, groups);
    expect(sections.map((s) => [s.group, s.rows.map((r) => r.stt)])).toEqual([
      [groups[0], [1, 2]],
      [groups[1], [3, 4, 5]],
    ]);
  });
  it('can leave absent rows out', () => {
    expect(sectionRows(rows, groups, { presentOnly: true }).flatMap((s) => s.rows.map((r) => r.row.id))).toEqual(['2', '4', '1', '3']);
  });
});
