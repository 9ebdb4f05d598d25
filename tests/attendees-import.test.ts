/** Spreadsheet import of attendee lists: realistic CSV/XLSX, errors by row, all or nothing, round trip. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttendeeList } from '../src/shared/attendee/attendee-list';
import { isAppError } from '../src/shared/errors/app-error';
import { CONFERENCE_ROWS, generatedRows, toCsv, toXlsx } from './support/attendee-fixtures';
import { makeServices } from './support/services';

let env: ReturnType<typeof makeServices>;
beforeEach(() => {
  env = makeServices();
});
afterEach(() => env.cleanup());

function countDocuments(): number {
  return (env.services.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}
function countRows(): number {
  return (env.services.db.prepare('SELECT count(*) AS n FROM attendee_rows').get() as { n: number }).n;
}

describe.each([
  ['csv', () => Promise.resolve(toCsv(CONFERENCE_ROWS)), 'dai-bieu.csv'],
  ['xlsx', () => toXlsx(CONFERENCE_ROWS), 'dai-bieu.xlsx'],
  ['xlsx with merged group rows', () => toXlsx(CONFERENCE_ROWS, { mergeSingleCells: true }), 'dai-bieu.xlsx'],
])('import of a conference list (%s)', (_label, make, fileName) => {
  it('reads header, groups, honorifics, long titles, rare letters and extra columns', async () => {
    const preview = await env.services.attendees.previewImport(await make(), fileName);
    expect(preview.errors).toEqual([]);
    expect(preview.headerRow).toBe(3);
    expect(preview.groups).toEqual(['A. ĐẠI BIỂU THÀNH PHỐ', 'B. ĐẠI BIỂU QUẬN']);
    expect(preview.extraColumns).toEqual([{ key: 'so_dien_thoai', label: 'Số điện thoại' }]);
    expect(preview.rows.map((row) => [row.honorific, row.fullName, row.group])).toEqual([
      ['Đồng chí', 'Nguyễn Văn A', 'A. ĐẠI BIỂU THÀNH PHỐ'],
      ['Bà', 'Trần Thị Bích Ngọc', 'A. ĐẠI BIỂU THÀNH PHỐ'],
      ['Hòa thượng', 'Thích Thanh Nhiễu', 'B. ĐẠI BIỂU QUẬN'],
      ['Ông', 'Lương Thị Ơn', 'B. ĐẠI BIỂU QUẬN'],
      ['', 'Đặng Ưng Vỹ', 'B. ĐẠI BIỂU QUẬN'],
      ['', 'Nguyen Van A', 'B. ĐẠI BIỂU QUẬN'],
      ['', 'Hứa Thị Ngoãn', 'B. ĐẠI BIỂU QUẬN'],
    ]);
    // Several titles in one cell stay whole.
    expect(preview.rows[0]?.title).toBe('Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố');
    expect(preview.rows[0]?.extra).toEqual({ so_dien_thoai: '0912 345 678' });
    // "Nguyen Van A" (row 12) is flagged against "Nguyễn Văn A" (row 5), not refused.
    expect(preview.warnings).toEqual([{ row: 12, message: 'có thể trùng người với dòng 5 (Nguyễn Văn A / Nguyen Van A)' }]);
  });
});

describe('errors by row, all or nothing', () => {
  it('names the row with a missing name and writes nothing', async () => {
    const rows = [...generatedRows(20)];
    rows[14] = ['14', '', 'Chủ tịch', 'Ủy ban MTTQ Việt Nam phường Kim Giang', ''];
    const before = countDocuments();
    const attempt = env.services.attendees.commitImport(toCsv(rows), 'loi.csv');
    await expect(attempt).rejects.toSatisfy((error: unknown) => isAppError(error) && error.message.startsWith('Dòng 15: thiếu Họ và tên') && error.where === 'loi.csv, dòng 15');
    expect(countDocuments()).toBe(before);
    expect(countRows()).toBe(0);
  });

  it('refuses a file without a recognisable header', async () => {
    const preview = await env.services.attendees.previewImport(toCsv([['a', 'b'], ['1', '2']]), 'x.csv');
    expect(preview.errors[0]?.message).toMatch(/Không tìm thấy dòng tiêu đề có cột "Họ và tên"/);
  });

  it('refuses a malformed CSV (unclosed quote) with its row', async () => {
    const bytes = new TextEncoder().encode('STT,Họ và tên,Chức vụ\n1,"Nguyễn Văn A,Chủ tịch\n2,Trần Thị B,Phó Chủ tịch\n');
    await expect(env.services.attendees.previewImport(bytes, 'hong.csv')).rejects.toSatisfy((error: unknown) => isAppError(error) && /^Dòng 2: dấu ngoặc kép/.test(error.message));
  });

  it('refuses a damaged .xlsx and an .xls', async () => {
    const damaged = (await toXlsx(CONFERENCE_ROWS)).slice(0, 500);
    await expect(env.services.attendees.previewImport(damaged, 'hong.xlsx')).rejects.toSatisfy((error: unknown) => isAppError(error) && /bị hỏng/.test(error.message));
    await expect(env.services.attendees.previewImport(new Uint8Array([1, 2]), 'cu.xls')).rejects.toSatisfy((error: unknown) => isAppError(error) && /\.xls/.test(error.message));
  });

  it('reports an over-long cell with the field and row', async () => {
    const rows = [['STT', 'Họ và tên', 'Chức vụ'], ['1', 'Nguyễn Văn A', 'x'.repeat(700)]];
    const preview = await env.services.attendees.previewImport(toCsv(rows), 'dai.csv');
    expect(preview.errors).toEqual([{ row: 2, message: 'Chức vụ tối đa 600 ký tự' }]);
  });

  it('NFC-normalises decomposed (NFD) UTF-8 input', async () => {
    const nfd = new TextEncoder().encode('Họ và tên,Đơn vị\nNguyễn Văn Ánh,Phường Khương Đình\n'.normalize('NFD'));
    const preview = await env.services.attendees.previewImport(nfd, 'nfd.csv');
    expect(preview.rows[0]?.fullName).toBe('Nguyễn Văn Ánh'.normalize('NFC'));
    expect(preview.rows[0]?.unit).toBe('Phường Khương Đình'.normalize('NFC'));
  });
});

describe('mapping step', () => {
  it('lets the user map an unknown column and ignore another', async () => {
    const rows = [['TT', 'Tên đại biểu', 'Vị trí', 'Nơi ở'], ['1', 'Nguyễn Văn A', 'Tổ trưởng', 'Tổ 5']];
    const detected = await env.services.attendees.previewImport(toCsv(rows), 'map.csv');
    expect(detected.columns.map((column) => column.field)).toEqual(['stt', 'fullName', 'extra', 'extra']);
    const mapped = await env.services.attendees.previewImport(toCsv(rows), 'map.csv', { '2': 'title', '3': 'ignore' });
    expect(mapped.rows[0]).toMatchObject({ fullName: 'Nguyễn Văn A', title: 'Tổ trưởng', extra: {} });
    const wrong = await env.services.attendees.previewImport(toCsv(rows), 'map.csv', { '2': 'fullName' });
    expect(wrong.errors[0]?.message).toMatch(/2 cột cùng được gán là "Họ và tên"/);
  });
});

describe('commit and round trip', () => {
  it('creates an attendees document with its list', async () => {
    const result = await env.services.attendees.commitImport(toCsv(CONFERENCE_ROWS), 'dai-bieu.csv', { title: 'Danh sách đại biểu Hội nghị tổng kết 2023' });
    expect(result.rowCount).toBe(7);
    const doc = env.services.documents.get(result.documentId);
    expect(doc.kind).toBe('attendees');
    const list = env.services.attendees.getForDocument(result.documentId);
    expect(list.id).toBe(result.listId);
    expect(list.rows).toHaveLength(7);
  });

  it.each(['xlsx', 'csv'] as const)('exports to .%s and imports back to the same rows', async (format) => {
    const result = await env.services.attendees.commitImport(await toXlsx(CONFERENCE_ROWS), 'dai-bieu.xlsx');
    const original = env.services.attendees.get(result.listId);
    // Mark one absent and rank two, so the optional columns take part in the round trip.
    const edited: AttendeeList = { ...original, rows: original.rows.map((row, index) => ({ ...row, present: index !== 3, protocolRank: index < 2 ? index + 1 : null })) };
    env.services.attendees.save(edited);
    const exported = await env.services.attendees.export(result.listId, format);
    expect(exported.fileName).toBe(`${original.name}.${format}`);
    const back = await env.services.attendees.previewImport(exported.bytes, exported.fileName);
    expect(back.errors).toEqual([]);
    const strip = (list: { rows: AttendeeList['rows']; groups: string[]; extraColumns: AttendeeList['extraColumns'] }) => ({
      groups: list.groups,
      extraColumns: list.extraColumns,
      rows: list.rows.map(({ id: _id, personId: _personId, ...rest }) => rest),
    });
    expect(strip(back)).toEqual(strip(env.services.attendees.get(result.listId)));
  });

  it('escapes formula-like cells in CSV and reads them back as typed', async () => {
    const result = await env.services.attendees.commitImport(toCsv([['Họ và tên', 'Ghi chú'], ['Nguyễn Văn A', '=1+1'], ['Trần Thị B', '-']]), 'f.csv');
    const csv = new TextDecoder().decode((await env.services.attendees.export(result.listId, 'csv')).bytes);
    expect(csv).toContain("'=1+1");
    const back = await env.services.attendees.previewImport(new TextEncoder().encode(csv), 'f.csv');
    expect(back.rows.map((row) => row.note)).toEqual(['=1+1', '-']);
  });

  it('imports a generated 5,000-row .xlsx', async () => {
    const bytes = await toXlsx(generatedRows(5000));
    const result = await env.services.attendees.commitImport(bytes, 'lon.xlsx');
    expect(result.rowCount).toBe(5000);
    const list = env.services.attendees.get(result.listId);
    expect(list.groups).toHaveLength(10);
    expect(list.rows[4999]?.group).toBe('J. NHÓM ĐẠI BIỂU SỐ 10');
    expect(result.warnings.length).toBeGreaterThan(0); // 480 distinct names among 5,000: duplicates are flagged
  });
});
