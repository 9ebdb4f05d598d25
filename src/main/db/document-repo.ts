/** SQL for documents; the only place that knows their columns. */
import type { Db } from './open';
import { Document, type DeletedDocumentSummary, type DocumentSummary } from '../../shared/document/document';
import { AppError } from '../../shared/errors/app-error';
import { listLiveDocuments } from './document-summaries';

interface DocumentRow {
  id: string;
  kind: string;
  title: string;
  frame: string;
  body: string;
  portal: string;
  template_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export class DocumentRepo {
  constructor(private readonly db: Db) {}

  listLive(): DocumentSummary[] {
    return listLiveDocuments(this.db);
  }

  /** True when the database holds any document at all (deleted ones too): something worth a backup. */
  hasAny(): boolean {
    return this.db.prepare('SELECT 1 FROM documents LIMIT 1').get() !== undefined;
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
  }

  /** Reads a live document; deleted ones only with includeDeleted. */
  get(id: string, includeDeleted = false): Document {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    if (!row || (row.deleted_at && !includeDeleted)) throw new AppError('not_found', 'Không tìm thấy văn bản', { where: id });
    return Document.parse({
      id: row.id,
      kind: row.kind,
      title: row.title,
      frame: JSON.parse(row.frame),
      body: JSON.parse(row.body),
      portal: JSON.parse(row.portal),
      templateId: row.template_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  /**
   * A live document's searchable fields without schema validation (they were validated when
   * written): search reads twenty of these per keystroke.
   */
  readForSearch(id: string): Pick<Document, 'id' | 'kind' | 'title' | 'frame' | 'body' | 'portal'> | undefined {
    const row = this.db.prepare('SELECT id, kind, title, frame, body, portal FROM documents WHERE id = ? AND deleted_at IS NULL').get(id) as
      | Pick<DocumentRow, 'id' | 'kind' | 'title' | 'frame' | 'body' | 'portal'>
      | undefined;
    if (!row) return undefined;
    return { id: row.id, kind: row.kind as Document['kind'], title: row.title, frame: JSON.parse(row.frame), body: JSON.parse(row.body), portal: JSON.parse(row.portal) };
  }

  insert(doc: Document, profileId: string | null): void {
    this.db
      .prepare(
        `INSERT INTO documents (id, kind, title, frame, body, portal, template_id, profile_id, created_at, updated_at)
         VALUES (@id, @kind, @title, @frame, @body, @portal, @templateId, @profileId, @createdAt, @updatedAt)`,
      )
      .run({
        id: doc.id,
        kind: doc.kind,
        title: doc.title,
        frame: JSON.stringify(doc.frame),
        body: JSON.stringify(doc.body),
        portal: JSON.stringify(doc.portal),
        templateId: doc.templateId,
        profileId,
        createdAt: doc.createdAt,
        updatedAt: doc.updatedAt,
      });
  }

  /** Writes the editable content; one statement, so a save is all or nothing. */
  updateContent(id: string, content: Pick<Document, 'title' | 'frame' | 'body' | 'portal'>, updatedAt: string): void {
    const result = this.db
      .prepare('UPDATE documents SET title = ?, frame = ?, body = ?, portal = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL')
      .run(content.title, JSON.stringify(content.frame), JSON.stringify(content.body), JSON.stringify(content.portal), updatedAt, id);
    if (result.changes === 0) throw new AppError('not_found', 'Không tìm thấy văn bản để lưu', { where: id });
  }

  lastUpdatedAt(id: string): string | undefined {
    const row = this.db.prepare('SELECT updated_at FROM documents WHERE id = ?').get(id) as { updated_at: string } | undefined;
    return row?.updated_at;
  }

  /** "Đã xóa": the soft-deleted documents, the latest deletion first. */
  listDeleted(): DeletedDocumentSummary[] {
    const rows = this.db
      .prepare('SELECT id, kind, title, created_at, updated_at, deleted_at FROM documents WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC')
      .all() as Array<Pick<DocumentRow, 'id' | 'kind' | 'title' | 'created_at' | 'updated_at'> & { deleted_at: string }>;
    return rows.map((row) => ({ id: row.id, kind: row.kind as DocumentSummary['kind'], title: row.title, createdAt: row.created_at, updatedAt: row.updated_at, deletedAt: row.deleted_at }));
  }

  /**
   * Removes a deleted document for good; its revisions, index rows, pledge and attachments go with
   * it (ON DELETE CASCADE). An attendee list that an event still uses stays, detached from it.
   */
  purge(id: string): void {
    const row = this.db.prepare('SELECT deleted_at FROM documents WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
    if (!row) throw new AppError('not_found', 'Không tìm thấy văn bản', { where: id });
    if (!row.deleted_at) throw new AppError('conflict', 'Chỉ xóa vĩnh viễn được văn bản đã ở mục "Đã xóa": hãy xóa văn bản trước', { where: id });
    this.db.prepare('UPDATE attendee_lists SET document_id = NULL WHERE document_id = ? AND id IN (SELECT attendee_list_id FROM events)').run(id);
    this.db.prepare('DELETE FROM documents WHERE id = ? AND deleted_at IS NOT NULL').run(id);
  }

  setDeleted(id: string, deletedAt: string | null): void {
    const result = this.db
      .prepare(`UPDATE documents SET deleted_at = ? WHERE id = ? AND (deleted_at IS NULL) = ?`)
      .run(deletedAt, id, deletedAt ? 1 : 0);
    if (result.changes === 0) throw new AppError('not_found', deletedAt ? 'Không tìm thấy văn bản để xóa' : 'Không có văn bản đã xóa với mã này', { where: id });
  }
}
