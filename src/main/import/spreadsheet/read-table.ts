/**
 * Reads a .csv or .xlsx file into a grid of trimmed NFC strings with the row numbers a clerk sees
 * in Excel (1-based), so every error can name "Dòng 14". Nothing here knows about attendees.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../shared/errors/app-error';
import { toNfc } from '../../../shared/text/nfc';
import { guardPackage } from '../package/package-guard';
import { decodeTextFile } from '../text-file-decode';

/** A ward residents' meeting has thousands of rows; 20 MB is far above that and still safe in memory. */
export const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;

export interface SourceRow {
  /** Row number as shown by Excel (1-based record number for CSV). */
  number: number;
  cells: string[];
}

export interface SourceTable {
  fileName: string;
  sheetName: string | null;
  rows: SourceRow[];
  /** Whole-file remarks for the preview (e.g. text converted from TCVN3). */
  notices: string[];
}

export type SpreadsheetFormat = 'csv' | 'xlsx';

export function formatOfFile(fileName: string): SpreadsheetFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.xls')) {
    throw new AppError('invalid_input', 'Tệp .xls (Excel 97–2003) chưa được hỗ trợ. Hãy mở trong Excel và lưu lại dạng .xlsx hoặc .csv.', { where: fileName });
  }
  throw new AppError('invalid_input', 'Chỉ nhận tệp .xlsx hoặc .csv', { where: fileName });
}

function cleanCell(value: string): string {
  return toNfc(value).replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').replace(/\s*\r?\n\s*/g, ' ').trim();
}

export function readCsv(bytes: Uint8Array, fileName: string): SourceTable {
  const { text, notice } = decodeTextFile(bytes, fileName);
  if (text.includes('\u0000')) throw new AppError('invalid_input', 'Tệp không phải CSV (có ký tự nhị phân)', { where: fileName });
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) {
    const row = (fatal.row ?? 0) + 1;
    throw new AppError('invalid_input', `Dòng ${row}: dấu ngoặc kép không đóng (tệp CSV bị lỗi)`, { where: `${fileName}, dòng ${row}`, detail: fatal.message });
  }
  // Papa's escapeFormulae (our own export) and Excel write "'=…" for text that looks like a formula.
  const rows = parsed.data.map((cells, index) => ({ number: index + 1, cells: cells.map((cell) => cleanCell(String(cell ?? '')).replace(/^'(?=[=+\-@\t\r])/, '')) }));
  return { fileName, sheetName: null, rows, notices: notice ? [notice] : [] };
}

type CellValue = ExcelJS.CellValue;

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const day = String(value.getUTCDate()).padStart(2, '0');
    const month = String(value.getUTCMonth() + 1).padStart(2, '0');
    return `${day}/${month}/${value.getUTCFullYear()}`;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as CellValue);
  if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
  if ('error' in value) return '';
  return '';
}

export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<SourceTable> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new AppError('invalid_input', 'Tệp .xlsx bị hỏng hoặc không phải tệp Excel', { where: fileName });
  // Limits first, rows counted while streaming: ExcelJS builds every sheet in memory (package/package-limits.ts).
  guardPackage(bytes, fileName, 'xlsx');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (cause) {
    throw new AppError('invalid_input', 'Tệp .xlsx bị hỏng hoặc không phải tệp Excel', { where: fileName, cause, detail: String((cause as Error).message) });
  }
  // The first sheet that has any value: lists often sit behind an empty cover sheet.
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) throw new AppError('invalid_input', 'Tệp Excel không có dữ liệu', { where: fileName });
  const rows: SourceRow[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      // A merged range repeats the master's value in every cell; keep it only where it starts.
      const text = cell.isMerged && cell.master !== cell ? '' : cellText(cell.value);
      cells[column - 1] = cleanCell(text);
    });
    for (let index = 0; index < cells.length; index++) cells[index] ??= '';
    rows.push({ number, cells });
  });
  return { fileName, sheetName: sheet.name, rows, notices: [] };
}

export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SourceTable> {
  if (bytes.byteLength > MAX_SPREADSHEET_BYTES) {
    throw new AppError('invalid_input', `Tệp quá lớn (tối đa ${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB)`, { where: fileName });
  }
  if (bytes.byteLength === 0) throw new AppError('invalid_input', 'Tệp rỗng', { where: fileName });
  return formatOfFile(fileName) === 'csv' ? readCsv(bytes, fileName) : readXlsx(bytes, fileName);
}
