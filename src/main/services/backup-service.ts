/**
 * Backups the user can see and use: "Sao lưu ngay", the daily automatic one, the list, and
 * restoring one into the running app. Every backup verifies before it gets its name.
 */
import type { DocumentRepo } from '../db/document-repo';
import { openSqlite } from '../db/sqlite';
import { AppError } from '../../shared/errors/app-error';
import type { Clock } from '../db/clock';
import { backupDir, listBackups, removeInterruptedBackups, rotateBackups, verifyDatabaseFile, writeBackup, type BackupInfo, type BackupTag, type VerdictReason } from '../db/backup-store';
import { SCHEMA_VERSION, MIGRATIONS } from '../db/migrations';
import { migrate, type Db } from '../db/open';

/** An automatic backup when the newest is older than this (issue 6: on start, older than 24 h). */
export const AUTO_BACKUP_AGE_MS = 24 * 3_600_000;

export class BackupService {
  constructor(
    private readonly db: Db,
    private readonly dbPath: string,
    private readonly clock: Clock,
    private readonly documents: Pick<DocumentRepo, 'hasAny'>,
    private readonly utcOffsetMinutes?: number,
  ) {}

  folder(): string {
    return backupDir(this.dbPath);
  }

  list(): BackupInfo[] {
    return listBackups(this.dbPath);
  }

  /** A verified backup now, then rotation (10 of today, 7 daily, 4 weekly); `protect` is never rotated away. */
  async backupNow(tag: BackupTag = 'thu-cong', protect?: string): Promise<BackupInfo> {
    const info = await writeBackup(this.db, this.dbPath, this.clock.now(), tag);
    const now = this.clock.now();
    rotateBackups(this.dbPath, now, this.utcOffsetMinutes ?? -now.getTimezoneOffset(), protect);
    return info;
  }

  /** At start: what an interrupted backup or restore left behind is removed. */
  removeInterrupted(): string[] {
    return removeInterruptedBackups(this.dbPath, this.clock.now());
  }

  /** At start: a backup when the newest is older than 24 h and there is something to keep. */
  async backupIfStale(): Promise<BackupInfo | null> {
    const newest = this.list()[0];
    if (newest && this.clock.now().getTime() - Date.parse(newest.createdAt) < AUTO_BACKUP_AGE_MS) return null;
    if (!this.documents.hasAny()) return null;
    return this.backupNow('tu-dong');
  }

  /**
   * The renderer's door: a backup is named as backup.list gave it and looked up in this
   * database's backups folder; a path, or a name that is not listed there, is refused.
   */
  async restoreNamed(name: string): Promise<{ restoredFrom: string; safetyBackup: BackupInfo }> {
    const backup = this.list().find((candidate) => candidate.name === name);
    if (!backup) {
      throw new AppError('invalid_input', `Không có bản sao lưu «${name}» trong thư mục sao lưu ${this.folder()}; hãy chọn một bản trong danh sách.`, { where: 'name' });
    }
    return this.restore(backup.file);
  }

  /**
   * Puts a backup's content into the running database. The current content is backed up first,
   * the chosen file must pass integrity_check, and pages are copied with the backup API into the
   * live file (SQLite takes the write lock), then migrated if the backup is from an older version.
   */
  async restore(file: string): Promise<{ restoredFrom: string; safetyBackup: BackupInfo }> {
    const verdict = verifyDatabaseFile(file, { full: true });
    if (!verdict.ok) throw new AppError('invalid_input', describeVerdict(verdict.reason), { where: file, detail: verdict.detail });
    if (verdict.userVersion > SCHEMA_VERSION) {
      throw new AppError('db_newer', 'Bản sao lưu này do phiên bản Thư ký mới hơn tạo ra; hãy cập nhật ứng dụng trước khi khôi phục.', { where: file });
    }
    const safetyBackup = await this.backupNow('truoc-khoi-phuc', file);
    const source = openSqlite(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(this.dbPath);
    } catch (cause) {
      throw new AppError('io', `Không khôi phục được từ bản sao lưu: ${(cause as Error).message}. Dữ liệu hiện tại vẫn còn trong ${safetyBackup.name}.`, { where: file, cause });
    } finally {
      source.close();
    }
    migrate(this.db, this.db.pragma('user_version', { simple: true }) as number, MIGRATIONS);
    return { restoredFrom: file, safetyBackup };
  }
}

export function describeVerdict(reason: VerdictReason): string {
  switch (reason) {
    case 'missing':
      return 'Không tìm thấy tệp sao lưu.';
    case 'not_sqlite':
      return 'Tệp này không phải cơ sở dữ liệu (không phải bản sao lưu của Thư ký).';
    case 'damaged':
      return 'Tệp sao lưu bị hỏng (không vượt qua kiểm tra toàn vẹn).';
    case 'foreign':
      return 'Tệp này là cơ sở dữ liệu của chương trình khác, không phải của Thư ký.';
    case 'unavailable':
      return 'Không đọc được tệp sao lưu (đang bị khóa hoặc không có quyền đọc).';
  }
}

/** "27/11/2026 14:05" in the user's local time, for messages about a backup. */
export function backupDateLabel(createdAt: string): string {
  const at = new Date(createdAt);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
