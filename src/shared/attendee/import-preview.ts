/**
 * What a spreadsheet import shows before anything is written: the columns as understood (and the
 * user's mapping of the others), the rows, and per-row errors and warnings with Excel row numbers.
 */
import { z } from 'zod';
import { AttendeeRow, ExtraColumn, GroupName } from './attendee-list';

export const COLUMN_FIELDS = ['stt', 'honorific', 'fullName', 'title', 'unit', 'note', 'group', 'present', 'protocolRank', 'extra', 'ignore'] as const;
export const ColumnField = z.enum(COLUMN_FIELDS, { message: 'Cột phải gán vào một trường đã biết' });
export type ColumnField = z.infer<typeof ColumnField>;

export const COLUMN_FIELD_LABELS_VI: Record<ColumnField, string> = {
  stt: 'STT',
  honorific: 'Danh xưng',
  fullName: 'Họ và tên',
  title: 'Chức vụ',
  unit: 'Đơn vị',
  note: 'Ghi chú',
  group: 'Nhóm',
  present: 'Có mặt',
  protocolRank: 'Thứ tự lễ tân',
  extra: 'Giữ làm cột thêm',
  ignore: 'Bỏ qua',
};

/** Column index (0-based, as a string key) → field. Columns not named keep their detected field. */
export const ColumnMapping = z.record(z.string().regex(/^\d{1,3}$/), ColumnField);
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const ImportColumn = z.object({ index: z.number().int(), header: z.string(), field: ColumnField });
export type ImportColumn = z.infer<typeof ImportColumn>;

export const ImportIssue = z.object({
  /** Row number as Excel shows it; null for an issue with the whole file. */
  row: z.number().int().nullable(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

export const ImportPreview = z.object({
  fileName: z.string(),
  sheetName: z.string().nullable(),
  headerRow: z.number().int(),
  columns: z.array(ImportColumn),
  groups: z.array(GroupName),
  extraColumns: z.array(ExtraColumn),
  rows: z.array(AttendeeRow),
  errors: z.array(ImportIssue),
  warnings: z.array(ImportIssue),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** "Dòng 14: thiếu Họ và tên" (docs/ui-conventions.md manners). */
export function formatImportIssue(issue: ImportIssue): string {
  return issue.row === null ? issue.message : `Dòng ${issue.row}: ${issue.message}`;
}
