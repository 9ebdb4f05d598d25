/**
 * Version 8: a revision refers to its content by hash. Exports and autosaves of an unchanged
 * document used to store the whole body again in every revision; now each distinct content is kept
 * once (revision_contents), and a revision row holds its hash. A trigger removes a content when its
 * last revision goes (pruning, purge by cascade), so nothing is left behind.
 *
 * `revisions` is rebuilt (nothing references it); rows and their ids are kept.
 */
import type { Migration } from './migration';

export const migration0008: Migration = {
  version: 8,
  name: 'revision-contents',
  up(db) {
    db.exec(`
      CREATE TABLE revision_contents (
        sha      TEXT PRIMARY KEY,
        content  TEXT NOT NULL CHECK (json_valid(content))
      ) STRICT, WITHOUT ROWID;
      INSERT OR IGNORE INTO revision_contents (sha, content) SELECT content_sha, content FROM revisions ORDER BY id;

      CREATE TABLE revisions_by_ref (
        id           INTEGER PRIMARY KEY,
        document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        created_at   TEXT NOT NULL,
        reason       TEXT NOT NULL CHECK (reason IN ('create','import','save','autosave','export','restore','before-restore')),
        title        TEXT NOT NULL,
        content_sha  TEXT NOT NULL REFERENCES revision_contents(sha),
        size_bytes   INTEGER NOT NULL,
        preview      TEXT NOT NULL
      ) STRICT;
      INSERT INTO revisions_by_ref (id, document_id, created_at, reason, title, content_sha, size_bytes, preview)
        SELECT id, document_id, created_at, reason, title, content_sha, size_bytes, preview FROM revisions;
      DROP TABLE revisions;
      ALTER TABLE revisions_by_ref RENAME TO revisions;
      CREATE INDEX revisions_by_document ON revisions(document_id, created_at DESC, id DESC);
      CREATE INDEX revisions_by_content ON revisions(content_sha);

      CREATE TRIGGER revision_contents_gc AFTER DELETE ON revisions
      WHEN NOT EXISTS (SELECT 1 FROM revisions WHERE content_sha = OLD.content_sha)
      BEGIN
        DELETE FROM revision_contents WHERE sha = OLD.content_sha;
      END;
    `);
  },
};
