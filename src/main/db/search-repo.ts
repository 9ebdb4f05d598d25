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
   * Best first: documents matching the accents as typed, then the accent-blind matches, each by
   * bm25 with the title weighing ten times the text. `exactQuery` is null when the query has no
   * accents to tell documents apart. When there are `limit` exact matches the accent-blind query
   * is not needed at all, so a query costs about one ranking pass.
   */
  query(foldedQuery: string, exactQuery: string | null, limit: number): SearchRow[] {
    const rows: SearchRow[] = [];
    const seen = new Set<string>();
    const take = (table: 'search_exact' | 'search_folded', match: string, exact: boolean) => {
      const found = this.db
        .prepare(
          `SELECT m.document_id AS documentId FROM
             (SELECT rowid, bm25(${table}, 10.0, 1.0) AS score FROM ${table} WHERE ${table} MATCH ? ORDER BY score LIMIT ?) AS hit
           JOIN search_map m ON m.rowid = hit.rowid ORDER BY hit.score, m.rowid DESC`,
        )
        .all(match, limit) as { documentId: string }[];
      for (const { documentId } of found) {
        if (rows.length < limit && !seen.has(documentId)) {
          seen.add(documentId);
          rows.push({ documentId, exact });
        }
      }
    };
    if (exactQuery) take('search_exact', exactQuery, true);
    if (rows.length < limit) take('search_folded', foldedQuery, false);
    return rows;
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
