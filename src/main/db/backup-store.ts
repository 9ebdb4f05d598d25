/**
 * Backup files beside the database (<dbdir>/backups/): naming, verification, rotation, listing.
 * A backup is written to a temporary name, checked with integrity_check and only then renamed,
 * so a file with a backup name is always a database that verified.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openSqlite } from './sqlite';
import { AppError } from '../../shared/errors/app-error';
import { SCHEMA_VERSION } from './schema-version';
import type { Db } from './open';

export const BACKUP_DIR_NAME = 'backups';

/** Why a backup was made; part of its file name. */
export const BACKUP_TAGS = ['thu-cong', 'tu-dong', 'truoc-nang-cap', 'truoc-khoi-phuc'] as const;
export type BackupTag = (typeof BACKUP_TAGS)[number];

export interface BackupInfo {
  file: string;
  name: string;
  createdAt: string;
  tag: BackupTag;
  sizeBytes: number;
}

/** The stem of the database's file name: thuky.db keeps "thuky-…" backups, khac.db "khac-…". */
export const DEFAULT_BACKUP_STEM = 'thuky';

export function backupStem(dbPath: string): string {
  const base = path.basename(dbPath);
  const ext = path.extname(base);
  return ext && ext !== base ? base.slice(0, -ext.length) : base;
}

export function backupDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), BACKUP_DIR_NAME);
}

export function backupName(at: Date, tag: BackupTag, schemaVersion?: number, stem = DEFAULT_BACKUP_STEM): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('.', '');
  return `${stem}-${stamp}-${tag}${schemaVersion === undefined ? '' : `-v${schemaVersion}`}.db`;
}

/** Only names of this database's backups parse: backups belong to their database. */
export function parseBackupName(name: string, stem = DEFAULT_BACKUP_STEM): { createdAt: string; tag: BackupTag } | undefined {
  if (!name.startsWith(`${stem}-`)) return undefined;
  const match = STAMP_AND_TAG.exec(name.slice(stem.length + 1));
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, ms, tag] = match;
  if (!BACKUP_TAGS.includes(tag as BackupTag)) return undefined;
  return { createdAt: `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`, tag: tag as BackupTag };
}

const STAMP_AND_TAG = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+?)(?:-v\d+)?\.db$/;

