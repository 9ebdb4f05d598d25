/**
 * A real database file damaged in several ways: each time it is quarantined with its bytes
 * unchanged, the user gets a Vietnamese message, and the newest good backup is offered and works.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOrRecover, recoverFromBackup } from '../src/main/services/recovery-service';
import { createServices } from '../src/main/services/services';
import { sampleDocument } from './support/store-fixtures';
import { makeTempDir } from './support/temp-dir';

const PAGE = 4096;
let tmp: ReturnType<typeof makeTempDir>;
let dbPath: string;
let backupFile: string;

beforeEach(async () => {
  tmp = makeTempDir();
  dbPath = path.join(tmp.dir, 'thuky.db');
  const services = createServices(dbPath);
  for (let i = 0; i < 40; i++) services.documents.importDocument(sampleDocument(`Báo cáo số ${i}`, [`Hội nghị phường Thanh Xuân lần ${i}. `.repeat(40)]));
  backupFile = (await services.backup.backupNow()).file;
  services.documents.importDocument(sampleDocument('Sau sao lưu', ['mới']));
  services.close(); // checkpoints: every page is now in the main file
  expect(fs.existsSync(`${dbPath}-wal`)).toBe(false);
});
afterEach(() => tmp.cleanup());

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A fixed-seed generator so a failure reproduces. */
function seededBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, bytes, 0, bytes.length, offset);
  fs.closeSync(fd);
}

const damages: [string, (file: string) => void][] = [
  ['truncated to half', (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2 / PAGE) * PAGE + 100)],
  ['b-tree pages zeroed', (file) => overwrite(file, 2 * PAGE, Buffer.alloc(3 * PAGE))],
  ['random bytes over pages', (file) => overwrite(file, 1 * PAGE, seededBytes(4 * PAGE, 42))],
  ['first page zeroed', (file) => overwrite(file, 0, Buffer.alloc(PAGE))],
  ['not SQLite at all', (file) => fs.writeFileSync(file, 'Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n'.repeat(500))],
  [
    'another program’s SQLite database',
    (file) => {
      fs.rmSync(file);
      const other = new Database(file);
      other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Nguyễn Văn A')");
      other.close();
    },
  ],
];

