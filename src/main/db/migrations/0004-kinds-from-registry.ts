/**
 * Version 4: documents.kind loses its CHECK list. Which kinds exist is the registry's business
 * (src/shared/document/kinds.ts), validated at every door; a new kind then needs no migration.
 *
 * Rebuilding the table would cascade-delete revisions, lists and pledges (foreign keys stay on inside
 * a migration's transaction), so the constraint is removed from the stored schema text, the way
 * SQLite documents for dropping a CHECK constraint (ALTER TABLE, "making other kinds of table schema
 * changes"): rows on disk are unchanged, and integrity_check confirms it.
 */
import { AppError } from '../../../shared/errors/app-error';
import type { Migration } from './migration';

const KIND_CHECK = " CHECK (kind IN ('report','article','attendees','pledge','program','other'))";

export const migration0004: Migration = {
  version: 4,
  name: 'kinds-from-registry',
  up(db) {
    const row = db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'documents'`).get() as { sql: string } | undefined;
    if (!row?.sql.includes(KIND_CHECK)) return;
    const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
    // better-sqlite3 runs SQLite in defensive mode, which forbids writing sqlite_schema.
    db.unsafeMode(true);
    try {
      db.pragma('writable_schema = ON');
      db.prepare(`UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'documents'`).run(row.sql.replace(KIND_CHECK, ''));
      db.pragma(`schema_version = ${schemaVersion + 1}`);
      db.pragma('writable_schema = OFF');
    } finally {
      db.unsafeMode(false);
    }
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new AppError('internal', 'Nâng cấp cơ sở dữ liệu (loại văn bản) không thành công', { detail: String(check) });
  },
};
