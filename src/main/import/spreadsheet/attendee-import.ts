/**
 * Turns a read spreadsheet into an attendee list preview: header detection, the user's column
 * mapping, group sub-heading rows, honorifics split off, per-row errors ("Dòng 14: thiếu Họ và tên")
 * and accent-insensitive duplicate warnings. Writes nothing; the service commits only an error-free preview.
 */
import { randomUUID } from 'node:crypto';
import { AttendeeRow, MAX_ATTENDEE_ROWS, type ExtraColumn } from '../../../shared/attendee/attendee-list';
import { splitHonorific } from '../../../shared/attendee/honorific';
import type { ColumnField, ColumnMapping, ImportColumn, ImportIssue, ImportPreview } from '../../../shared/attendee/import-preview';
import { findDuplicates } from '../../../shared/attendee/name-key';
import { foldVietnamese } from '../../../shared/text/vietnamese-fold';
import { applyMapping, detectHeader } from './header-detect';
import type { SourceRow, SourceTable } from './read-table';

/** Beyond this many, errors are summarised: a wrong file would otherwise list thousands. */
const MAX_LISTED_ERRORS = 200;

const FIELD_MESSAGES: Partial<Record<string, string>> = {
  fullName: 'Họ và tên',
  title: 'Chức vụ',
  unit: 'Đơn vị',
  note: 'Ghi chú',
  honorific: 'Danh xưng',
  group: 'Nhóm',
};

/** "Năm sinh" → "nam_sinh", unique among the extra columns. */
function extraKey(header: string, taken: Set<string>): string {
  const base = foldVietnamese(header).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 32) || 'cot';
  let key = base;
  for (let suffix = 2; taken.has(key); suffix++) key = `${base}_${suffix}`;
  taken.add(key);
  return key;
}

function parsePresent(value: string): boolean | undefined {
  const folded = foldVietnamese(value);
  if (['', 'x', 'co', 'co mat', '1', 'v', 'true', 'tham du', 'du'].includes(folded)) return true;
  if (['vang', 'vang mat', 'khong', '0', 'false', 'k'].includes(folded)) return false;
  return undefined;
}

/** Group sub-heading rows: "A." in STT with the heading in the name column, or a lone upper-case cell. */
function groupHeading(cells: readonly string[], columns: readonly ImportColumn[]): string | undefined {
  const filled = columns.filter((column) => column.field !== 'ignore' && (cells[column.index] ?? '') !== '');
  const stt = columns.find((column) => column.field === 'stt');
  const name = columns.find((column) => column.field === 'fullName');
  const sttText = stt ? (cells[stt.index] ?? '') : '';
  const nameText = name ? (cells[name.index] ?? '') : '';
  if (filled.length === 2 && sttText && nameText && /^([A-ZĐ]|[IVXLC]+)[.)]?$/.test(sttText)) {
    return `${sttText.replace(/[.)]$/, '')}. ${nameText}`;
  }
  if (filled.length !== 1) return undefined;
  const only = cells[filled[0]!.index] ?? '';
  if (/^(tong so|tong cong|cong)\b/.test(foldVietnamese(only))) return undefined;
  const isUpper = only === only.toLocaleUpperCase('vi') && /\p{L}/u.test(only);
  if (filled[0]!.field === 'stt' ? !/^\d+$/.test(only) : isUpper) return only;
  return undefined;
}

function isFooter(cells: readonly string[]): boolean {
  const filled = cells.filter(Boolean);
  return filled.length === 1 && /^(tong so|tong cong)\b/.test(foldVietnamese(filled[0]!));
}