describe('opening a damaged database', () => {
  for (const [name, damage] of damages) {
    it(`${name}: quarantined unchanged, message in Vietnamese, newest good backup offered`, async () => {
      damage(dbPath);
      const before = sha(dbPath);
      const outcome = await openOrRecover(dbPath, { autoBackup: false });
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.code).toBe('db_unusable');
      expect(outcome.error.message).toMatch(/Tệp dữ liệu «thuky\.db» .*Thư ký không mở nó\. Tệp đã được chuyển nguyên vẹn sang thư mục cách ly/);
      expect(outcome.error.message).toMatch(/Có bản sao lưu tốt ngày \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      expect(outcome.quarantinedTo).not.toBeNull();
      expect(path.dirname(outcome.quarantinedTo!)).toBe(path.join(tmp.dir, 'quarantine'));
      expect(sha(outcome.quarantinedTo!)).toBe(before);
      expect(fs.existsSync(dbPath)).toBe(false);
      expect(outcome.newestBackup?.file).toBe(backupFile);

      const recovered = await recoverFromBackup(dbPath, outcome.newestBackup!.file, { autoBackup: false });
      expect(recovered.ok).toBe(true);
      if (!recovered.ok) return;
      expect(recovered.services.documents.list()).toHaveLength(40);
      expect(recovered.services.search.query('thanh xuan', 50)).toHaveLength(40);
      recovered.services.close();
    });
  }

  it('never starts empty on its own: after a quarantine, or with backups and no database, the user chooses', async () => {
    fs.writeFileSync(dbPath, 'hỏng');
    const first = await openOrRecover(dbPath, { autoBackup: false });
    expect(first.ok).toBe(false);
    // The app was closed without an answer: the next start asks again instead of starting empty.
    const again = await openOrRecover(dbPath, { autoBackup: false });
    expect(again.ok ? null : again.error.message).toMatch(/đã bị hỏng và được cách ly .*Có bản sao lưu tốt ngày/);
    expect(again.ok ? null : again.quarantinedTo).toBe(first.ok ? undefined : first.quarantinedTo);
    expect(fs.readdirSync(path.join(tmp.dir, 'quarantine'))).toHaveLength(1); // nothing moved twice
    const empty = await openOrRecover(dbPath, { autoBackup: false, startEmpty: true });
    expect(empty.ok && empty.services.documents.list()).toEqual([]);
    if (empty.ok) empty.services.close();
    // Once a database exists again, it simply opens.
    const next = await openOrRecover(dbPath, { autoBackup: false });
    expect(next.ok).toBe(true);
    if (next.ok) next.services.close();

    // A database that disappeared while backups remain: offered, not silently replaced by an empty one.
    const other = makeTempDir();
    try {
      const otherDb = path.join(other.dir, 'thuky.db');
      fs.mkdirSync(path.join(other.dir, 'backups'));
      fs.copyFileSync(backupFile, path.join(other.dir, 'backups', path.basename(backupFile)));
      const missing = await openOrRecover(otherDb, { autoBackup: false });
      expect(missing.ok ? null : missing.error.message).toMatch(/Không tìm thấy tệp dữ liệu «thuky\.db», nhưng thư mục sao lưu vẫn còn/);
      expect(fs.existsSync(otherDb)).toBe(false);
    } finally {
      other.cleanup();
    }
  });

  it('never opens a 0-byte database beside good backups as empty: it is quarantined and the backup offered', async () => {
    fs.writeFileSync(dbPath, '');
    const outcome = await openOrRecover(dbPath, { autoBackup: false });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.message).toMatch(/^Tệp dữ liệu «thuky\.db» rỗng \(0 byte\) dù thư mục còn bản sao lưu.*Có bản sao lưu tốt ngày/);
    expect(fs.existsSync(dbPath)).toBe(false);
    expect(fs.statSync(outcome.quarantinedTo!).size).toBe(0);
    expect(outcome.newestBackup?.file).toBe(backupFile);
    const recovered = await recoverFromBackup(dbPath, backupFile, { autoBackup: false });
    expect(recovered.ok && recovered.services.documents.list()).toHaveLength(40);
    if (recovered.ok) recovered.services.close();
  });

  it('starts a 0-byte database empty only when asked, or when nothing says there was data', async () => {
    fs.writeFileSync(dbPath, '');
    const chosen = await openOrRecover(dbPath, { autoBackup: false, startEmpty: true });
    expect(chosen.ok && chosen.services.documents.list()).toEqual([]);
    if (chosen.ok) chosen.services.close();
    const other = makeTempDir();
    try {
      const blank = path.join(other.dir, 'thuky.db');
      fs.writeFileSync(blank, '');
      const fresh = await openOrRecover(blank, { autoBackup: false });
      expect(fresh.ok && fresh.services.documents.list()).toEqual([]);
      if (fresh.ok) fresh.services.close();
    } finally {
      other.cleanup();
    }
  });

  it('leaves a database locked by another program where it is', async () => {
    const holder = new Database(dbPath);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const outcome = await openOrRecover(dbPath, { autoBackup: false });
      expect(outcome.ok ? null : outcome.error.message).toMatch(/đang bị chương trình khác khóa/);
      expect(outcome.ok ? undefined : outcome.quarantinedTo).toBeNull();
      expect(fs.existsSync(path.join(tmp.dir, 'quarantine'))).toBe(false);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(fs.existsSync(dbPath)).toBe(true);
  });

  it('also moves -wal and -shm, and says when no backup verifies', async () => {
    fs.rmSync(path.join(tmp.dir, 'backups'), { recursive: true });
    fs.writeFileSync(dbPath, 'hỏng');
    fs.writeFileSync(`${dbPath}-wal`, 'wal bytes');
    fs.writeFileSync(`${dbPath}-shm`, 'shm bytes');
    const outcome = await openOrRecover(dbPath, { autoBackup: false });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.newestBackup).toBeNull();
    expect(outcome.error.message).toMatch(/Không tìm thấy bản sao lưu nào dùng được/);
    expect(fs.readFileSync(`${outcome.quarantinedTo}-wal`, 'utf8')).toBe('wal bytes');
    expect(fs.readFileSync(`${outcome.quarantinedTo}-shm`, 'utf8')).toBe('shm bytes');
    expect(fs.existsSync(`${dbPath}-wal`)).toBe(false);
  });

  it('skips a damaged backup and offers the next one that verifies', async () => {
    const services = createServices(dbPath);
    const newer = await services.backup.backupNow();
    services.close();
    overwrite(newer.file, 2 * PAGE, Buffer.alloc(3 * PAGE));
    fs.writeFileSync(dbPath, 'hỏng');
    const outcome = await openOrRecover(dbPath, { autoBackup: false });
    expect(outcome.ok ? null : outcome.newestBackup?.file).toBe(backupFile);
  });

  it('opens a healthy database and a missing one normally, and leaves a newer one untouched', async () => {
    const healthy = await openOrRecover(dbPath, { autoBackup: false });
    expect(healthy.ok && healthy.services.documents.list().length).toBe(41);
    if (healthy.ok) healthy.services.close();
    const fresh = await openOrRecover(path.join(tmp.dir, 'moi', 'thuky.db'), { autoBackup: false });
    expect(fresh.ok && fresh.services.documents.list()).toEqual([]);
    if (fresh.ok) fresh.services.close();
    const raw = new Database(dbPath);
    raw.pragma('user_version = 99');
    raw.close();
    const before = sha(dbPath);
    const newer = await openOrRecover(dbPath, { autoBackup: false });
    expect(newer.ok ? null : newer.error.code).toBe('db_newer');
    expect(sha(dbPath)).toBe(before);
    expect(fs.existsSync(path.join(tmp.dir, 'quarantine'))).toBe(false);
  });
});
