/** Realistic attendee spreadsheets for tests and the benchmark: built with exceljs/papaparse like a clerk's file. */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** A district conference list: title block, header, groups, honorifics, long titles with commas, rare letters, duplicates, empty rows. */
export const CONFERENCE_ROWS: string[][] = [
  ['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TỔNG KẾT CÔNG TÁC MẶT TRẬN NĂM 2023'],
  [],
  ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ghi chú', 'Số điện thoại'],
  ['A', 'ĐẠI BIỂU THÀNH PHỐ', '', '', '', ''],
  ['1', 'Đồng chí Nguyễn Văn A', 'Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố', 'Ủy ban MTTQ Việt Nam thành phố Hà Nội', '', '0912 345 678'],
  ['2', 'Bà Trần Thị Bích Ngọc', 'Phó Chủ tịch', 'Ủy ban MTTQ Việt Nam thành phố Hà Nội', 'Phát biểu', ''],
  [],
  ['B. ĐẠI BIỂU QUẬN'],
  ['3', 'Hòa thượng Thích Thanh Nhiễu', 'Phó Chủ tịch Hội đồng Trị sự', 'Giáo hội Phật giáo Việt Nam', '', ''],
  ['4', 'Ông Lương Thị Ơn', 'Chủ tịch', 'Ủy ban MTTQ Việt Nam phường Khương Đình', '', ''],
  ['5', 'Đặng Ưng Vỹ', 'Chủ tịch', 'Ủy ban MTTQ Việt Nam phường Khương Mai', '', ''],
  ['6', 'Nguyen Van A', 'Chủ tịch', 'Ủy ban MTTQ Việt Nam phường Kim Giang', 'Trùng tên?', ''],
  ['7', 'Hứa Thị Ngoãn', 'Bí thư Chi bộ, Trưởng Ban Công tác Mặt trận', 'Khu dân cư số 3, phường Thượng Đình', '', ''],
  [],
  ['Tổng số: 7 đại biểu'],
];

export function toCsv(rows: string[][]): Uint8Array {
  return new TextEncoder().encode(Papa.unparse(rows, { newline: '\r\n' }));
}

export async function toXlsx(rows: string[][], options: { mergeSingleCells?: boolean } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Bìa');
  const sheet = workbook.addWorksheet('Danh sách');
  const width = Math.max(...rows.map((row) => row.length));
  for (const row of rows) {
    const added = sheet.addRow(row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
    if (options.mergeSingleCells && row.filter(Boolean).length === 1 && row.length === 1 && width > 1) sheet.mergeCells(added.number, 1, added.number, width);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Thanh', 'Minh', 'Ngọc', 'Xuân', 'Quốc', 'Thu'];
const GIVEN = ['An', 'Ánh', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Khoa', 'Lan', 'Linh', 'Mai', 'Nam', 'Ngọc', 'Oanh', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Uyên', 'Vân', 'Yến', 'Ơn', 'Ưng'];
const TITLES = ['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên Ủy ban', 'Trưởng Ban Công tác Mặt trận', 'Bí thư Chi bộ, Trưởng Ban Công tác Mặt trận khu dân cư'];
const WARDS = ['Khương Đình', 'Khương Mai', 'Khương Trung', 'Kim Giang', 'Nhân Chính', 'Phương Liệt', 'Thanh Xuân Bắc', 'Thanh Xuân Nam', 'Thanh Xuân Trung', 'Thượng Đình', 'Hạ Đình'];

/** n person rows in groups of 500 (deterministic), with header. */
export function generatedRows(count: number): string[][] {
  const rows: string[][] = [['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ghi chú']];
  for (let index = 0; index < count; index++) {
    if (index % 500 === 0) rows.push([`${String.fromCharCode(65 + index / 500)}. NHÓM ĐẠI BIỂU SỐ ${index / 500 + 1}`]);
    const name = `${FAMILY[index % FAMILY.length]} ${MIDDLE[(index * 7) % MIDDLE.length]} ${GIVEN[(index * 13) % GIVEN.length]}`;
    rows.push([String(index + 1), name, TITLES[index % TITLES.length]!, `Ủy ban MTTQ Việt Nam phường ${WARDS[index % WARDS.length]}`, index % 17 === 0 ? 'Vắng có lý do' : '']);
  }
  return rows;
}
