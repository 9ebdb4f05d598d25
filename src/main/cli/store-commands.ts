/** CLI commands for the store's safety net and search: backup, restore, search, archive. */
import path from 'node:path';
import { kindOf } from '../../shared/document/kinds';
import { AppError } from '../../shared/errors/app-error';
import { backupDateLabel } from '../services/backup-service';
import { listBackups } from '../db/backup-store';
import type { StoreLock } from '../db/store-lock';
import { recoverFromBackup } from '../services/recovery-service';
import { openForDoor } from '../services/store-access';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import { commandWrites } from './command-access';

import type { Print } from './print';
import { escapeHtmlText } from '../../shared/markup/escape';
import type { MarkedText } from '../../shared/search/marked-text';

export async function backupCommand(services: Services, args: CliArgs, print: Print): Promise<void> {
  const info = await services.backup.backupNow();
  if (args.values.json) return print(JSON.stringify(info));
  print(`Đã sao lưu và kiểm tra: ${info.file}`);
}

export async function restoreCommand(services: Services, args: CliArgs, print: Print): Promise<void> {
  const file = args.positionals[0];
  if (!file) throw new AppError('invalid_input', 'Thiếu tệp sao lưu. Cách dùng: thuky restore TỆP (xem "thuky backups")', { where: 'tham số' });
  const result = await services.backup.restore(resolveBackupArgument(services.dbPath, file));
  if (args.values.json) return print(JSON.stringify(result));
  print(`Đã khôi phục từ ${result.restoredFrom}. Dữ liệu trước khi khôi phục được giữ trong ${result.safetyBackup.file}.`);
}

export function backupsCommand(services: Services, args: CliArgs, print: Print): void {
  const list = services.backup.list();
  if (args.values.json) return print(JSON.stringify(list));
  if (list.length === 0) return print(`Chưa có bản sao lưu nào (thư mục ${services.backup.folder()}).`);
  for (const backup of list) print(`${backupDateLabel(backup.createdAt)}  ${(backup.sizeBytes / 1048576).toFixed(1).padStart(7)} MB  ${backup.file}`);
}

export function searchCommand(services: Services, args: CliArgs, print: Print): void {
  const query = args.positionals.join(' ');
  if (!query.trim()) throw new AppError('invalid_input', 'Thiếu từ cần tìm. Cách dùng: thuky search TỪ KHÓA [--json]', { where: 'tham số' });
  const hits = services.search.query(query, 50);
  // --json keeps its snippet string: escaped text with <mark>…</mark> around matched words.
  if (args.values.json) return print(JSON.stringify(hits.map(({ id, title, kind, snippet }) => ({ id, title, kind, snippet: markedHtml(snippet) }))));
  if (hits.length === 0) return print(`Không tìm thấy văn bản nào có "${query}".`);
  const plain = (parts: MarkedText) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');
  for (const hit of hits) print(`${hit.id}  ${kindOf(hit.kind).label.vi.padEnd(22)} ${hit.title}\n    ${plain(hit.snippet)}`);
}

function markedHtml(parts: MarkedText): string {
  return parts.map((part) => (part.marked ? `<mark>${escapeHtmlText(part.text)}</mark>` : escapeHtmlText(part.text))).join('');
}

export function archiveCommand(services: Services, args: CliArgs, print: Print): void {
  const [action, file] = args.positionals;
  if ((action !== 'export' && action !== 'import') || !file) {
    throw new AppError('invalid_input', 'Cách dùng: thuky archive export TỆP.jsonl | thuky archive import TỆP.jsonl', { where: 'tham số' });
  }
  if (action === 'export') {
    const result = services.archive.exportTo(path.resolve(file), services.clock.now().toISOString());
    if (args.values.json) return print(JSON.stringify(result));
    const history = result.revisionsLeftOut > 0 ? ` Tệp lưu trữ không mang theo lịch sử phiên bản: ${result.revisionsLeftOut} phiên bản vẫn chỉ ở máy này.` : '';
    const events = result.events > 0 ? `, ${result.events} hội nghị` : '';
    return print(`Đã xuất ${result.documents} văn bản${events} và ${result.images} ảnh vào ${path.resolve(file)}.${history}`);
  }
  const report = services.archive.importFrom(path.resolve(file));
  if (args.values.json) return print(JSON.stringify(report));
  const events = report.events.length > 0 ? `, ${report.events.length} hội nghị` : '';
  print(`Đã nhập ${report.imported.length} văn bản${events}, ${report.images} ảnh; bỏ qua ${report.duplicates.length} văn bản trùng.`);
  for (const conflict of report.conflicts) print(`Không nhập: mã ${conflict.id} («${conflict.title}») đã có với nội dung khác; văn bản hiện có được giữ nguyên.`);
}

/**
 * Opens the store for a command. A command that writes takes the lock first (another writer
 * holding it: the command stops, exit 1, nothing written); a reading command runs beside the app.
 * An unusable database was quarantined by openOrRecover: the command stops with the Vietnamese
 * message (exit ≠ 0) rather than starting empty, except `thuky restore FILE`, which is how the
 * user takes the offered backup. `services` is undefined when that restore is already done.
 */
export async function openStoreForCli(dbPath: string, args: CliArgs, print: Print): Promise<{ services?: Services; lock: StoreLock | null }> {
  const access = { door: 'cli' as const, command: args.command, writes: commandWrites(args) };
  const { outcome: opened, lock } = await openForDoor(dbPath, access, { startEmpty: args.values['start-empty'] ?? false, check: 'when-changed' });
  try {
    if (opened.ok) return { services: opened.services, lock };
    const file = args.positionals[0];
    if (args.command !== 'restore' || !file) {
      const restoreHint = opened.newestBackup ? ` Khôi phục: thuky restore "${opened.newestBackup.file}".` : '';
      // --start-empty helps only when the file was set aside or is missing; a locked or unreadable file is left in place.
    const setAside = opened.quarantinedTo !== null || opened.newestBackup !== null;
    const hint = opened.error.code === 'db_unusable' && setAside ? `${restoreHint} Bắt đầu với dữ liệu trống: thêm --start-empty.` : '';
      throw new AppError(opened.error.code, opened.error.message + hint, { where: opened.error.where, detail: opened.error.detail });
    }
    const backupFile = resolveBackupArgument(dbPath, file);
    const recovered = await recoverFromBackup(dbPath, backupFile, { autoBackup: false });
    if (!recovered.ok) throw recovered.error;
    recovered.services.close();
    print(args.values.json ? JSON.stringify({ restoredFrom: backupFile, quarantinedTo: opened.quarantinedTo }) : `Đã khôi phục từ ${backupFile}. Tệp hỏng được giữ trong ${opened.quarantinedTo}.`);
    return { lock };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** `thuky restore` takes a name from `thuky backups` or the path of a backup file. */
function resolveBackupArgument(dbPath: string, given: string): string {
  const named = listBackups(dbPath).find((backup) => backup.name === given);
  return named ? named.file : path.resolve(given);
}
