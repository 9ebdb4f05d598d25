/** Version 1: organisation profiles, documents, content-addressed images, user templates. */
import type { Migration } from './migration';

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE profiles (
        id          TEXT PRIMARY KEY,
        data        TEXT NOT NULL CHECK (json_valid(data)),
        is_default  INTEGER NOT NULL DEFAULT 0,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE documents (
        id           TEXT PRIMARY KEY,
        kind         TEXT NOT NULL CHECK (kind IN ('report','article','attendees','pledge','program','other')),
        title        TEXT NOT NULL,
        frame        TEXT NOT NULL CHECK (json_valid(frame)),
        body         TEXT NOT NULL CHECK (json_valid(body)),
        portal       TEXT NOT NULL CHECK (json_valid(portal)),
        template_id  TEXT,
        profile_id   TEXT REFERENCES profiles(id) ON DELETE SET NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        deleted_at   TEXT
      ) STRICT;
      CREATE INDEX documents_live_by_update ON documents(updated_at DESC) WHERE deleted_at IS NULL;

      CREATE TABLE images (
        id          TEXT PRIMARY KEY CHECK (length(id) = 64),
        mime        TEXT NOT NULL,
        bytes       BLOB NOT NULL,
        size        INTEGER NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE user_templates (
        id          TEXT PRIMARY KEY,
        data        TEXT NOT NULL CHECK (json_valid(data)),
        created_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
