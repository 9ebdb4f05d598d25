/**
 * SQL for attendee lists and their rows. A save replaces the rows of the list in one transaction
 * (the caller's): 5,000 prepared inserts take milliseconds, and "rows as the grid shows them" is the
 * simplest correct contract.
 */
import { AttendeeList, type AttendeeListContent, type AttendeeRow } from '../../shared/attendee/attendee-list';
import { AppError } from '../../shared/errors/app-error';
import type { Db } from './open';

interface ListRow {
  id: string;
  document_id: string | null;
  name: string;
  groups: string;
  extra_columns: string;
  created_at: string;
  updated_at: string;
}

interface RowRow {
  position: number;
  row_id: string;
  person_id: string | null;
  group_name: string;
  honorific: string;
  full_name: string;
  title: string;
  unit: string;
  note: string;
  present: number;
  protocol_rank: number | null;
  extra: string;
}

export interface AttendeeListSummary {
  id: string;
  documentId: string | null;
  name: string;
  rowCount: number;
  updatedAt: string;
}

export class AttendeeRepo {
  constructor(private readonly db: Db) {}

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM attendee_lists WHERE id = ?').get(id) !== undefined;
  }

  idForDocument(documentId: string): string | undefined {
    const row = this.db.prepare('SELECT id FROM attendee_lists WHERE document_id = ?').get(documentId) as { id: string } | undefined;
    return row?.id;
  }

  /** Lists of live documents (and free-standing lists), newest first. */
  list(): AttendeeListSummary[] {
    const rows = this.db
      .prepare(
        `SELECT l.id, l.document_id, coalesce(d.title, l.name) AS name, l.updated_at, (SELECT count(*) FROM attendee_rows r WHERE r.list_id = l.id) AS row_count
         FROM attendee_lists l LEFT JOIN documents d ON d.id = l.document_id
         WHERE l.document_id IS NULL OR d.deleted_at IS NULL
         ORDER BY l.updated_at DESC, l.id DESC`,
      )
      .all() as Array<ListRow & { row_count: number }>;
    return rows.map((row) => ({ id: row.id, documentId: row.document_id, name: row.name, rowCount: row.row_count, updatedAt: row.updated_at }));
  }

  get(id: string): AttendeeList {
    // Named after its document when it has one: renaming the Danh sách renames the list (and the
    // Phụ lục title in the reports that attach it).
    const list = this.db
      .prepare('SELECT l.*, coalesce(d.title, l.name) AS name FROM attendee_lists l LEFT JOIN documents d ON d.id = l.document_id WHERE l.id = ?')
      .get(id) as ListRow | undefined;
    if (!list) throw new AppError('not_found', 'Không tìm thấy danh sách đại biểu', { where: id });
    const rows = this.db.prepare('SELECT * FROM attendee_rows WHERE list_id = ? ORDER BY position').all(id) as RowRow[];
    return AttendeeList.parse({
      id: list.id,
      documentId: list.document_id,
      name: list.name,
      groups: JSON.parse(list.groups),
      extraColumns: JSON.parse(list.extra_columns),
      updatedAt: list.updated_at,
      rows: rows.map(
        (row): AttendeeRow => ({
          id: row.row_id,
          personId: row.person_id,
          group: row.group_name,
          order: row.position,
          honorific: row.honorific,
          fullName: row.full_name,
          title: row.title,
          unit: row.unit,
          note: row.note,
          present: row.present === 1,
          protocolRank: row.protocol_rank,
          extra: JSON.parse(row.extra) as Record<string, string>,
        }),
      ),
    });
  }

  updatedAt(id: string): string | undefined {
    const row = this.db.prepare('SELECT updated_at FROM attendee_lists WHERE id = ?').get(id) as { updated_at: string } | undefined;
    return row?.updated_at;
  }

  /** Inserts or replaces the list and all its rows; call inside a transaction. Rows are stored in `order` order. */
  write(list: AttendeeListContent, updatedAt: string): void {
    const existing = this.exists(list.id);
    if (existing) {
      this.db
        .prepare('UPDATE attendee_lists SET name = ?, groups = ?, extra_columns = ?, document_id = ?, updated_at = ? WHERE id = ?')
        .run(list.name, JSON.stringify(list.groups), JSON.stringify(list.extraColumns), list.documentId, updatedAt, list.id);
      this.db.prepare('DELETE FROM attendee_rows WHERE list_id = ?').run(list.id);
    } else {
      this.db
        .prepare('INSERT INTO attendee_lists (id, document_id, name, groups, extra_columns, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(list.id, list.documentId, list.name, JSON.stringify(list.groups), JSON.stringify(list.extraColumns), updatedAt, updatedAt);
    }
    const insert = this.db.prepare(
      `INSERT INTO attendee_rows (list_id, position, row_id, person_id, group_name, honorific, full_name, title, unit, note, present, protocol_rank, extra)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const ordered = [...list.rows].sort((a, b) => a.order - b.order);
    ordered.forEach((row, position) => {
      insert.run(list.id, position, row.id, row.personId, row.group, row.honorific, row.fullName, row.title, row.unit, row.note, row.present ? 1 : 0, row.protocolRank, JSON.stringify(row.extra));
    });
  }

  documentOf(id: string): string | null | undefined {
    const row = this.db.prepare('SELECT document_id FROM attendee_lists WHERE id = ?').get(id) as { document_id: string | null } | undefined;
    return row?.document_id;
  }

  /** The list's own fields (not its rows); call inside a transaction, for a list that exists. */
  writeHeader(list: Omit<AttendeeListContent, 'rows'>, updatedAt: string): void {
    this.db
      .prepare('UPDATE attendee_lists SET name = ?, groups = ?, extra_columns = ?, document_id = ?, updated_at = ? WHERE id = ?')
      .run(list.name, JSON.stringify(list.groups), JSON.stringify(list.extraColumns), list.documentId, updatedAt, list.id);
  }

  /** The group names the list's rows use. */
  rowGroups(id: string): string[] {
    return this.db.prepare('SELECT DISTINCT group_name FROM attendee_rows WHERE list_id = ?').pluck().all(id) as string[];
  }

  /**
   * Applies a row diff inside the caller's transaction: deletes, then rows updated in place or
   * added, then (when `order` is given) every row's position from it. Refuses an order that does not
   * name exactly the rows the list then has, or an upsert of a row id the list holds twice.
   * Returns the number of rows after.
   */
  applyRowChanges(id: string, changes: { upserts: readonly AttendeeRow[]; deletes: readonly string[]; order: readonly string[] | null }): number {
    const placed = this.db.prepare('SELECT row_id, position FROM attendee_rows WHERE list_id = ? ORDER BY position').all(id) as Array<{ row_id: string; position: number }>;
    const positions = new Map<string, number>();
    for (const { row_id, position } of placed) {
      if (positions.has(row_id)) throw new AppError('conflict', 'Danh sách có dòng trùng mã: cần lưu toàn bộ', { where: row_id });
      positions.set(row_id, position);
    }
    const remove = this.db.prepare('DELETE FROM attendee_rows WHERE list_id = ? AND position = ?');
    for (const rowId of changes.deletes) {
      const position = positions.get(rowId);
      if (position === undefined) continue;
      remove.run(id, position);
      positions.delete(rowId);
    }
    const update = this.db.prepare(
      `UPDATE attendee_rows SET person_id = ?, group_name = ?, honorific = ?, full_name = ?, title = ?, unit = ?, note = ?, present = ?, protocol_rank = ?, extra = ?
       WHERE list_id = ? AND position = ?`,
    );
    const insert = this.db.prepare(
      `INSERT INTO attendee_rows (list_id, position, row_id, person_id, group_name, honorific, full_name, title, unit, note, present, protocol_rank, extra)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let next = Math.max(-1, ...positions.values()) + 1;
    for (const row of changes.upserts) {
      const fields = [row.personId, row.group, row.honorific, row.fullName, row.title, row.unit, row.note, row.present ? 1 : 0, row.protocolRank, JSON.stringify(row.extra)] as const;
      const position = positions.get(row.id);
      if (position !== undefined) update.run(...fields, id, position);
      else {
        insert.run(id, next, row.id, ...fields);
        positions.set(row.id, next++);
      }
    }
    if (changes.order) {
      const order = changes.order;
      if (order.length !== positions.size || new Set(order).size !== order.length || order.some((rowId) => !positions.has(rowId))) {
        throw new AppError('conflict', 'Thứ tự dòng không khớp với danh sách đã lưu: cần lưu toàn bộ', { where: id });
      }
      // Positions are the key: move every row out of the way, then into its new place.
      this.db.prepare('UPDATE attendee_rows SET position = -1 - position WHERE list_id = ?').run(id);
      const move = this.db.prepare('UPDATE attendee_rows SET position = ? WHERE list_id = ? AND position = ?');
      order.forEach((rowId, index) => move.run(index, id, -1 - positions.get(rowId)!));
    }
    return positions.size;
  }

  /** Live documents whose body holds an attendance sentence naming the list (a text scan; bodies are JSON). */
  documentsQuoting(listId: string): string[] {
    return this.db
      .prepare(`SELECT id FROM documents WHERE deleted_at IS NULL AND instr(body, '"attendanceSentence"') > 0 AND instr(body, ?) > 0`)
      .pluck()
      .all(listId) as string[];
  }

  /** Lists attached to a document as appendices, in position order, with their frozen copy if any. */
  attachments(documentId: string): Array<{ listId: string; frozen: AttendeeList | null }> {
    const rows = this.db.prepare('SELECT list_id, frozen FROM document_attachments WHERE document_id = ? ORDER BY position').all(documentId) as Array<{ list_id: string; frozen: string | null }>;
    return rows.map((row) => ({ listId: row.list_id, frozen: row.frozen ? AttendeeList.parse(JSON.parse(row.frozen)) : null }));
  }

  attach(documentId: string, listId: string): void {
    const next = this.db.prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM document_attachments WHERE document_id = ?').get(documentId) as { next: number };
    this.db.prepare('INSERT OR IGNORE INTO document_attachments (document_id, list_id, position, frozen) VALUES (?, ?, ?, NULL)').run(documentId, listId, next.next);
  }

  detach(documentId: string, listId: string): void {
    this.db.prepare('DELETE FROM document_attachments WHERE document_id = ? AND list_id = ?').run(documentId, listId);
  }

  /** frozen = a copy of the list as it is now; null = back to the live list. */
  setFrozen(documentId: string, listId: string, frozen: AttendeeList | null): void {
    const result = this.db
      .prepare('UPDATE document_attachments SET frozen = ? WHERE document_id = ? AND list_id = ?')
      .run(frozen ? JSON.stringify(frozen) : null, documentId, listId);
    if (result.changes === 0) throw new AppError('not_found', 'Danh sách này chưa được đính kèm vào văn bản', { where: `${documentId} › ${listId}` });
  }
}
