/** Version 7: the clerk's own dictionary (words the spell check leaves alone: names, local places). */
import type { Migration } from './migration';

export const migration0007: Migration = {
  version: 7,
  name: 'user-words',
  up(db) {
    db.exec(`
      CREATE TABLE user_words (
        word      TEXT PRIMARY KEY CHECK (length(word) BETWEEN 1 AND 40),
        added_at  TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
