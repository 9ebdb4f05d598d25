/**
 * Version 2: revisions (history of each document) and the full-text index.
 *
 * Two contentless FTS5 tables share one rowid per document (search_map): search_folded finds
 * ("thanh xuan" → "Thanh Xuân", "uy ban" → "Ủy ban" and "Uỷ ban"), search_exact only ranks: a
 * document whose accents match the query exactly comes first. Contentless, because the text is
 * already in documents; snippets are cut from there. detail=column (no word positions): queries
 * are single words ANDed, never phrases, so positions would only make the index 4× bigger and a
 * query over 10,000 documents 2–3× slower (bench/store-bench.ts).
 */
import { Document } from '../../../shared/document/document';
import { documentSearchText, foldDStroke } from '../search-text';
import type { Migration } from './migration';

export const migration0002: Migration = {
  version: 2,
  name: 'revisions-search',
  up(db) {
    db.exec(`
      CREATE TABLE revisions (
        id           INTEGER PRIMARY KEY,
        document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        created_at   TEXT NOT NULL,
        reason       TEXT NOT NULL CHECK (reason IN ('create','import','save','autosave','export','restore','before-restore')),
        title        TEXT NOT NULL,
        content      TEXT NOT NULL CHECK (json_valid(content)),
        content_sha  TEXT NOT NULL,
        size_bytes   INTEGER NOT NULL,
        preview      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX revisions_by_document ON revisions(document_id, created_at DESC, id DESC);

      CREATE TABLE search_map (
        rowid        INTEGER PRIMARY KEY,
        document_id  TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE
      ) STRICT;
      CREATE VIRTUAL TABLE search_folded USING fts5(title, text, content='', contentless_delete=1, detail=column, tokenize="unicode61 remove_diacritics 2");
      CREATE VIRTUAL TABLE search_exact USING fts5(title, text, content='', contentless_delete=1, detail=column, tokenize="unicode61 remove_diacritics 0");
    `);
    // Index what is already there (live documents only; a deleted one is indexed again on restore).
    const rows = db.prepare('SELECT * FROM documents WHERE deleted_at IS NULL').all() as Record<string, string | null>[];
    const map = db.prepare('INSERT INTO search_map (document_id) VALUES (?)');
    const folded = db.prepare('INSERT INTO search_folded (rowid, title, text) VALUES (?, ?, ?)');
    const exact = db.prepare('INSERT INTO search_exact (rowid, title, text) VALUES (?, ?, ?)');
    for (const row of rows) {
      const doc = Document.pick({ title: true, frame: true, body: true, portal: true }).parse({
        title: row.title,
        frame: JSON.parse(String(row.frame)),
        body: JSON.parse(String(row.body)),
        portal: JSON.parse(String(row.portal)),
      });
      const text = documentSearchText(doc);
      const rowid = map.run(row.id).lastInsertRowid;
      folded.run(rowid, foldDStroke(text.title), foldDStroke(text.text));
      exact.run(rowid, text.title, text.text);
    }
  },
};
