/**
 * Writes an attendee list back to .xlsx or .csv in the layout the import reads (round trip): header
 * row, group rows as one cell across the table, STT continuing across groups, then the optional
 * columns (Danh xưng, Có mặt, Thứ tự lễ tân) only when the list uses them.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { AttendeeList, AttendeeRow } from '../../../shared/attendee/attendee-list';
import { sectionRows } from '../../../shared/attendee/row-order';

interface ExportColumn {
  header: string;
  widthChars: number;
  value: (row: AttendeeRow, stt: number) => string | number;
}

function exportColumns(list: AttendeeList): ExportColumn[] {
  const columns: ExportColumn[] = [{ header: 'STT', widthChars: 6, value: (_row, stt) => stt }];
  if (list.rows.some((row) => row.honorific)) columns.push({ header: 'Danh xưng', widthChars: 10, value: (row) => row.honorific });
  columns.push(
    { header: 'Họ và tên', widthChars: 26, value: (row) => row.fullName },
    { header: 'Chức vụ', widthChars: 40, value: (row) => row.title },
    { header: 'Đơn vị', widthChars: 40, value: (row) => row.unit },
    { header: 'Ghi chú', widthChars: 16, value: (row) => row.note },
  );
  for (const extra of list.extraColumns) columns.push({ header: extra.label, widthChars: 14, value: (row) => row.extra[extra.key] ?? '' });
  if (list.rows.some((row) => !row.present)) columns.push({ header: 'Có mặt', widthChars: 8, value: (row) => (row.present ? 'x' : 'vắng') });
  if (list.rows.some((row) => row.protocolRank !== null)) columns.push({ header: 'Thứ tự lễ tân', widthChars: 10, value: (row) => row.protocolRank ?? '' });
  return columns;
}

/** Table rows in print order: group headings are a one-cell row (the first cell), persons a full row. */
function tableRows(list: AttendeeList, columns: readonly ExportColumn[]): Array<{ group: string } | { cells: Array<string | number> }> {
  const out: Array<{ group: string } | { cells: Array<string | number> }> = [];
  for (const section of sectionRows(list.rows, list.groups)) {
    if (section.group) out.push({ group: section.group });
    for (const { row, stt } of section.rows) out.push({ cells: columns.map((column) => column.value(row, stt)) });
  }
  return out;
}

/** Fixed workbook dates: same list → same bytes (exports are deterministic). */
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

export async function attendeeListToXlsx(list: AttendeeList): Promise<Uint8Array> {
  const columns = exportColumns(list);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thư ký';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.widthChars }));
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true, name: 'Times New Roman', size: 13 };
  headerRow.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const item of tableRows(list, columns)) {
    if ('group' in item) {
      const row = sheet.addRow([item.group]);
      sheet.mergeCells(row.number, 1, row.number, columns.length);
      row.font = { bold: true, name: 'Times New Roman', size: 13 };
    } else {
      const row = sheet.addRow(item.cells);
      row.font = { name: 'Times New Roman', size: 13 };
      row.alignment = { vertical: 'middle', wrapText: true };
      row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * UTF-8 with BOM so that Excel on Windows opens Vietnamese text correctly. Cells starting with = + - @
 * get a leading apostrophe (no formula injection when opened in Excel); the CSV reader takes it off.
 */
export function attendeeListToCsv(list: AttendeeList): Uint8Array {
  const columns = exportColumns(list);
  const data: Array<Array<string | number>> = [columns.map((column) => column.header)];
  for (const item of tableRows(list, columns)) {
    data.push('group' in item ? [item.group, ...columns.slice(1).map(() => '')] : item.cells);
  }
  return new TextEncoder().encode(`\uFEFF${Papa.unparse(data, { newline: '\r\n', escapeFormulae: true })}\r\n`);
}
