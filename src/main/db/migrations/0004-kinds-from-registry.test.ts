import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { openDatabase } from '../open';
import { MIGRATIONS } from '.';
import { migration0004 } from './0004-kinds-from-registry';

let tmp: ReturnType<typeof makeTempDir> | undefined;
afterEach(() => tmp?.cleanup());

const insert = (kind: string) =>
  `INSERT INTO documents (id, kind, title, frame, body, portal, created_at, updated_at) VALUES ('${kind}-doc', '${kind}', 'T', '{}', '{}', '{}', 't', 't')`;

describe('migration 0004 (kinds from the registry)', () => {
  it('drops the kind CHECK list and keeps every row, revision and list of a version-3 database', () => {
    expect(MIGRATIONS[3]).toBe(migration0004);
    tmp = makeTempDir('thuky-m4-');
    const file = path.join(tmp.dir, 'thuky.db');
    openDatabase(file, { migrations: MIGRATIONS.slice(0, 3), backupBeforeMigration: false }).close();
    const raw = new Database(file);
    raw.prepare(insert('attendees')).run();
    raw.prepare(`INSERT INTO revisions (document_id, created_at, reason, title, content, content_sha, size_bytes, preview) VALUES ('attendees-doc', 't', 'save', 'T', '{}', 'x', 2, '')`).run();
    raw.prepare(`INSERT INTO attendee_lists (id, document_id, name, groups, extra_columns, created_at, updated_at) VALUES ('l1', 'attendees-doc', 'DS', '[]', '[]', 't', 't')`).run();
    expect(() => raw.prepare(insert('invitation')).run()).toThrow(/CHECK/);
    raw.close();

    const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, 4), backupBeforeMigration: false });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    db.prepare(insert('invitation')).run();
    expect(db.prepare('SELECT kind FROM documents ORDER BY kind').all()).toEqual([{ kind: 'attendees' }, { kind: 'invitation' }]);
    expect(db.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM attendee_lists').get()).toEqual({ n: 1 });
    // The other constraints stay: JSON must be valid, foreign keys still cascade.
    expect(() => db.prepare(`INSERT INTO documents (id, kind, title, frame, body, portal, created_at, updated_at) VALUES ('x', 'report', 'T', 'nope', '{}', '{}', 't', 't')`).run()).toThrow(/CHECK/);
    db.prepare(`DELETE FROM documents WHERE id = 'attendees-doc'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM attendee_lists').get()).toEqual({ n: 0 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
