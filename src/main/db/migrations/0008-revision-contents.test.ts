import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { openDatabase } from '../open';
import { MIGRATIONS } from '.';
import { migration0008 } from './0008-revision-contents';

let tmp: ReturnType<typeof makeTempDir> | undefined;
afterEach(() => tmp?.cleanup());

describe('migration 0008 (revision contents by reference)', () => {
  it('moves every revision body into revision_contents once, keeps ids and order, and reads them back', () => {
    expect(MIGRATIONS[7]).toBe(migration0008);
    tmp = makeTempDir('thuky-m8-');
    const file = path.join(tmp.dir, 'thuky.db');
    openDatabase(file, { migrations: MIGRATIONS.slice(0, 7), backupBeforeMigration: false }).close();
    const raw = new Database(file);
    raw.prepare(`INSERT INTO documents (id, kind, title, frame, body, portal, created_at, updated_at) VALUES ('d1', 'report', 'BC', '{}', '{}', '{}', 't', 't')`).run();
    const insert = raw.prepare(
      `INSERT INTO revisions (id, document_id, created_at, reason, title, content, content_sha, size_bytes, preview) VALUES (?, 'd1', ?, ?, 'BC', ?, ?, 9, '')`,
    );
    insert.run(3, '2026-01-01T00:00:00.000Z', 'import', '{"a":1}', 'sha-a');
    insert.run(7, '2026-01-02T00:00:00.000Z', 'export', '{"a":1}', 'sha-a');
    insert.run(9, '2026-01-03T00:00:00.000Z', 'save', '{"b":2}', 'sha-b');
    raw.close();

    const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, 8), backupBeforeMigration: false });
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare('SELECT sha, content FROM revision_contents ORDER BY sha').all()).toEqual([
      { sha: 'sha-a', content: '{"a":1}' },
      { sha: 'sha-b', content: '{"b":2}' },
    ]);
    expect(db.prepare('SELECT id, reason, content_sha FROM revisions ORDER BY id').all()).toEqual([
      { id: 3, reason: 'import', content_sha: 'sha-a' },
      { id: 7, reason: 'export', content_sha: 'sha-a' },
      { id: 9, reason: 'save', content_sha: 'sha-b' },
    ]);
    db.prepare('DELETE FROM revisions WHERE id IN (3, 9)').run();
    expect(db.prepare('SELECT sha FROM revision_contents').all()).toEqual([{ sha: 'sha-a' }]);
    expect(() => db.prepare(`INSERT INTO revisions (document_id, created_at, reason, title, content_sha, size_bytes, preview) VALUES ('d1', 't', 'save', 'BC', 'nope', 1, '')`).run()).toThrow(
      /FOREIGN KEY/,
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
