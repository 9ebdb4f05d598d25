/**
 * The live documents as the list shows them (id, kind, title, dates), newest change first: read from
 * the covering index of migration 0006 alone, never the bodies. Its own module, free of zod and the
 * document schemas, so that `thuky list` loads nothing else.
 */
import type Database from 'better-sqlite3';
import type { DocumentSummary } from '../../shared/document/document';

interface SummaryRow {
  id: string;
  kind: string;
  title: string;
  created_at: string;
  updated_at: string;
}

export function listLiveDocuments(db: Database.Database): DocumentSummary[] {
  const rows = db
    .prepare('SELECT id, kind, title, created_at, updated_at FROM documents WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC')
    .all() as SummaryRow[];
  return rows.map((row) => ({ id: row.id, kind: row.kind as DocumentSummary['kind'], title: row.title, createdAt: row.created_at, updatedAt: row.updated_at }));
}
