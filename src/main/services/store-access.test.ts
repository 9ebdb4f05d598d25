import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { sampleDocument } from '../../../tests/support/store-fixtures';
import { MIGRATIONS, SCHEMA_VERSION } from '../db/migrations';
import { openDatabase } from '../db/open';
import { acquireStoreLock, type LockEnvironment } from '../db/store-lock';
import { createServices } from './services';
import { openForDoor } from './store-access';

let tmp: ReturnType<typeof makeTempDir>;
let dbPath: string;
beforeEach(() => {
  tmp = makeTempDir('thuky-access-');
  dbPath = path.join(tmp.dir, 'thuky.db');
});
afterEach(() => tmp.cleanup());

/** Another live process (pid 4242 on this machine) holding the lock. */
const app: LockEnvironment = { pid: 4242, host: 'may', now: () => new Date(), isAlive: () => true };
const me: LockEnvironment = { ...app, pid: 5151 };

describe('opening the store for a door', () => {
  it('a reader opens beside a writer (no lock of its own); a writer is refused', async () => {
    const seeded = createServices(dbPath);
    seeded.documents.importDocument(sampleDocument('Tin bài', ['nội dung']));
    seeded.close();
    const held = acquireStoreLock(dbPath, { door: 'electron' }, app);
    const reader = await openForDoor(dbPath, { door: 'cli', command: 'list', writes: false }, {}, me);
    expect(reader.lock).toBeNull();
    expect(reader.outcome.ok && reader.outcome.services.documents.list().map((doc) => doc.title)).toEqual(['Tin bài']);
    if (reader.outcome.ok) reader.outcome.services.close();
    await expect(openForDoor(dbPath, { door: 'cli', command: 'new', writes: true }, {}, me)).rejects.toThrow(/đang được ứng dụng Thư ký mở để ghi \(tiến trình 4242/);
    held.release();
  });

  it('a reader that would have to write (a new file, a migration) needs the lock, and changes nothing when refused', async () => {
    const held = acquireStoreLock(dbPath, { door: 'web' }, app);
    await expect(openForDoor(dbPath, { door: 'cli', command: 'list', writes: false }, {}, me)).rejects.toThrow(/mở để ghi/);
    expect(fs.existsSync(dbPath)).toBe(false);
    held.release();

    const old = openDatabase(dbPath, { migrations: MIGRATIONS.slice(0, 1) });
    old.close();
    const bytes = fs.readFileSync(dbPath);
    const again = acquireStoreLock(dbPath, { door: 'web' }, app);
    await expect(openForDoor(dbPath, { door: 'cli', command: 'show', writes: false }, {}, me)).rejects.toThrow(/mở để ghi/);
    expect(fs.readFileSync(dbPath).equals(bytes)).toBe(true);
    expect(fs.existsSync(path.join(tmp.dir, 'backups'))).toBe(false);
    again.release();

    const writer = await openForDoor(dbPath, { door: 'cli', command: 'list', writes: false }, { autoBackup: false }, me);
    expect(writer.lock).not.toBeNull();
    expect(writer.outcome.ok && writer.outcome.services.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    if (writer.outcome.ok) writer.outcome.services.close();
    writer.lock?.release();
  });

  it('backups belong to their database: a second database in the same folder starts fresh and has its own', async () => {
    const first = await openForDoor(dbPath, { door: 'web', writes: true });
    if (!first.outcome.ok) throw first.outcome.error;
    first.outcome.services.documents.importDocument(sampleDocument('Báo cáo', ['x']));
    const firstBackup = await first.outcome.services.backup.backupNow();
    first.outcome.services.close();
    first.lock?.release();

    const otherPath = path.join(tmp.dir, 'other.db');
    const other = await openForDoor(otherPath, { door: 'cli', command: 'new', writes: true });
    expect(other.outcome.ok).toBe(true); // not "data lost": thuky.db's backups are not other.db's
    if (!other.outcome.ok) return;
    expect(other.outcome.services.backup.list()).toEqual([]);
    other.outcome.services.documents.importDocument(sampleDocument('Khác', ['y']));
    const otherBackup = await other.outcome.services.backup.backupNow();
    expect(otherBackup.name).toMatch(/^other-\d{8}T\d{9}Z-thu-cong\.db$/);
    await expect(other.outcome.services.backup.restoreNamed(firstBackup.name)).rejects.toThrow(/Không có bản sao lưu/);
    other.outcome.services.close();
    other.lock?.release();

    const again = createServices(dbPath);
    expect(again.backup.list().map((backup) => backup.name)).toEqual([firstBackup.name]);
    again.close();
  });
});
