/**
 * One lock for every door: a file beside the database (`thuky.db.lock`) saying who writes it
 * (door, pid, since when, on which machine). Created with O_EXCL, so of two writers only one
 * gets it; the other is told in Vietnamese who holds it and writes nothing. A lock whose process
 * is gone (a crash, a power cut) is taken over under a short-lived guard file, so two starters
 * cannot both remove the same stale lock and both believe they hold it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors/app-error';

export const LOCK_SUFFIX = '.lock';
const GUARD_SUFFIX = '.takeover';
/** A lock file still empty after this long was left by a writer that died between create and write. */
const EMPTY_LOCK_GRACE_MS = 5_000;
/** A takeover guard older than this belongs to a process that died while taking over. */
const GUARD_STALE_MS = 10_000;

export type Door = 'electron' | 'web' | 'cli';

export interface LockHolder {
  door: Door;
  pid: number;
  /** ISO time the lock was taken. */
  since: string;
  host: string;
  /** For the CLI: which command ("restore", "import" …). */
  command?: string;
}

export interface StoreLock {
  file: string;
  holder: LockHolder;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): void;
}

export interface LockEnvironment {
  pid: number;
  host: string;
  now: () => Date;
  /** Whether a process with this pid runs on this machine. */
  isAlive: (pid: number) => boolean;
}

export const systemLockEnvironment: LockEnvironment = {
  pid: process.pid,
  host: os.hostname(),
  now: () => new Date(),
  isAlive: processIsAlive,
};

export function lockFileFor(dbPath: string): string {
  return path.resolve(dbPath) + LOCK_SUFFIX;
}

/** Signal 0 checks existence only; EPERM means it exists but belongs to another user. */
export function processIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

type Reading = { state: 'absent' } | { state: 'holder'; holder: LockHolder } | { state: 'unreadable'; ageMs: number };

export function readLock(file: string, now: Date = new Date()): Reading {
  let text: string;
  let mtimeMs: number;
  try {
    text = fs.readFileSync(file, 'utf8');
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent' };
    throw new AppError('io', `Không đọc được tệp khóa: ${(error as Error).message}`, { where: file, cause: error });
  }
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.door === 'string' && typeof value.since === 'string' && typeof value.host === 'string') {
      return { state: 'holder', holder: value as LockHolder };
    }
  } catch {
    // Empty or cut short: judged by age below.
  }
  return { state: 'unreadable', ageMs: now.getTime() - mtimeMs };
}

/** Stale: the holder ran on this machine and its process is gone. A lock from another machine is never judged. */
export function isStale(holder: LockHolder, env: LockEnvironment): boolean {
  return holder.host === env.host && holder.pid !== env.pid && !env.isAlive(holder.pid);
}

/**
 * Takes the lock or throws AppError('conflict') naming the holder. Nothing is written to the
 * database before this succeeds, so a refused writer has changed nothing.
 */
export function acquireStoreLock(dbPath: string, who: { door: Door; command?: string }, env: LockEnvironment = systemLockEnvironment): StoreLock {
  const file = lockFileFor(dbPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    const holder: LockHolder = { door: who.door, pid: env.pid, since: env.now().toISOString(), host: env.host, ...(who.command ? { command: who.command } : {}) };
    if (createExclusive(file, JSON.stringify(holder))) return ownedLock(file, holder);
    const reading = readLock(file, env.now());
    if (reading.state === 'absent') continue;
    if (reading.state === 'holder' && !isStale(reading.holder, env)) throw lockedError(dbPath, reading.holder, env);
    if (reading.state === 'unreadable' && reading.ageMs < EMPTY_LOCK_GRACE_MS) throw lockedError(dbPath, undefined, env);
    takeOver(file, reading, env);
  }
  throw new AppError('conflict', 'Không lấy được khóa cơ sở dữ liệu (nhiều chương trình Thư ký đang khởi động cùng lúc); hãy thử lại.', { where: file });
}

function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new AppError('io', `Không tạo được tệp khóa cạnh cơ sở dữ liệu: ${(error as Error).message}`, { where: file, cause: error });
  }
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock under a guard file, after reading it again: only the lock that was judged
 * stale is removed, never one a live process created meanwhile. The caller then tries again
 * (and reports whoever holds the lock by then).
 */
function takeOver(file: string, judged: Reading, env: LockEnvironment): void {
  const guard = file + GUARD_SUFFIX;
  if (!createExclusive(guard, String(env.pid))) {
    // Another starter is taking over right now: let it finish, then look again.
    if (guardAge(guard, env) > GUARD_STALE_MS) fs.rmSync(guard, { force: true });
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    return;
  }
  try {
    const again = readLock(file, env.now());
    if (again.state === 'absent') return;
    const same =
      judged.state === 'holder'
        ? again.state === 'holder' && again.holder.pid === judged.holder.pid && again.holder.since === judged.holder.since && isStale(again.holder, env)
        : again.state === 'unreadable' && again.ageMs >= EMPTY_LOCK_GRACE_MS;
    if (same) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

function guardAge(guard: string, env: LockEnvironment): number {
  try {
    return env.now().getTime() - fs.statSync(guard).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function ownedLock(file: string, holder: LockHolder): StoreLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    const reading = readLock(file);
    if (reading.state === 'holder' && reading.holder.pid === holder.pid && reading.holder.since === holder.since) fs.rmSync(file, { force: true });
  };
  // A process that ends without closing (process.exit, an uncaught error) still leaves no lock.
  process.on('exit', release);
  return { file, holder, release };
}

const DOOR_LABELS: Record<Door, string> = {
  electron: 'ứng dụng Thư ký',
  web: 'Thư ký chạy trên trình duyệt (npm run web)',
  cli: 'lệnh thuky',
};

export function describeHolder(holder: LockHolder): string {
  return holder.door === 'cli' && holder.command ? `lệnh «thuky ${holder.command}»` : (DOOR_LABELS[holder.door] ?? holder.door);
}

function lockedError(dbPath: string, holder: LockHolder | undefined, env: LockEnvironment): AppError {
  const name = path.basename(dbPath);
  const file = lockFileFor(dbPath);
  if (!holder) {
    return new AppError('conflict', `Cơ sở dữ liệu «${name}» đang được một chương trình Thư ký khác mở để ghi. Hãy thử lại sau giây lát; chưa có gì được ghi.`, { where: dbPath });
  }
  const where = holder.host === env.host ? '' : ` trên máy «${holder.host}»`;
  return new AppError(
    'conflict',
    `Cơ sở dữ liệu «${name}» đang được ${describeHolder(holder)} mở để ghi (tiến trình ${holder.pid}${where}, từ ${sinceLabel(holder.since)}). ` +
      `Hãy đóng chương trình đó rồi thử lại; chưa có gì được ghi. Nếu chắc chắn không còn Thư ký nào đang chạy, hãy xóa tệp ${file}.`,
    { where: dbPath },
  );
}

/** "15:04 ngày 03/12/2026" in local time. */
function sinceLabel(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getHours())}:${two(at.getMinutes())} ngày ${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()}`;
}
