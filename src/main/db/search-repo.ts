/** SQL for the full-text index (schema version 2); the only place that knows its tables. */
import type { Db } from './open';
import { foldDStroke, type SearchableText } from './search-text';

export interface SearchRow {
  documentId: string;
  /** The query matched with its accents as typed (ranked first). */
  exact: boolean;
}

export class SearchRepo {
  constructor(private readonly db: Db) {}

  /** Replaces the document's entry; call inside the transaction that wrote the document. */
  index(documentId: string, text: SearchableText): void {
    let rowid = this.rowidOf(documentId);
    if (rowid === undefined) {
      rowid = Number(this.db.prepare('INSERT INTO search_map (document_id) VALUES (?)').run(documentId).lastInsertRowid);
    } else {
      this.deleteEntries(rowid);
    }
    this.db.prepare('INSERT INTO search_folded (rowid, title, text) VALUES (?, ?, ?)').run(rowid, foldDStroke(text.title), foldDStroke(text.text));
    this.db.prepare('INSERT INTO search_exact (rowid, title, text) VALUES (?, ?, ?)').run(rowid, text.title, text.text);
  }

  remove(documentId: string): void {
    const rowid = this.rowidOf(documentId);
    if (rowid === undefined) return;
    this.deleteEntries(rowid);
    this.db.prepare('DELETE FROM search_map WHERE rowid = ?').run(rowid);
  }

  isIndexed(documentId: string): boolean {
    return this.rowidOf(documentId) !== undefined;
  }

  /**
   * Best first: exact-accent matches, then bm25 with the title weighing ten times the text.
   * `exactQuery` is null when the query has no accents to tell documents apart.
   */
  query(foldedQuery: string, exactQuery: string | null, limit: number): SearchRow[] {
    const sql = exactQuery
      ? `WITH exact AS (SELECT rowid FROM search_exact WHERE search_exact MATCH @exactQuery)
         SELECT m.document_id AS documentId, (f.rowid IN exact) AS exact
         FROM search_folded f JOIN search_map m ON m.rowid = f.rowid
         WHERE search_folded MATCH @foldedQuery
         ORDER BY exact DESC, bm25(search_folded, 10.0, 1.0), m.rowid DESC LIMIT @limit`
      : `SELECT m.document_id AS documentId, 0 AS exact
         FROM search_folded f JOIN search_map m ON m.rowid = f.rowid
         WHERE search_folded MATCH @foldedQuery
         ORDER BY bm25(search_folded, 10.0, 1.0), m.rowid DESC LIMIT @limit`;
    const rows = this.db.prepare(sql).all(exactQuery ? { foldedQuery, exactQuery, limit } : { foldedQuery, limit }) as { documentId: string; exact: number }[];
    return rows.map((row) => ({ documentId: row.documentId, exact: row.exact === 1 }));
  }

  /** Empties the index (before a rebuild). */
  clear(): void {
    this.db.exec(`DELETE FROM search_folded; DELETE FROM search_exact; DELETE FROM search_map;`);
  }

  private rowidOf(documentId: string): number | undefined {
    const row = this.db.prepare('SELECT rowid FROM search_map WHERE document_id = ?').get(documentId) as { rowid: number } | undefined;
    return row?.rowid;
  }

  private deleteEntries(rowid: number): void {
    this.db.prepare('DELETE FROM search_folded WHERE rowid = ?').run(rowid);
    this.db.prepare('DELETE FROM search_exact WHERE rowid = ?').run(rowid);
  }
}
