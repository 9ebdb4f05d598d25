/** SQL for events and the documents generated from them; the only place that knows their columns. */
import { StoredEvent, type EventDocumentKind } from '../../shared/event/event';
import { AppError } from '../../shared/errors/app-error';
import type { Db } from './open';

interface EventRow {
  id: string;
  title: string;
  data: string;
  attendee_list_id: string;
  created_at: string;
  updated_at: string;
}

/** What the data column holds: everything but the columns of its own. */
type EventData = Omit<StoredEvent, 'id' | 'title' | 'attendeeListId' | 'createdAt' | 'updatedAt'>;

export interface EventSummaryRow {
  id: string;
  title: string;
  date: string;
  updatedAt: string;
}

export interface LinkedDocumentRow {
  documentId: string;
  kind: EventDocumentKind;
  title: string;
  number: string;
  checkedAt: string | null;
}

export class EventRepo {
  constructor(private readonly db: Db) {}

  insert(event: StoredEvent): void {
    this.db
      .prepare('INSERT INTO events (id, title, data, attendee_list_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(event.id, event.title, JSON.stringify(dataOf(event)), event.attendeeListId, event.createdAt, event.updatedAt);
  }

  update(event: StoredEvent): void {
    const result = this.db
      .prepare('UPDATE events SET title = ?, data = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL')
      .run(event.title, JSON.stringify(dataOf(event)), event.updatedAt, event.id);
    if (result.changes === 0) throw new AppError('not_found', 'Không tìm thấy hội nghị', { where: event.id });
  }

  get(id: string): StoredEvent {
    const row = this.db.prepare('SELECT * FROM events WHERE id = ? AND deleted_at IS NULL').get(id) as EventRow | undefined;
    if (!row) throw new AppError('not_found', 'Không tìm thấy hội nghị', { where: id });
    return StoredEvent.parse({
      ...(JSON.parse(row.data) as EventData),
      id: row.id,
      title: row.title,
      attendeeListId: row.attendee_list_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  list(): EventSummaryRow[] {
    const rows = this.db
      .prepare(`SELECT id, title, json_extract(data, '$.date') AS date, updated_at FROM events WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC`)
      .all() as Array<{ id: string; title: string; date: string; updated_at: string }>;
    return rows.map((row) => ({ id: row.id, title: row.title, date: row.date, updatedAt: row.updated_at }));
  }

  link(eventId: string, documentId: string, kind: EventDocumentKind): void {
    this.db.prepare('INSERT INTO event_documents (event_id, document_id, kind) VALUES (?, ?, ?)').run(eventId, documentId, kind);
  }

  /** The event's live documents, in the order they were generated. */
  documents(eventId: string): LinkedDocumentRow[] {
    const rows = this.db
      .prepare(
        `SELECT e.document_id, e.kind, d.title, json_extract(d.frame, '$.number') AS number, e.checked_at
         FROM event_documents e JOIN documents d ON d.id = e.document_id
         WHERE e.event_id = ? AND d.deleted_at IS NULL ORDER BY d.created_at, d.id`,
      )
      .all(eventId) as Array<{ document_id: string; kind: EventDocumentKind; title: string; number: string | null; checked_at: string | null }>;
    return rows.map((row) => ({ documentId: row.document_id, kind: row.kind, title: row.title, number: row.number ?? '', checkedAt: row.checked_at }));
  }

  /**
   * Marks the event deleted (its id stays taken: an archive never brings it back under it). Its
   * documents stay in the store as they are; the link rows stay only so a giấy mời still addresses
   * the event's list (attendeeListOf). Returns the event's live documents.
   */
  markDeleted(id: string, deletedAt: string): string[] {
    const linked = this.documents(id).map((doc) => doc.documentId);
    const result = this.db.prepare('UPDATE events SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(deletedAt, id);
    if (result.changes === 0) throw new AppError('not_found', 'Không tìm thấy hội nghị', { where: id });
    return linked;
  }

  /** Brings a deleted event back (the toast's Khôi phục); its documents were never unlinked from it. */
  restore(id: string, updatedAt: string): void {
    const result = this.db.prepare('UPDATE events SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(updatedAt, id);
    if (result.changes === 0) throw new AppError('not_found', 'Không có hội nghị đã xóa với mã này', { where: id });
  }

  /** The attendee list of an event, deleted or not: a giấy mời made from it keeps its addressees. */
  attendeeListOf(id: string): string | undefined {
    const row = this.db.prepare('SELECT attendee_list_id FROM events WHERE id = ?').get(id) as { attendee_list_id: string } | undefined;
    return row?.attendee_list_id;
  }

  /** True when an event with this id is in the store, deleted or not (an archive never reuses its id). */
  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM events WHERE id = ?').get(id) !== undefined;
  }

  /** The event a document was generated from, if any. */
  eventOf(documentId: string): string | undefined {
    const row = this.db.prepare('SELECT event_id FROM event_documents WHERE document_id = ?').get(documentId) as { event_id: string } | undefined;
    return row?.event_id;
  }

  setChecked(documentId: string, checkedAt: string | null): void {
    // Only for a live event: the documents of a deleted one are ordinary documents now.
    const result = this.db
      .prepare('UPDATE event_documents SET checked_at = ? WHERE document_id = ? AND event_id IN (SELECT id FROM events WHERE deleted_at IS NULL)')
      .run(checkedAt, documentId);
    if (result.changes === 0) throw new AppError('not_found', 'Văn bản này không thuộc hội nghị nào', { where: documentId });
  }
}

function dataOf(event: StoredEvent): EventData {
  const { id: _id, title: _title, attendeeListId: _list, createdAt: _created, updatedAt: _updated, ...data } = event;
  return data;
}
