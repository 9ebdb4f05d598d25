/**
 * Version 3: the people directory, attendee lists stored as rows (big lists live in
 * rows, not in the editor), pledges, and the live link from a report to the lists it attaches.
 */
import type { Migration } from './migration';

export const migration0003: Migration = {
  version: 3,
  name: 'attendees-pledges',
  up(db) {
    db.exec(`
      CREATE TABLE people (
        id             TEXT PRIMARY KEY,
        honorific      TEXT NOT NULL,
        full_name      TEXT NOT NULL,
        title          TEXT NOT NULL,
        unit           TEXT NOT NULL,
        protocol_rank  INTEGER,
        note           TEXT NOT NULL,
        -- accent-insensitive name ("nguyen van a"): finds "Nguyen Van A" when "Nguyễn Văn A" is there
        dup_key        TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX people_by_dup_key ON people(dup_key);

      CREATE TABLE attendee_lists (
        id             TEXT PRIMARY KEY,
        document_id    TEXT UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
        name           TEXT NOT NULL,
        groups         TEXT NOT NULL CHECK (json_valid(groups)),
        extra_columns  TEXT NOT NULL CHECK (json_valid(extra_columns)),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE attendee_rows (
        list_id        TEXT NOT NULL REFERENCES attendee_lists(id) ON DELETE CASCADE,
        position       INTEGER NOT NULL,
        row_id         TEXT NOT NULL,
        person_id      TEXT REFERENCES people(id) ON DELETE SET NULL,
        group_name     TEXT NOT NULL,
        honorific      TEXT NOT NULL,
        full_name      TEXT NOT NULL,
        title          TEXT NOT NULL,
        unit           TEXT NOT NULL,
        note           TEXT NOT NULL,
        present        INTEGER NOT NULL CHECK (present IN (0, 1)),
        protocol_rank  INTEGER,
        extra          TEXT NOT NULL CHECK (json_valid(extra)),
        PRIMARY KEY (list_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE pledges (
        id             TEXT PRIMARY KEY,
        document_id    TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
        data           TEXT NOT NULL CHECK (json_valid(data)),
        updated_at     TEXT NOT NULL
      ) STRICT;

      -- A report's appendix lists: a live reference to the list, or a frozen copy when frozen is set.
      CREATE TABLE document_attachments (
        document_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        list_id        TEXT NOT NULL REFERENCES attendee_lists(id) ON DELETE CASCADE,
        position       INTEGER NOT NULL,
        frozen         TEXT CHECK (frozen IS NULL OR json_valid(frozen)),
        PRIMARY KEY (document_id, list_id)
      ) STRICT;
    `);
  },
};
