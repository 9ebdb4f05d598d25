import { describe, expect, it } from 'vitest';
import { emptyRow, type AttendeeRow } from './attendee-list';
import { buildAttendanceSentence } from './attendance-sentence';

function row(id: string, order: number, fields: Partial<AttendeeRow>): AttendeeRow {
  return { ...emptyRow(id, order), ...fields };
}

const wards = ['Khương Đình', 'Khương Mai', 'Khương Trung', 'Kim Giang', 'Nhân Chính', 'Phương Liệt', 'Thanh Xuân Bắc', 'Thanh Xuân Nam', 'Thanh Xuân Trung', 'Thượng Đình', 'Hạ Đình'];

const rows: AttendeeRow[] = [
  row('r1', 0, { fullName: 'Trần Thị B', title: 'Phó Chủ tịch', unit: 'Ủy ban MTTQ Việt Nam thành phố Hà Nội', protocolRank: 2 }),
  row('r2', 1, { fullName: 'Nguyễn Văn A', honorific: 'Đồng chí', title: 'Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy', unit: 'Quận ủy Thanh Xuân', protocolRank: 1 }),
  row('r3', 2, { fullName: 'Lê Văn C', honorific: 'Ông', title: 'Giám đốc', unit: 'Công ty Cổ phần X' }),
  ...wards.map((ward, index) => row(`w${index}`, 3 + index, { fullName: `Chủ tịch ${index}`, title: 'Chủ tịch', unit: `Ủy ban MTTQ Việt Nam phường ${ward}` })),
  row('absent', 20, { fullName: 'Vắng Mặt', title: 'Chủ tịch', unit: 'Ủy ban MTTQ Việt Nam phường Mới', present: false, protocolRank: 0 }),
];

describe('buildAttendanceSentence', () => {
  it('names ranked guests in protocol order, then counts shared titles, then the rest', () => {
    const sentence = buildAttendanceSentence(rows);
    expect(sentence.text).toBe(
      'Dự hội nghị có: đồng chí Nguyễn Văn A - Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân; ' +
        'đồng chí Trần Thị B - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội; ' +
        'Chủ tịch Ủy ban MTTQ Việt Nam 11 phường và 1 đại biểu khác.',
    );
    expect(sentence).toMatchObject({ namedCount: 2, countedCount: 11, presentCount: 14 });
  });
  it('names exactly the chosen guests, still in protocol order, with their honorific', () => {
    const sentence = buildAttendanceSentence(rows, { leadingRowIds: ['r3', 'r1'] });
    expect(sentence.text.startsWith('Dự hội nghị có: đồng chí Trần Thị B - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội; ông Lê Văn C - Giám đốc Công ty Cổ phần X; Chủ tịch Ủy ban MTTQ Việt Nam 11 phường và 1 đại biểu khác.')).toBe(true);
  });
  it('counts only when nobody is named', () => {
    expect(buildAttendanceSentence([row('x', 0, { fullName: 'A B' }), row('y', 1, { fullName: 'C D' })]).text).toBe('Dự hội nghị có: 2 đại biểu.');
  });
});

describe('joinTitleAndUnit', () => {
  it('does not repeat a unit the title already names', async () => {
    const { joinTitleAndUnit } = await import('./attendance-sentence');
    expect(joinTitleAndUnit('Chủ tịch Ủy ban MTTQ Việt Nam thành phố', 'Ủy ban MTTQ Việt Nam thành phố Hà Nội')).toBe('Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội');
    expect(joinTitleAndUnit('Phó Bí thư Thường trực Quận ủy', 'Quận ủy Thanh Xuân')).toBe('Phó Bí thư Thường trực Quận ủy Thanh Xuân');
    expect(joinTitleAndUnit('Chủ tịch UBND phường Khương Đình', 'UBND phường Khương Đình')).toBe('Chủ tịch UBND phường Khương Đình');
    expect(joinTitleAndUnit('Chủ tịch', 'Hội Nông dân quận')).toBe('Chủ tịch Hội Nông dân quận');
    expect(joinTitleAndUnit('Trưởng ban An ninh', 'Anh Sơn')).toBe('Trưởng ban An ninh Anh Sơn');
    expect(joinTitleAndUnit('', 'Hội Cựu chiến binh')).toBe('Hội Cựu chiến binh');
  });
});
