/**
 * Version 6: the document list from one covering index (issue 16). The list's columns and its order
 * are all in the index, so `thuky list` and the sidebar read neither the table rows nor the bodies
 * behind them (each row's created_at and updated_at lie after its body in the record, so reading
 * them from the table walked every body's overflow pages: ~0.35 s on 10,000 documents).
 * deleted_at is in the index too, so that SQLite knows the index covers the query's WHERE.
 */
import type { Migration } from './migration';

export const migration0006: Migration = {
  version: 6,
  name: 'list-index',
  up(db) {
    db.exec(`
      DROP INDEX IF EXISTS documents_live_by_update;
      CREATE INDEX documents_live_list ON documents(updated_at DESC, id DESC, kind, title, created_at, deleted_at) WHERE deleted_at IS NULL;
    `);
  },
};