function checkMapping(columns: readonly ImportColumn[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const counts = new Map<ColumnField, number>();
  for (const column of columns) counts.set(column.field, (counts.get(column.field) ?? 0) + 1);
  if (!counts.get('fullName')) issues.push({ row: null, message: 'Chưa có cột nào được gán là "Họ và tên"' });
  for (const [field, count] of counts) {
    if (count > 1 && field !== 'extra' && field !== 'ignore') issues.push({ row: null, message: `Có ${count} cột cùng được gán là "${FIELD_MESSAGES[field] ?? field}"; chỉ được một` });
  }
  return issues;
}

export function buildImportPreview(table: SourceTable, mapping?: ColumnMapping): ImportPreview {
  const header = detectHeader(table.rows);
  const notices: ImportIssue[] = table.notices.map((message) => ({ row: null, message }));
  const base = { fileName: table.fileName, sheetName: table.sheetName, groups: [], extraColumns: [], rows: [], warnings: notices };
  if (!header) {
    return {
      ...base,
      headerRow: 0,
      columns: [],
      errors: [{ row: null, message: 'Không tìm thấy dòng tiêu đề có cột "Họ và tên" (cần các cột như STT, Họ và tên, Chức vụ, Đơn vị, Ghi chú) trong 15 dòng đầu' }],
    };
  }
  const columns = applyMapping(header.columns, mapping);
  const headerRow = table.rows[header.rowIndex]!.number;
  const mappingIssues = checkMapping(columns);
  if (mappingIssues.length > 0) return { ...base, headerRow, columns, errors: mappingIssues };

  const taken = new Set<string>();
  const extras: Array<ExtraColumn & { index: number }> = columns
    .filter((column) => column.field === 'extra')
    .map((column) => ({ key: extraKey(column.header || `Cột ${column.index + 1}`, taken), label: column.header || `Cột ${column.index + 1}`, index: column.index }));
  const indexOf = (field: ColumnField) => columns.find((column) => column.field === field)?.index;
  const at = { honorific: indexOf('honorific'), fullName: indexOf('fullName'), title: indexOf('title'), unit: indexOf('unit'), note: indexOf('note'), group: indexOf('group'), present: indexOf('present'), protocolRank: indexOf('protocolRank') };
  const cell = (source: SourceRow, index: number | undefined) => (index === undefined ? '' : (source.cells[index] ?? ''));

  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [...notices];
  const rows: AttendeeRow[] = [];
  const sourceNumbers: number[] = [];
  const groups: string[] = [];
  let currentGroup = '';
  let dataRows = 0;

  for (const source of table.rows.slice(header.rowIndex + 1)) {
    if (source.cells.every((value) => value === '') || isFooter(source.cells)) continue;
    const heading = groupHeading(source.cells, columns);
    if (heading !== undefined) {
      currentGroup = heading;
      if (!groups.includes(heading)) groups.push(heading);
      continue;
    }
    dataRows++;
    const rowErrors: string[] = [];
    const typedHonorific = cell(source, at.honorific);
    const split = splitHonorific(cell(source, at.fullName));
    const honorific = typedHonorific || split.honorific;
    if (!split.fullName) rowErrors.push('thiếu Họ và tên');
    const presentText = cell(source, at.present);
    let present = parsePresent(presentText);
    if (present === undefined) {
      warnings.push({ row: source.number, message: `không hiểu giá trị "${presentText}" ở cột Có mặt; coi là có mặt` });
      present = true;
    }
    const rankText = cell(source, at.protocolRank);
    let protocolRank: number | null = null;
    if (rankText) {
      if (/^\d{1,6}$/.test(rankText)) protocolRank = Number(rankText);
      else rowErrors.push(`Thứ tự lễ tân "${rankText}" phải là số nguyên`);
    }
    const group = at.group !== undefined ? cell(source, at.group) || currentGroup : currentGroup;
    if (group && !groups.includes(group)) groups.push(group);
    const candidate = {
      id: randomUUID(),
      personId: null,
      group,
      order: rows.length,
      honorific,
      fullName: split.fullName,
      title: cell(source, at.title),
      unit: cell(source, at.unit),
      note: cell(source, at.note),
      present,
      protocolRank,
      extra: Object.fromEntries(extras.map((extra) => [extra.key, source.cells[extra.index] ?? ''])),
    };
    const parsed = AttendeeRow.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = FIELD_MESSAGES[String(issue.path[0])];
        rowErrors.push(field && !issue.message.includes(field) ? `${field}: ${issue.message}` : issue.message);
      }
    }
    if (rowErrors.length > 0) {
      for (const message of rowErrors) errors.push({ row: source.number, message });
      continue;
    }
    rows.push(parsed.data!);
    sourceNumbers.push(source.number);
  }

  if (dataRows === 0) errors.push({ row: null, message: 'Tệp không có dòng đại biểu nào dưới dòng tiêu đề' });
  if (rows.length > MAX_ATTENDEE_ROWS) errors.push({ row: null, message: `Danh sách có ${rows.length} dòng, quá giới hạn ${MAX_ATTENDEE_ROWS} dòng` });

  const numbered = rows.map((row, index) => ({ row, number: sourceNumbers[index]! }));
  for (const group of findDuplicates(numbered, (item) => item.row.fullName)) {
    const [first, ...others] = group.items;
    for (const other of others) {
      warnings.push({ row: other.number, message: `có thể trùng người với dòng ${first!.number} (${first!.row.fullName} / ${other.row.fullName})` });
    }
  }
  warnings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

  const listed = errors.length > MAX_LISTED_ERRORS ? [...errors.slice(0, MAX_LISTED_ERRORS), { row: null, message: `… và ${errors.length - MAX_LISTED_ERRORS} lỗi khác` }] : errors;
  return {
    fileName: table.fileName,
    sheetName: table.sheetName,
    headerRow,
    columns,
    groups,
    extraColumns: extras.map(({ key, label }) => ({ key, label })),
    rows,
    errors: listed,
    warnings,
  };
}
