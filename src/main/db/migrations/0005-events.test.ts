import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { openDatabase } from '../open';
import { MIGRATIONS } from '.';
import { migration0005 } from './0005-events';

let tmp: ReturnType<typeof makeTempDir> | undefined;
afterEach(() => tmp?.cleanup());

describe('migration 0005 (events)', () => {
  it('upgrades a version-4 database: events keep their list, generated documents cascade with their document or event', () => {
    expect(MIGRATIONS[4]).toBe(migration0005);
    tmp = makeTempDir('thuky-m5-');
    const file = path.join(tmp.dir, 'thuky.db');
    openDatabase(file, { migrations: MIGRATIONS.slice(0, 4), backupBeforeMigration: false }).close();
    const raw = new Database(file);
    raw.prepare(`INSERT INTO documents (id, kind, title, frame, body, portal, created_at, updated_at) VALUES ('d1', 'invitation', 'GM', '{}', '{}', '{}', 't', 't')`).run();
    raw.prepare(`INSERT INTO attendee_lists (id, document_id, name, groups, extra_columns, created_at, updated_at) VALUES ('l1', NULL, 'DS', '[]', '[]', 't', 't')`).run();
    raw.close();

    const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, 5), backupBeforeMigration: false });
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(() => db.prepare(`INSERT INTO events (id, title, data, attendee_list_id, created_at, updated_at) VALUES ('e0', 'HN', '{}', 'nope', 't', 't')`).run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`INSERT INTO events (id, title, data, attendee_list_id, created_at, updated_at) VALUES ('e0', 'HN', 'x', 'l1', 't', 't')`).run()).toThrow(/CHECK/);
    db.prepare(`INSERT INTO events (id, title, data, attendee_list_id, created_at, updated_at) VALUES ('e1', 'HN', '{}', 'l1', 't', 't')`).run();
    db.prepare(`INSERT INTO event_documents (event_id, document_id, kind) VALUES ('e1', 'd1', 'invitation')`).run();
    // A document belongs to one event only.
    db.prepare(`INSERT INTO events (id, title, data, attendee_list_id, created_at, updated_at) VALUES ('e2', 'HN2', '{}', 'l1', 't', 't')`).run();
    expect(() => db.prepare(`INSERT INTO event_documents (event_id, document_id, kind) VALUES ('e2', 'd1', 'invitation')`).run()).toThrow(/UNIQUE/);
    db.prepare(`DELETE FROM documents WHERE id = 'd1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM event_documents').get()).toEqual({ n: 0 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
