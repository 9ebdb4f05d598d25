/**
 * SQL for revisions, newest first. Each distinct content is stored once in revision_contents and a
 * revision refers to it by hash (migration 0008): an export of an unchanged document adds a row, not a body.
 */
import type { Db } from './open';
import { AppError } from '../../shared/errors/app-error';

import { REVISION_REASONS } from '../../shared/ipc/contract';

export { REVISION_REASONS };
export type RevisionReason = (typeof REVISION_REASONS)[number];

export interface RevisionSummary {
  revisionId: number;
  documentId: string;
  createdAt: string;
  reason: RevisionReason;
  title: string;
  sizeBytes: number;
  preview: string;
}

export interface NewRevision {
  documentId: string;
  createdAt: string;
  reason: RevisionReason;
  title: string;
  /** DocumentContent as JSON. */
  content: string;
  contentSha: string;
  preview: string;
}

interface RevisionRow {
  id: number;
  document_id: string;
  created_at: string;
  reason: RevisionReason;
  title: string;
  size_bytes: number;
  preview: string;
}

const SUMMARY_COLUMNS = 'id, document_id, created_at, reason, title, size_bytes, preview';

function toSummary(row: RevisionRow): RevisionSummary {
  return {
    revisionId: row.id,
    documentId: row.document_id,
    createdAt: row.created_at,
    reason: row.reason,
    title: row.title,
    sizeBytes: row.size_bytes,
    preview: row.preview,
  };
}

export class RevisionRepo {
  constructor(private readonly db: Db) {}

  insert(revision: NewRevision): number {
    this.db.prepare('INSERT OR IGNORE INTO revision_contents (sha, content) VALUES (?, ?)').run(revision.contentSha, revision.content);
    const result = this.db
      .prepare(
        `INSERT INTO revisions (document_id, created_at, reason, title, content_sha, size_bytes, preview)
         VALUES (@documentId, @createdAt, @reason, @title, @contentSha, @sizeBytes, @preview)`,
      )
      .run({
        documentId: revision.documentId,
        createdAt: revision.createdAt,
        reason: revision.reason,
        title: revision.title,
        contentSha: revision.contentSha,
        preview: revision.preview,
        sizeBytes: Buffer.byteLength(revision.content, 'utf8'),
      });
    return Number(result.lastInsertRowid);
  }

  /** How many revisions each document has (documents without any are absent). */
  countsByDocument(): Map<string, number> {
    const rows = this.db.prepare('SELECT document_id AS id, count(*) AS n FROM revisions GROUP BY document_id').all() as { id: string; n: number }[];
    return new Map(rows.map((row) => [row.id, row.n]));
  }

  list(documentId: string): RevisionSummary[] {
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM revisions WHERE document_id = ? ORDER BY created_at DESC, id DESC`)
      .all(documentId) as RevisionRow[];
    return rows.map(toSummary);
  }

  latest(documentId: string): (RevisionSummary & { contentSha: string }) | undefined {
    const row = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS}, content_sha FROM revisions WHERE document_id = ? ORDER BY created_at DESC, id DESC LIMIT 1`)
      .get(documentId) as (RevisionRow & { content_sha: string }) | undefined;
    return row ? { ...toSummary(row), contentSha: row.content_sha } : undefined;
  }

  get(revisionId: number): RevisionSummary & { content: string } {
    const row = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS.split(', ').map((column) => `r.${column}`).join(', ')}, c.content FROM revisions r JOIN revision_contents c ON c.sha = r.content_sha WHERE r.id = ?`)
      .get(revisionId) as
      | (RevisionRow & { content: string })
      | undefined;
    if (!row) throw new AppError('not_found', 'Không tìm thấy phiên bản này trong lịch sử', { where: `phiên bản ${revisionId}` });
    return { ...toSummary(row), content: row.content };
  }

  deleteMany(revisionIds: readonly number[]): void {
    const statement = this.db.prepare('DELETE FROM revisions WHERE id = ?');
    for (const id of revisionIds) statement.run(id);
  }
}
