/**
 * What lets a command skip the whole-database quick_check (issue 16: it read all of a 240 MB
 * database at every `thuky` call). Beside the database:
 *  - `<db>.checked` holds the size, mtime and inode of the database and its -wal as they were after
 *    a passing check, or after a session of ours closed cleanly (its writes went through SQLite
 *    with synchronous=FULL, so a clean close leaves the file as sound as the check found it);
 *  - `<db>.open-<pid>` exists while a process of ours has the database open: one left by a process
 *    that is gone is the crash marker.
 * The check is skipped only when the files are exactly as recorded and no crash marker is left;
 * any other change (another program, a restored copy, a crash) means the check runs again.
 */
import fs from 'node:fs';
import path from 'node:path';

interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

interface CheckRecord {
  db: FileStamp;
  wal: FileStamp | null;
}

const recordFile = (dbPath: string) => `${dbPath}.checked`;
const markerPrefix = (dbPath: string) => `${path.basename(dbPath)}.open-`;

function stamp(file: string): FileStamp | null {
  try {
    const stat = fs.statSync(file);
    // Whole milliseconds: what every file system and fs.utimes keep exactly.
    return { size: stat.size, mtimeMs: Math.round(stat.mtimeMs), ino: stat.ino };
  } catch {
    return null;
  }
}

const sameStamp = (a: FileStamp | null, b: FileStamp | null) => (a === null || b === null ? a === b : a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino);

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Open markers left by processes that are gone: sessions that never closed. */
export function crashMarkers(dbPath: string): string[] {
  const dir = path.dirname(path.resolve(dbPath));
  const prefix = markerPrefix(dbPath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefix))
    .filter((name) => {
      const pid = Number(name.slice(prefix.length));
      return !Number.isInteger(pid) || pid <= 0 || (pid !== process.pid && !processAlive(pid));
    })
    .map((name) => path.join(dir, name));
}

/** True when the database is exactly as it was last found sound and no session of ours crashed since. */
export function checkStillValid(dbPath: string): boolean {
  let record: CheckRecord;
  try {
    record = JSON.parse(fs.readFileSync(recordFile(dbPath), 'utf8')) as CheckRecord;
  } catch {
    return false;
  }
  if (!record || typeof record !== 'object' || !record.db) return false;
  return sameStamp(record.db, stamp(dbPath)) && sameStamp(record.wal ?? null, stamp(`${dbPath}-wal`)) && crashMarkers(dbPath).length === 0;
}

/** Records the files as sound now; a failure to write only means the next start checks again. */
export function recordChecked(dbPath: string): void {
  const db = stamp(dbPath);
  if (!db) return;
  const record: CheckRecord = { db, wal: stamp(`${dbPath}-wal`) };
  try {
    fs.writeFileSync(recordFile(dbPath), JSON.stringify(record));
  } catch {
    fs.rmSync(recordFile(dbPath), { force: true });
  }
}

/**
 * Marks the database open by this process; `close()` (after the database is closed) removes the
 * marker and records the files as this clean session left them. Crash markers of earlier sessions
 * are cleared here: the caller has just checked the database they were about.
 */
export function openSession(dbPath: string): { close(): void } {
  for (const marker of crashMarkers(dbPath)) fs.rmSync(marker, { force: true });
  const marker = path.join(path.dirname(path.resolve(dbPath)), `${markerPrefix(dbPath)}${process.pid}`);
  try {
    fs.writeFileSync(marker, '');
  } catch {
    // Without a marker a crash is still seen through the changed size or mtime of the files.
  }
  return {
    close() {
      fs.rmSync(marker, { force: true });
      recordChecked(dbPath);
    },
  };
}