/** Newest first. */
export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupDir(dbPath);
  if (!fs.existsSync(dir)) return [];
  const stem = backupStem(dbPath);
  const out: BackupInfo[] = [];
  for (const name of fs.readdirSync(dir)) {
    const parsed = parseBackupName(name, stem);
    if (!parsed) continue;
    const file = path.join(dir, name);
    out.push({ file, name, ...parsed, sizeBytes: fs.statSync(file).size });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** 'unavailable': locked by another program or not readable by us; says nothing about the content. */
export type VerdictReason = 'missing' | 'not_sqlite' | 'damaged' | 'foreign' | 'unavailable';
export type Verdict = { ok: true; userVersion: number } | { ok: false; reason: VerdictReason; detail: string };

/** SQLite result codes that are about access, not about the file's content. */
const ACCESS_ERRORS = /^SQLITE_(BUSY|LOCKED|CANTOPEN|PERM|READONLY|IOERR|NOMEM|AUTH)/;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Reads a database file without changing it: SQLite header, then quick_check (or the slower
 * integrity_check with full), then whether it is a thuky database (documents table).
 */
export function verifyDatabaseFile(file: string, options: { full?: boolean; skipCheck?: boolean } = {}): Verdict {
  if (!fs.existsSync(file)) return { ok: false, reason: 'missing', detail: 'không có tệp' };
  const head = Buffer.alloc(16);
  let read: number;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      read = fs.readSync(fd, head, 0, 16, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (cause) {
    return { ok: false, reason: 'unavailable', detail: String((cause as Error).message) };
  }
  if (read < 16 || !head.equals(SQLITE_MAGIC)) return { ok: false, reason: 'not_sqlite', detail: 'thiếu phần đầu tệp SQLite' };
  let db: Db | undefined;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
    // skipCheck: the file is exactly as a check last found it (check-record.ts); header, version and tables only.
    const rows = options.skipCheck ? [{ ok: 'ok' }] : (db.pragma(options.full ? 'integrity_check' : 'quick_check') as Record<string, string>[]);
    const messages = rows.map((row) => Object.values(row)[0]);
    if (messages.length !== 1 || messages[0] !== 'ok') return { ok: false, reason: 'damaged', detail: messages.slice(0, 5).join('; ') };
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    const hasDocuments = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'").get() !== undefined;
    const tableCount = (db.prepare("SELECT count(*) AS n FROM sqlite_master").get() as { n: number }).n;
    // A newer thuky's schema may look different; the caller refuses it by version, untouched.
    if (userVersion > SCHEMA_VERSION) return { ok: true, userVersion };
    if (userVersion === 0 ? tableCount > 0 : !hasDocuments) return { ok: false, reason: 'foreign', detail: 'không phải cơ sở dữ liệu của Thư ký' };
    return { ok: true, userVersion };
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    const reason = typeof code === 'string' && ACCESS_ERRORS.test(code) ? 'unavailable' : 'damaged';
    return { ok: false, reason, detail: String((cause as Error).message) };
  } finally {
    db?.close();
  }
}

/** Checks a freshly written copy, leaves it in rollback-journal mode (one self-contained file) and renames it into place. */
function finishBackup(temp: string, final: string): void {
  const copy = openSqlite(temp, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new AppError('io', 'Bản sao lưu vừa tạo không vượt qua kiểm tra toàn vẹn; bản này đã bị bỏ.', { where: final, detail: String(result) });
  } catch (error) {
    copy.close();
    fs.rmSync(temp, { force: true });
    throw error;
  }
  copy.close();
  fs.renameSync(temp, final);
}

function prepareTarget(dbPath: string, at: Date, tag: BackupTag, schemaVersion?: number): { temp: string; final: string } {
  const dir = backupDir(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const final = path.join(dir, backupName(at, tag, schemaVersion, backupStem(dbPath)));
  return { temp: `${final}.tmp`, final };
}

function infoOf(dbPath: string, final: string): BackupInfo {
  const name = path.basename(final);
  const parsed = parseBackupName(name, backupStem(dbPath));
  if (!parsed) throw new AppError('internal', 'Tên tệp sao lưu không đúng dạng', { where: name });
  return { file: final, name, ...parsed, sizeBytes: fs.statSync(final).size };
}

/** Online backup with better-sqlite3's backup API: the app keeps working while pages are copied. */
export async function writeBackup(db: Db, dbPath: string, at: Date, tag: BackupTag): Promise<BackupInfo> {
  const { temp, final } = prepareTarget(dbPath, at, tag);
  fs.rmSync(temp, { force: true });
  try {
    await db.backup(temp);
  } catch (cause) {
    fs.rmSync(temp, { force: true });
    throw new AppError('io', `Không tạo được bản sao lưu: ${(cause as Error).message}`, { where: final, cause });
  }
  finishBackup(temp, final);
  return infoOf(dbPath, final);
}

/**
 * Synchronous copy for the one place that cannot wait: just before a migration, inside the
 * synchronous open. VACUUM INTO writes a consistent, compact copy from the same connection.
 */
export function writeBackupSync(db: Db, dbPath: string, at: Date, tag: BackupTag, schemaVersion?: number): BackupInfo {
  const { temp, final } = prepareTarget(dbPath, at, tag, schemaVersion);
  fs.rmSync(temp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temp);
  } catch (cause) {
    fs.rmSync(temp, { force: true });
    throw new AppError('io', `Không tạo được bản sao lưu trước khi nâng cấp dữ liệu: ${(cause as Error).message}`, { where: final, cause });
  }
  finishBackup(temp, final);
  return infoOf(dbPath, final);
}

/**
 * Rotation: the newest `today` backups of today (so a "Sao lưu ngay" is never deleted by the next
 * one, yet a day of manual backups cannot grow without end), the newest of each of the 7 most
 * recent days that have one, and the newest of each of the 4 most recent weeks; the rest are
 * deleted, except `protect` (a file being restored from). Days and weeks are local ones.
 */
export const KEEP_TODAY = 10;

export function backupsToDelete(backups: readonly BackupInfo[], now: Date, utcOffsetMinutes: number, daily = 7, weekly = 4, keepToday = KEEP_TODAY): BackupInfo[] {
  const offsetMs = utcOffsetMinutes * 60_000;
  const dayOf = (b: BackupInfo) => Math.floor((Date.parse(b.createdAt) + offsetMs) / 86_400_000);
  // Day 0 (1970-01-01) was a Thursday; +3 makes weeks start on Monday.
  const weekOf = (b: BackupInfo) => Math.floor((dayOf(b) + 3) / 7);
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const today = Math.floor((now.getTime() + offsetMs) / 86_400_000);
  const keep = new Set<BackupInfo>(newestFirst.filter((backup) => dayOf(backup) >= today).slice(0, keepToday));
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const backup of newestFirst) {
    const day = dayOf(backup);
    if (!days.has(day) && days.size < daily) {
      days.add(day);
      keep.add(backup);
    }
    const week = weekOf(backup);
    if (!weeks.has(week) && weeks.size < weekly) {
      weeks.add(week);
      keep.add(backup);
    }
  }
  return newestFirst.filter((backup) => !keep.has(backup));
}

export function rotateBackups(dbPath: string, now: Date, utcOffsetMinutes = -now.getTimezoneOffset(), protect?: string): BackupInfo[] {
  const doomed = backupsToDelete(listBackups(dbPath), now, utcOffsetMinutes).filter((backup) => path.resolve(backup.file) !== (protect && path.resolve(protect)));
  for (const backup of doomed) fs.rmSync(backup.file, { force: true });
  return doomed;
}

/** A backup or restore interrupted this long ago is certainly not still running (they take seconds). */
export const STALE_TEMP_MS = 60 * 60_000;

/**
 * Removes what an interrupted backup leaves (<backup>.db.tmp and its -journal/-wal/-shm) and an
 * interrupted restore's <db>.khoi-phuc.tmp. Only this database's files, and only old ones, so a
 * backup another thuky process is writing right now is left alone. Returns the names removed.
 */
export function removeInterruptedBackups(dbPath: string, now: Date): string[] {
  const stem = backupStem(dbPath);
  const removed: string[] = [];
  const candidates: string[] = [];
  const dir = backupDir(dbPath);
  if (fs.existsSync(dir)) {
    for (const name of fs.readdirSync(dir)) if (name.startsWith(`${stem}-`) && /\.db\.tmp(?:-journal|-wal|-shm)?$/.test(name)) candidates.push(path.join(dir, name));
  }
  const restoreTemp = `${path.resolve(dbPath)}.khoi-phuc.tmp`;
  for (const suffix of ['', '-journal', '-wal', '-shm']) if (fs.existsSync(restoreTemp + suffix)) candidates.push(restoreTemp + suffix);
  for (const file of candidates) {
    try {
      if (now.getTime() - fs.statSync(file).mtimeMs < STALE_TEMP_MS) continue;
      fs.rmSync(file, { force: true });
      removed.push(path.basename(file));
    } catch {
      // Vanished or locked meanwhile: the next start tries again.
    }
  }
  return removed;
}
