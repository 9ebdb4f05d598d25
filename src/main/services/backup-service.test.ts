import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { sampleDocument } from '../../../tests/support/store-fixtures';
import { seedEventInput } from '../../../tests/support/event-fixtures';
import { backupDir, backupName, backupsToDelete, KEEP_TODAY, listBackups, parseBackupName, STALE_TEMP_MS, type BackupInfo } from '../db/backup-store';
import { openOrRecover } from './recovery-service';
import { MIGRATIONS } from '../db/migrations';
import { openDatabase } from '../db/open';
import { createServices, type Services } from './services';

let tmp: ReturnType<typeof makeTempDir>;
let dbPath: string;
let services: Services;
let nowMs: number;
beforeEach(() => {
  tmp = makeTempDir();
  dbPath = path.join(tmp.dir, 'thuky.db');
  nowMs = Date.parse('2026-11-27T02:00:00.000Z');
  services = createServices(dbPath, { clock: { now: () => new Date(nowMs) } });
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

describe('backups', () => {
  it('writes a verified, self-contained copy beside the database', async () => {
    const doc = services.documents.importDocument(sampleDocument('Báo cáo', ['nội dung']));
    const info = await services.backup.backupNow();
    expect(path.dirname(info.file)).toBe(path.join(tmp.dir, 'backups'));
    expect(services.backup.folder()).toBe(path.join(tmp.dir, 'backups'));
    expect(info.tag).toBe('thu-cong');
    expect(info.createdAt).toBe('2026-11-27T02:00:00.000Z');
    expect(fs.readdirSync(path.dirname(info.file))).toEqual([info.name]); // no temp or -wal left
    const copy = new Database(info.file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT title FROM documents WHERE id = ?').get(doc.id)).toEqual({ title: 'Báo cáo' });
    copy.close();
    expect(services.backup.list().map((b) => b.name)).toEqual([info.name]);
  });

  it('backs up on start only when the newest is older than 24 h and there is data', async () => {
    expect(await services.backup.backupIfStale()).toBeNull(); // empty database
    services.documents.importDocument(sampleDocument('Báo cáo', ['x']));
    expect((await services.backup.backupIfStale())?.tag).toBe('tu-dong');
    nowMs += 23 * 3_600_000;
    expect(await services.backup.backupIfStale()).toBeNull();
    nowMs += 2 * 3_600_000;
    expect((await services.backup.backupIfStale())?.tag).toBe('tu-dong');
    expect(services.backup.list()).toHaveLength(2);
  });

  it('restores a backup into the running app, keeping the current content as a backup first', async () => {
    const kept = services.documents.importDocument(sampleDocument('Trước sao lưu', ['a']));
    const backup = await services.backup.backupNow();
    nowMs += 60_000;
    const later = services.documents.importDocument(sampleDocument('Sau sao lưu', ['Thanh Xuân']));
    services.documents.save(kept.id, { ...kept, title: 'Đã sửa' });
    const result = await services.backup.restore(backup.file);
    expect(result.safetyBackup.tag).toBe('truoc-khoi-phuc');
    expect(services.documents.list().map((d) => d.title)).toEqual(['Trước sao lưu']);
    expect(services.search.query('thanh xuan')).toEqual([]);
    expect(services.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(services.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The state before the restore is in the safety backup.
    const safety = new Database(result.safetyBackup.file, { readonly: true });
    expect(safety.prepare('SELECT title FROM documents WHERE id = ?').get(later.id)).toEqual({ title: 'Sau sao lưu' });
    safety.close();
    // The app keeps working afterwards.
    services.documents.save(kept.id, { ...kept, title: 'Sửa sau khôi phục' });
    expect(services.documents.get(kept.id).title).toBe('Sửa sau khôi phục');
  });

  it('a restored backup keeps the events, their lists and the links to their documents', async () => {
    const { id } = services.events.create(seedEventInput());
    const documents = services.events.generate(id);
    services.events.setChecked(documents[0]!.id, true);
    const before = services.events.view(id);
    const backup = await services.backup.backupNow();
    nowMs += 60_000;
    services.events.updateFacts(id, { venue: 'Sau sao lưu' });
    await services.backup.restore(backup.file);
    expect(services.events.view(id)).toEqual(before);
    expect(services.events.view(id).documents.map((doc) => doc.state)[0]).toBe('checked');
    // Still linked: a change of facts flows into the six drafts.
    expect(services.events.updateFacts(id, { venue: 'Nhà văn hóa' }).updated).toHaveLength(6);
  });

  it('restores a backup from an older schema and migrates it, index included', async () => {
    const oldFile = path.join(tmp.dir, 'cu.db');
    const v1 = openDatabase(oldFile, { migrations: MIGRATIONS.slice(0, 1) });
    const doc = services.documents.importDocument(sampleDocument('Báo cáo phường Thanh Xuân', ['Hội nghị đoàn kết']));
    const row = services.db.prepare('SELECT * FROM documents WHERE id = ?').get(doc.id) as Record<string, unknown>;
    v1.prepare(
      'INSERT INTO documents (id, kind, title, frame, body, portal, template_id, profile_id, created_at, updated_at) VALUES (@id, @kind, @title, @frame, @body, @portal, @template_id, NULL, @created_at, @updated_at)',
    ).run(row);
    v1.close();
    services.documents.delete(doc.id);
    await services.backup.restore(oldFile);
    expect(services.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(services.search.query('doan ket').map((hit) => hit.id)).toEqual([doc.id]);
    services.documents.save(doc.id, { ...doc, title: 'Đã sửa' }, { explicit: true });
    expect(services.revisions.list(doc.id).map((r) => r.reason)).toEqual(['save']);
  });

  it('refuses to restore a file that is not a thuky database', async () => {
    const text = path.join(tmp.dir, 'ghi-chu.db');
    fs.writeFileSync(text, 'không phải cơ sở dữ liệu');
    await expect(services.backup.restore(text)).rejects.toThrow(/không phải cơ sở dữ liệu/);
    const foreign = path.join(tmp.dir, 'khac.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    await expect(services.backup.restore(foreign)).rejects.toThrow(/chương trình khác/);
    expect(services.backup.list()).toEqual([]); // nothing was done
  });

  it('makes a verified backup before migrating a database that has data', () => {
    services.close();
    const file = path.join(tmp.dir, 'old.db');
    const v1 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) });
    v1.prepare("INSERT INTO user_templates (id, data, created_at) VALUES ('t', '{}', '2026-01-01T00:00:00Z')").run();
    v1.close();
    openDatabase(file).close();
    const backups = listBackups(file);
    expect(backups.map((b) => b.tag)).toEqual(['truoc-nang-cap']);
    expect(backups[0]?.name).toMatch(/-truoc-nang-cap-v1\.db$/);
    const copy = new Database(backups[0]!.file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
    // A fresh database (user_version 0) is not backed up.
    openDatabase(path.join(tmp.dir, 'fresh.db')).close();
    expect(listBackups(path.join(tmp.dir, 'fresh.db')).filter((b) => b.file.includes('fresh'))).toEqual([]);
    services = createServices(dbPath);
  });
});

describe('backups tidy themselves', () => {
  it('rotates a day of "Sao lưu ngay" on disk, but never the file being restored from', async () => {
    services.documents.importDocument(sampleDocument('Báo cáo', ['nội dung']));
    const first = await services.backup.backupNow();
    for (let index = 0; index < KEEP_TODAY + 4; index++) {
      nowMs += 60_000;
      await services.backup.backupNow();
    }
    const names = services.backup.list().map((b) => b.name);
    expect(names).toHaveLength(KEEP_TODAY);
    expect(names).not.toContain(first.name);
    const oldest = services.backup.list().at(-1)!;
    nowMs += 60_000;
    await services.backup.restore(oldest.file);
    expect(fs.existsSync(oldest.file)).toBe(true);
  });

  it('removes what an interrupted backup left, at the next start, and leaves a fresh one being written', async () => {
    services.documents.importDocument(sampleDocument('Báo cáo', ['nội dung']));
    const good = await services.backup.backupNow();
    services.close();
    const dir = backupDir(dbPath);
    const stale = ['thuky-20261101T000000000Z-thu-cong.db.tmp', 'thuky-20261101T000000000Z-thu-cong.db.tmp-journal'];
    for (const name of stale) fs.writeFileSync(path.join(dir, name), 'dở dang');
    const old = new Date(nowMs - STALE_TEMP_MS - 1000);
    for (const name of stale) fs.utimesSync(path.join(dir, name), old, old);
    fs.writeFileSync(`${dbPath}.khoi-phuc.tmp`, 'dở dang');
    fs.utimesSync(`${dbPath}.khoi-phuc.tmp`, old, old);
    const running = 'thuky-20261127T000000000Z-thu-cong.db.tmp';
    fs.writeFileSync(path.join(dir, running), 'đang ghi');
    fs.writeFileSync(path.join(dir, 'khac-20261101T000000000Z-thu-cong.db.tmp'), 'của tệp khác');
    fs.utimesSync(path.join(dir, 'khac-20261101T000000000Z-thu-cong.db.tmp'), old, old);
    const opened = await openOrRecover(dbPath, { autoBackup: false, clock: { now: () => new Date(nowMs) } });
    expect(opened.ok).toBe(true);
    if (opened.ok) services = opened.services;
    expect(fs.readdirSync(dir).sort()).toEqual([good.name, 'khac-20261101T000000000Z-thu-cong.db.tmp', running].sort());
    expect(fs.existsSync(`${dbPath}.khoi-phuc.tmp`)).toBe(false);
  });
});

describe('backup rotation', () => {
  const info = (iso: string): BackupInfo => ({ file: iso, name: backupName(new Date(iso), 'tu-dong'), createdAt: iso, tag: 'tu-dong', sizeBytes: 1 });

  it('keeps the newest of 7 days and of 4 weeks', () => {
    const backups: BackupInfo[] = [];
    for (let day = 0; day < 60; day++) {
      backups.push(info(new Date(Date.parse('2026-11-27T20:00:00Z') - day * 86_400_000).toISOString()));
      backups.push(info(new Date(Date.parse('2026-11-27T08:00:00Z') - day * 86_400_000).toISOString()));
    }
    const doomed = new Set(backupsToDelete(backups, new Date('2026-11-27T21:00:00Z'), 0));
    const kept = backups.filter((b) => !doomed.has(b)).map((b) => b.createdAt.slice(0, 10));
    // Today's (up to 10), 7 days (Fri 27 back to Sat 21), then the newest of the weeks before: Sun 15, Sun 8 (weeks start Monday).
    expect(kept).toEqual(['2026-11-27', '2026-11-27', '2026-11-26', '2026-11-25', '2026-11-24', '2026-11-23', '2026-11-22', '2026-11-21', '2026-11-15', '2026-11-08']);
  });

  it('keeps only the newest 10 of a day of manual backups', () => {
    const day: BackupInfo[] = Array.from({ length: 118 }, (_, index) => info(new Date(Date.parse('2026-11-27T01:00:00Z') + index * 60_000).toISOString()));
    const doomed = new Set(backupsToDelete(day, new Date('2026-11-27T21:00:00Z'), 0));
    const kept = day.filter((b) => !doomed.has(b));
    expect(kept).toHaveLength(KEEP_TODAY);
    expect(kept.map((b) => b.createdAt)).toEqual(day.slice(-KEEP_TODAY).map((b) => b.createdAt));
  });

  it('parses its own names and ignores others', () => {
    const name = backupName(new Date('2026-11-27T13:24:24.123Z'), 'truoc-nang-cap', 1);
    expect(name).toBe('thuky-20261127T132424123Z-truoc-nang-cap-v1.db');
    expect(parseBackupName(name)).toEqual({ createdAt: '2026-11-27T13:24:24.123Z', tag: 'truoc-nang-cap' });
    expect(parseBackupName('anh.png')).toBeUndefined();
    expect(parseBackupName('thuky-20261127T132424123Z-la.db')).toBeUndefined();
  });
});
