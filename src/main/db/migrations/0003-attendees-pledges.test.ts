import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { openDatabase } from '../open';
import { MIGRATIONS } from '.';
import { migration0003 } from './0003-attendees-pledges';

let tmp: ReturnType<typeof makeTempDir> | undefined;
afterEach(() => tmp?.cleanup());

describe('migration 0003 (attendees, pledges)', () => {
  it('comes right after 0002 and upgrades a version-2 database that holds documents', () => {
    expect(MIGRATIONS.map((migration) => migration.version).slice(0, 3)).toEqual([1, 2, 3]);
    expect(MIGRATIONS[2]).toBe(migration0003);
    tmp = makeTempDir('thuky-m3-');
    const file = path.join(tmp.dir, 'thuky.db');
    openDatabase(file, { migrations: MIGRATIONS.slice(0, 2), backupBeforeMigration: false }).close();
    const raw = new Database(file);
    raw.prepare(`INSERT INTO documents (id, kind, title, frame, body, portal, created_at, updated_at) VALUES ('d1', 'attendees', 'DS', '{}', '{}', '{}', 't', 't')`).run();
    raw.close();

    const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, 3), backupBeforeMigration: false });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.prepare(`INSERT INTO attendee_lists (id, document_id, name, groups, extra_columns, created_at, updated_at) VALUES ('l1', 'd1', 'DS', '[]', '[]', 't', 't')`).run();
    db.prepare(`INSERT INTO attendee_rows (list_id, position, row_id, group_name, honorific, full_name, title, unit, note, present, extra) VALUES ('l1', 0, 'r', '', '', 'A', '', '', '', 1, '{}')`).run();
    // A row must say present or absent, and its list must exist.
    expect(() => db.prepare(`INSERT INTO attendee_rows (list_id, position, row_id, group_name, honorific, full_name, title, unit, note, present, extra) VALUES ('l1', 1, 'r2', '', '', 'B', '', '', '', 2, '{}')`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO attendee_rows (list_id, position, row_id, group_name, honorific, full_name, title, unit, note, present, extra) VALUES ('nope', 0, 'r3', '', '', 'C', '', '', '', 1, '{}')`).run()).toThrow(/FOREIGN KEY/);
    // Purging the document purges its list and rows.
    db.prepare(`DELETE FROM documents WHERE id = 'd1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM attendee_rows').get()).toEqual({ n: 0 });
    db.close();
  });
});
