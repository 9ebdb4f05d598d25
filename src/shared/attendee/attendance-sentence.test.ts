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
  it('counts only when nobody is chosen', () => {
    expect(buildAttendanceSentence([row('x', 0, { fullName: 'A B' }), row('y', 1, { fullName: 'C D' })], { leadingRowIds: [] }).text).toBe('Dự hội nghị có: 2 đại biểu.');
  });

  const leader = row('lead', 0, { fullName: 'Nguyễn Văn A', honorific: 'Đồng chí', title: 'Bí thư Đảng ủy', unit: 'Đảng ủy phường Thanh Xuân', protocolRank: 1 });
  const givenNames = ['Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Lan', 'Minh', 'Nam', 'Oanh', 'Phúc'];
  const chairs = (count: number, title: string) =>
    wards.slice(0, count).map((ward, index) => row(`c${index}`, 1 + index, { fullName: `Trần Văn ${givenNames[index]}`, title, unit: `Ủy ban MTTQ Việt Nam phường ${ward}` }));
  const other = row('o', 40, { fullName: 'Lê Văn C', title: 'Giám đốc', unit: 'Công ty X' });
  it.each<[string, AttendeeRow[], string]>([
    ['1 ward chair', [leader, ...chairs(1, 'Chủ tịch'), other], 'Dự hội nghị có: đồng chí Nguyễn Văn A - Bí thư Đảng ủy phường Thanh Xuân; đồng chí Trần Văn Bình - Chủ tịch Ủy ban MTTQ Việt Nam phường Khương Đình và 1 đại biểu khác.'],
    ['1 ward chair whose title names the committee', [leader, ...chairs(1, 'Chủ tịch Ủy ban MTTQ Việt Nam phường')], 'Dự hội nghị có: đồng chí Nguyễn Văn A - Bí thư Đảng ủy phường Thanh Xuân; đồng chí Trần Văn Bình - Chủ tịch Ủy ban MTTQ Việt Nam phường Khương Đình.'],
    [
      '1 ward chair and 1 commune chair',
      [leader, ...chairs(1, 'Chủ tịch'), row('xa', 9, { fullName: 'Phạm Văn D', title: 'Chủ tịch', unit: 'Ủy ban MTTQ Việt Nam xã Ba Vì' }), other],
      'Dự hội nghị có: đồng chí Nguyễn Văn A - Bí thư Đảng ủy phường Thanh Xuân; đồng chí Trần Văn Bình - Chủ tịch Ủy ban MTTQ Việt Nam phường Khương Đình; đồng chí Phạm Văn D - Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Vì và 1 đại biểu khác.',
    ],
    ['3 ward chairs and 1 commune chair', [leader, ...chairs(3, 'Chủ tịch'), row('xa', 9, { fullName: 'Phạm Văn D', title: 'Chủ tịch', unit: 'Ủy ban MTTQ Việt Nam xã Ba Vì' })], 'Dự hội nghị có: đồng chí Nguyễn Văn A - Bí thư Đảng ủy phường Thanh Xuân; Chủ tịch Ủy ban MTTQ Việt Nam 3 phường; đồng chí Phạm Văn D - Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Vì.'],
    ['3 ward chairs', [leader, ...chairs(3, 'Chủ tịch'), other], 'Dự hội nghị có: đồng chí Nguyễn Văn A - Bí thư Đảng ủy phường Thanh Xuân; Chủ tịch Ủy ban MTTQ Việt Nam 3 phường và 1 đại biểu khác.'],
    ['11 ward chairs', [leader, ...chairs(11, 'Chủ tịch'), other], 'Dự hội nghị có: đồng chí Nguyễn Văn A - Bí thư Đảng ủy phường Thanh Xuân; Chủ tịch Ủy ban MTTQ Việt Nam 11 phường và 1 đại biểu khác.'],
    ['3 chairs whose title names the committee', [leader, ...chairs(3, 'Chủ tịch Ủy ban MTTQ Việt Nam phường')], 'Dự hội nghị có: đồng chí Nguyễn Văn A - Bí thư Đảng ủy phường Thanh Xuân; Chủ tịch Ủy ban MTTQ Việt Nam 3 phường.'],
    ['11 chairs, mixed titles, nobody else', [leader, ...chairs(5, 'Chủ tịch'), ...chairs(11, 'Chủ tịch Ủy ban MTTQ Việt Nam phường').slice(5)], 'Dự hội nghị có: đồng chí Nguyễn Văn A - Bí thư Đảng ủy phường Thanh Xuân; Chủ tịch Ủy ban MTTQ Việt Nam 11 phường.'],
  ])('reads correctly with %s', (_name, list, expected) => {
    expect(buildAttendanceSentence(list).text).toBe(expected);
  });

  it('still names people in an imported list without ranks (the first group)', () => {
    const imported = [
      row('a', 0, { group: 'A. ĐẠI BIỂU THÀNH PHỐ', fullName: 'Trần Thị B', title: 'Phó Chủ tịch', unit: 'Ủy ban MTTQ Việt Nam thành phố Hà Nội' }),
      row('b', 1, { group: 'B. ĐẠI BIỂU PHƯỜNG', fullName: 'Lê Văn C', title: 'Chủ tịch', unit: 'Hội Nông dân phường' }),
      row('c', 2, { group: 'B. ĐẠI BIỂU PHƯỜNG', fullName: 'Phạm D' }),
    ];
    const sentence = buildAttendanceSentence(imported);
    expect(sentence.text).toBe('Dự hội nghị có: đồng chí Trần Thị B - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội và 2 đại biểu khác.');
    const ungrouped = buildAttendanceSentence(Array.from({ length: 53 }, (_, index) => row(`p${index}`, index, { fullName: `Người ${index}` })));
    expect(ungrouped.namedCount).toBeGreaterThan(0);
    expect(ungrouped.text).toMatch(/^Dự hội nghị có: đồng chí Người 0; .* và \d+ đại biểu khác\.$/u);
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
