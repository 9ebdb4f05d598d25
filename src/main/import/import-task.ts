/** The parse steps that may run off the app's thread: bytes in, plain structured-cloneable data out. */
import { readSpreadsheet, type SourceTable } from './spreadsheet/read-table';

export type ImportTask = { kind: 'spreadsheet'; bytes: Uint8Array; fileName: string };

export interface ImportTaskResult {
  spreadsheet: SourceTable;
}

export function runImportTask(task: ImportTask): Promise<ImportTaskResult[ImportTask['kind']]> {
  return readSpreadsheet(task.bytes, task.fileName);
}
