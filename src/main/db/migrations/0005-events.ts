/** Version 5: events (one conference, all its paperwork) and the documents generated from them. */
import type { Migration } from './migration';

export const migration0005: Migration = {
  version: 5,
  name: 'events',
  up(db) {
    db.exec(`
      CREATE TABLE events (
        id                 TEXT PRIMARY KEY,
        title              TEXT NOT NULL,
        -- the facts and parties as JSON (tens of parties, a few photos); attendees live in attendee_rows
        data               TEXT NOT NULL CHECK (json_valid(data)),
        attendee_list_id   TEXT NOT NULL REFERENCES attendee_lists(id),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        deleted_at         TEXT
      ) STRICT;

      -- Each generated document belongs to one event; checked_at marks "đã kiểm tra" (issued = has a số).
      CREATE TABLE event_documents (
        event_id     TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        document_id  TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL,
        checked_at   TEXT,
        PRIMARY KEY (event_id, document_id)
      ) STRICT;
      CREATE INDEX event_documents_by_kind ON event_documents(event_id, kind);
    `);
  },
};
