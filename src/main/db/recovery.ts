/**
 * Opening with a safety net. quick_check before anything writes; a damaged, unreadable or foreign
 * file is never overwritten and the app never silently starts empty: the file (with its -wal and
 * -shm) is moved unchanged into <dbdir>/quarantine/, and the caller gets a Vietnamese message
 * and the newest backup that verifies.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors/app-error';
import { listBackups, verifyDatabaseFile, type BackupInfo } from './backup-store';
import { checkStillValid, recordChecked } from './check-record';
import { SCHEMA_VERSION } from './schema-version';

export const QUARANTINE_DIR_NAME = 'quarantine';

export type Health =
  | { ok: true; fresh: boolean }
  | { ok: false; reason: 'not_sqlite' | 'damaged' | 'foreign' | 'unavailable'; detail: string }
  | { ok: false; reason: 'newer'; userVersion: number };

/**
 * Looks at the file read-only; a missing or empty file is a fresh start. With `trustRecord`, a file
 * unchanged since it was last found sound (check-record.ts) is not read again; a newer schema is
 * still refused when the database opens.
 */
export function checkDatabaseFile(dbPath: string, options: { trustRecord?: boolean } = {}): Health {
  if (!fs.existsSync(dbPath)) return { ok: true, fresh: true };
  if (fs.statSync(dbPath).size === 0 && !fs.existsSync(`${dbPath}-wal`)) return { ok: true, fresh: true };
  if (options.trustRecord && checkStillValid(dbPath)) return { ok: true, fresh: false };
  const verdict = verifyDatabaseFile(dbPath);
  if (!verdict.ok) return verdict.reason === 'missing' ? { ok: true, fresh: true } : { ok: false, reason: verdict.reason, detail: verdict.detail };
  if (verdict.userVersion > SCHEMA_VERSION) return { ok: false, reason: 'newer', userVersion: verdict.userVersion };
  recordChecked(dbPath);
  return { ok: true, fresh: false };
}

/** Moves the database and its -wal/-shm into quarantine/ under a dated name; bytes unchanged. */
export function quarantine(dbPath: string, at: Date = new Date()): string {
  const dir = path.join(path.dirname(path.resolve(dbPath)), QUARANTINE_DIR_NAME);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('.', '');
  const target = path.join(dir, `${stamp}-${path.basename(dbPath)}`);
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (fs.existsSync(dbPath + suffix)) fs.renameSync(dbPath + suffix, target + suffix);
  }
  return target;
}

/** The newest backup that passes quick_check, or null. */
export function newestVerifiedBackup(dbPath: string): BackupInfo | null {
  for (const backup of listBackups(dbPath)) {
    const verdict = verifyDatabaseFile(backup.file);
    if (verdict.ok && verdict.userVersion <= SCHEMA_VERSION) return backup;
  }
  return null;
}

export interface Problem {
  error: AppError;
  /** Where the unusable file now is (null when it was left in place, e.g. from a newer app). */
  quarantinedTo: string | null;
  newestBackup: BackupInfo | null;
}

/** The most recently quarantined database file (not its -wal/-shm), or null. */
export function lastQuarantined(dbPath: string): string | null {
  const dir = path.join(path.dirname(path.resolve(dbPath)), QUARANTINE_DIR_NAME);
  if (!fs.existsSync(dir)) return null;
  // Only this database's files: a second database in the same folder has its own history.
  const own = `-${path.basename(dbPath)}`;
  const files = fs.readdirSync(dir).filter((name) => name.endsWith(own)).sort();
  return files.length ? path.join(dir, files[files.length - 1]!) : null;
}

/**
 * Checks the database and, when it cannot be used, quarantines it. Returns null when the caller
 * may open it (fresh or healthy). A missing file is fresh only when nothing says there was data:
 * after a quarantine, or with backups beside it, starting empty must be the user's choice
 * (startEmpty), never what happens because the app was closed before answering.
 */
