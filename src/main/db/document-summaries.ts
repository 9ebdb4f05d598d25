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

const LIVE_LIST = 'SELECT id, kind, title, created_at, updated_at FROM documents WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC';

export function listLiveDocuments(db: Database.Database): DocumentSummary[] {
  return [...liveDocuments(db)];
}

/** One at a time: a caller that prints as it goes keeps nothing (10,000 rows kept alive cost more in garbage collection than in SQLite). */
export function* liveDocuments(db: Database.Database): Generator<DocumentSummary> {
  for (const row of db.prepare(LIVE_LIST).iterate() as IterableIterator<SummaryRow>) {
    yield { id: row.id, kind: row.kind as DocumentSummary['kind'], title: row.title, createdAt: row.created_at, updatedAt: row.updated_at };
  }
}
