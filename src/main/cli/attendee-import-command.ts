/**
 * `thuky import list.csv|list.xlsx --kind attendees [--title T] [--json]`: a new attendees document
 * with its list. Any row error refuses the whole file (exit 1, the row numbers on stderr), nothing written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatImportIssue } from '../../shared/attendee/import-preview';
import { AppError } from '../../shared/errors/app-error';
import type { Services } from '../services/services';
import type { CliArgs } from './args';

import type { Print } from './print';

/** True when `import` should read an attendee spreadsheet rather than a document. */
export function isAttendeeImport(args: CliArgs): boolean {
  const file = args.positionals[0] ?? '';
  return args.values.kind === 'attendees' || /\.(csv|xlsx|xls)$/i.test(file);
}

export async function importAttendeesCommand(services: Services, args: CliArgs, print: Print): Promise<void> {
  const file = args.positionals[0];
  if (!file) throw new AppError('invalid_input', 'Thiếu tên tệp. Cách dùng: thuky import DANH-SACH.xlsx|.csv --kind attendees', { where: 'tham số' });
  if (args.values.kind && args.values.kind !== 'attendees') {
    throw new AppError('invalid_input', `Tệp bảng tính chỉ nhập được làm danh sách đại biểu (--kind attendees), không phải "${args.values.kind}"`, { where: '--kind' });
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (cause) {
    throw new AppError('io', 'Không đọc được tệp', { where: file, cause, detail: String(cause) });
  }
  const result = await services.attendees.commitImport(bytes, path.basename(file), args.values.title ? { title: args.values.title } : {});
  if (args.values.json) {
    print(JSON.stringify({ id: result.documentId, listId: result.listId, rows: result.rowCount, warnings: result.warnings.map(formatImportIssue) }));
    return;
  }
  print(result.documentId);
  print(`Đã nhập ${result.rowCount} đại biểu.`);
  for (const warning of result.warnings) print(`Lưu ý: ${formatImportIssue(warning)}`);
}