export function inspectAndQuarantine(
  dbPath: string,
  describeBackupDate: (createdAt: string) => string,
  options: { startEmpty?: boolean; trustCheckRecord?: boolean } = {},
): Problem | null {
  const health = checkDatabaseFile(dbPath, { trustRecord: options.trustCheckRecord ?? false });
  const name = path.basename(dbPath);
  if (health.ok && health.fresh && !options.startEmpty) {
    const quarantined = lastQuarantined(dbPath);
    const newestBackup = newestVerifiedBackup(dbPath);
    const offer = newestBackup
      ? ` Có bản sao lưu tốt ngày ${describeBackupDate(newestBackup.createdAt)} (${newestBackup.name}); chọn «Khôi phục» để dùng bản này, hoặc «Bắt đầu với dữ liệu trống».`
      : ' Không có bản sao lưu nào dùng được; chọn «Bắt đầu với dữ liệu trống» để tiếp tục.';
    if (fs.existsSync(dbPath) && (quarantined || newestBackup)) {
      // A 0-byte file where backups say there was data is a damaged file (a crash while it was
      // being replaced, a sync tool that truncated it), not an invitation to start empty.
      const quarantinedTo = quarantine(dbPath);
      return {
        error: new AppError('db_unusable', `Tệp dữ liệu «${name}» rỗng (0 byte) dù thư mục còn bản sao lưu, nên Thư ký không mở nó như dữ liệu trống. Tệp đã được chuyển sang thư mục cách ly: ${quarantinedTo}.${offer}`, { where: dbPath }),
        quarantinedTo,
        newestBackup,
      };
    }
    if (!fs.existsSync(dbPath) && (quarantined || newestBackup)) {
      const what = quarantined
        ? `Tệp dữ liệu «${name}» đã bị hỏng và được cách ly (${quarantined}); chưa có tệp dữ liệu mới.`
        : `Không tìm thấy tệp dữ liệu «${name}», nhưng thư mục sao lưu vẫn còn bản sao.`;
      return { error: new AppError('db_unusable', what + offer, { where: dbPath }), quarantinedTo: quarantined, newestBackup };
    }
  }
  if (health.ok) return null;
  if (health.reason === 'unavailable') {
    // Locked or unreadable is not damaged: never quarantine a file another program is using.
    return {
      error: new AppError(
        'db_unusable',
        /locked|busy/i.test(health.detail)
          ? `Không mở được tệp dữ liệu «${name}»: tệp đang bị chương trình khác khóa. Hãy đóng các cửa sổ Thư ký khác rồi thử lại; tệp không bị thay đổi.`
          : `Không mở được tệp dữ liệu «${name}»: không có quyền đọc tệp hoặc thư mục chứa nó. Hãy kiểm tra quyền truy cập (hoặc mở bằng tài khoản có quyền) rồi thử lại; tệp không bị thay đổi.`,
        { where: dbPath, detail: health.detail },
      ),
      quarantinedTo: null,
      newestBackup: null,
    };
  }
  if (health.reason === 'newer') {
    return {
      error: new AppError(
        'db_newer',
        `Tệp dữ liệu «${name}» do phiên bản Thư ký mới hơn tạo ra (lược đồ ${health.userVersion}). Hãy cập nhật ứng dụng; tệp không bị thay đổi.`,
        { where: dbPath },
      ),
      quarantinedTo: null,
      newestBackup: null,
    };
  }
  const quarantinedTo = quarantine(dbPath);
  const newestBackup = newestVerifiedBackup(dbPath);
  const what =
    health.reason === 'foreign'
      ? `Tệp dữ liệu «${name}» không phải của Thư ký`
      : health.reason === 'not_sqlite'
        ? `Tệp dữ liệu «${name}» không đọc được (không phải cơ sở dữ liệu hoặc đã hỏng phần đầu)`
        : `Tệp dữ liệu «${name}» bị hỏng`;
  const offer = newestBackup
    ? ` Có bản sao lưu tốt ngày ${describeBackupDate(newestBackup.createdAt)} (${newestBackup.name}); chọn «Khôi phục» để dùng bản này.`
    : ' Không tìm thấy bản sao lưu nào dùng được.';
  return {
    error: new AppError(
      'db_unusable',
      `${what} nên Thư ký không mở nó. Tệp đã được chuyển nguyên vẹn sang thư mục cách ly: ${quarantinedTo}.${offer}`,
      { where: dbPath, detail: 'detail' in health ? health.detail : undefined },
    ),
    quarantinedTo,
    newestBackup,
  };
}

/**
 * Puts a verified backup where the database belongs when nothing is there (after quarantine):
 * copy to a temporary name, integrity_check, rename.
 */
export function installBackup(dbPath: string, file: string): void {
  if (fs.existsSync(dbPath) && fs.statSync(dbPath).size > 0) {
    throw new AppError('conflict', 'Đã có tệp dữ liệu ở vị trí này; hãy khôi phục từ trong ứng dụng.', { where: dbPath });
  }
  const verdict = verifyDatabaseFile(file, { full: true });
  if (!verdict.ok) throw new AppError('invalid_input', 'Tệp sao lưu không dùng được (hỏng hoặc không phải của Thư ký).', { where: file, detail: verdict.detail });
  if (verdict.userVersion > SCHEMA_VERSION) throw new AppError('db_newer', 'Bản sao lưu này do phiên bản Thư ký mới hơn tạo ra.', { where: file });
  const temp = `${dbPath}.khoi-phuc.tmp`;
  fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  fs.copyFileSync(file, temp);
  const copied = verifyDatabaseFile(temp, { full: true });
  if (!copied.ok) {
    fs.rmSync(temp, { force: true });
    throw new AppError('io', 'Bản chép của tệp sao lưu không vượt qua kiểm tra; chưa khôi phục gì.', { where: file, detail: copied.detail });
  }
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(dbPath + suffix, { force: true });
  fs.renameSync(temp, dbPath);
}
