/**
 * Attendee lists: read and save the rows, import a spreadsheet (preview, then an all-or-nothing
 * commit), export back to .xlsx/.csv, the attendance sentence, and the live link from a report to
 * the lists it attaches as appendices (with a way to freeze a copy).
 */
import type { PersonRepo } from '../db/person-repo';
import { v7 as uuidv7 } from 'uuid';
import { type AttendeeList, AttendeeListContent, MAX_ATTENDEE_ROWS } from '../../shared/attendee/attendee-list';
import { AttendeeRowChanges } from '../../shared/attendee/row-diff';
import { buildAttendanceSentence, type AttendanceSentence } from '../../shared/attendee/attendance-sentence';
import { formatImportIssue, type ColumnMapping, type ImportPreview } from '../../shared/attendee/import-preview';
import type { Document } from '../../shared/document/document';
import { kindOf } from '../../shared/document/kinds';
import { attendeesKind } from '../../shared/document/kinds/attendees';
import { AppError } from '../../shared/errors/app-error';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import type { AttendeeListSummary, AttendeeRepo } from '../db/attendee-repo';
import { isoNow, type Clock } from '../db/clock';
import type { DocumentRepo } from '../db/document-repo';
import type { Db } from '../db/open';
import type { DocumentService } from './document-service';
import { exportFileName } from '../../shared/text/file-name';

export type SpreadsheetExportFormat = 'xlsx' | 'csv';

export interface ImportCommitResult {
  documentId: string;
  listId: string;
  rowCount: number;
  warnings: ImportPreview['warnings'];
}

/** An attachment as the report sees it: the live list, or its frozen copy. */
export interface ResolvedAttachment {
  listId: string;
  frozen: boolean;
  list: AttendeeList;
}

export class AttendeeService {
  constructor(
    private readonly db: Db,
    private readonly repo: AttendeeRepo,
    private readonly documentRepo: DocumentRepo,
    private readonly documents: DocumentService,
    private readonly people: Pick<PersonRepo, 'ids'>,
    private readonly clock: Clock,
    /** Keeps the search index in step: called inside the write transaction with the owning document. */
    private readonly onListWritten: (documentId: string) => void = () => {},
  ) {}

  list(): AttendeeListSummary[] {
    return this.repo.list();
  }

  get(listId: string): AttendeeList {
    return this.repo.get(listId);
  }

  /** A list by id, or undefined when it was deleted (a report's attendance sentence may outlive it). */
  find(listId: string): AttendeeList | undefined {
    return this.repo.exists(listId) ? this.repo.get(listId) : undefined;
  }

  /** The list owned by a document, if it has one (reads only: for exports). */
  findForDocument(documentId: string): AttendeeList | undefined {
    const id = this.repo.idForDocument(documentId);
    return id ? this.repo.get(id) : undefined;
  }

  /** The list owned by an attendees document; an attendees document without one gets an empty list. */
  getForDocument(documentId: string): AttendeeList {
    const id = this.repo.idForDocument(documentId);
    if (id) return this.repo.get(id);
    const doc = this.documentRepo.get(documentId);
    if (kindOf(doc.kind).data !== 'attendee-list') throw new AppError('invalid_input', 'Văn bản này không phải danh sách đại biểu', { where: doc.title });
    return this.db.transaction(() => {
      this.repo.write({ id: uuidv7(), documentId, name: doc.title, groups: [], extraColumns: [], rows: [] }, isoNow(this.clock));
      return this.repo.get(this.repo.idForDocument(documentId)!);
    }).immediate();
  }

  save(content: AttendeeListContent): { updatedAt: string } {
    const parsed = AttendeeListContent.safeParse(content);
    if (!parsed.success) throw appErrorFromZod(parsed.error, 'danh sách đại biểu');
    const list = parsed.data;
    return this.db.transaction(() => {
      if (list.documentId !== null && !this.documentRepo.exists(list.documentId)) {
        throw new AppError('not_found', 'Không tìm thấy văn bản của danh sách', { where: list.documentId });
      }
      const known = this.people.ids();
      const rows = list.rows.map((row) => (row.personId && !known.has(row.personId) ? { ...row, personId: null } : row));
      const groups = [...list.groups];
      for (const row of rows) if (row.group && !groups.includes(row.group)) groups.push(row.group);
      const updatedAt = isoNow(this.clock, this.repo.updatedAt(list.id));
      this.repo.write({ ...list, groups, rows }, updatedAt);
      if (list.documentId !== null) this.onListWritten(list.documentId);
      // Reports quoting the list's attendance sentence are found by its names too.
      for (const documentId of this.repo.documentsQuoting(list.id)) if (documentId !== list.documentId) this.onListWritten(documentId);
      return { updatedAt };
    }).immediate();
  }

  /**
   * Saves only what changed since the save the grid last made (`baseUpdatedAt`): the rows added or
   * edited, the ones removed, and the new order when rows moved. The same rules as a whole save (a
   * person gone from the directory is unlinked, a row's group joins the list's groups, the search
   * index follows); a list changed meanwhile elsewhere is refused with "conflict", nothing written.
   */
  saveRows(changes: AttendeeRowChanges): { updatedAt: string } {
    const parsed = AttendeeRowChanges.safeParse(changes);
    if (!parsed.success) throw appErrorFromZod(parsed.error, 'danh sách đại biểu');
    const input = parsed.data;
    return this.db.transaction(() => {
      const stored = this.repo.updatedAt(input.id);
      if (stored === undefined) throw new AppError('not_found', 'Không tìm thấy danh sách đại biểu', { where: input.id });
      if (stored !== input.baseUpdatedAt) {
        throw new AppError('conflict', 'Danh sách đã được sửa ở nơi khác sau lần lưu trước', { where: input.name });
      }
      if (input.documentId !== this.repo.documentOf(input.id)) throw new AppError('invalid_input', 'Danh sách không thuộc văn bản này', { where: input.name });
      const known = this.people.ids();
      const upserts = input.upserts.map((row) => (row.personId && !known.has(row.personId) ? { ...row, personId: null } : row));
      const count = this.repo.applyRowChanges(input.id, { upserts, deletes: input.deletes, order: input.order });
      if (count > MAX_ATTENDEE_ROWS) throw new AppError('invalid_input', `Danh sách tối đa ${MAX_ATTENDEE_ROWS} dòng`, { where: input.name });
      const groups = [...input.groups];
      for (const group of this.repo.rowGroups(input.id)) if (group && !groups.includes(group)) groups.push(group);
      const updatedAt = isoNow(this.clock, stored);
      this.repo.writeHeader({ id: input.id, documentId: input.documentId, name: input.name, groups, extraColumns: input.extraColumns }, updatedAt);
      if (input.documentId !== null) this.onListWritten(input.documentId);
      for (const documentId of this.repo.documentsQuoting(input.id)) if (documentId !== input.documentId) this.onListWritten(documentId);
      return { updatedAt };
    }).immediate();
  }

  async previewImport(bytes: Uint8Array, fileName: string, mapping?: ColumnMapping): Promise<ImportPreview> {
    // The spreadsheet is parsed in a worker with memory and time limits (import-worker-host.ts), so a
    // bad file cannot freeze the window or the harness; the preview step is light and stays here.
    const [{ parseInWorker }, { buildImportPreview }] = await Promise.all([import('../import/import-worker-host'), import('../import/spreadsheet/attendee-import')]);
    return buildImportPreview(await parseInWorker({ kind: 'spreadsheet', bytes, fileName }), mapping);
  }

  /**
   * All or nothing: any row error refuses the whole file, naming the first rows; otherwise the new
   * attendees document and its list are written in one transaction.
   */
  async commitImport(bytes: Uint8Array, fileName: string, options: { mapping?: ColumnMapping; title?: string } = {}): Promise<ImportCommitResult> {
    const preview = await this.previewImport(bytes, fileName, options.mapping);
    if (preview.errors.length > 0) {
      const first = preview.errors[0]!;
      const more = preview.errors.length > 1 ? ` (và ${preview.errors.length - 1} lỗi khác)` : '';
      throw new AppError('invalid_input', `${formatImportIssue(first)}${more}. Chưa nhập gì.`, {
        where: first.row === null ? fileName : `${fileName}, dòng ${first.row}`,
        detail: preview.errors.map(formatImportIssue).join('\n'),
      });
    }
    const title = options.title?.trim() || `Danh sách đại biểu (${fileName.replace(/\.[^.]+$/, '')})`;
    return this.db.transaction(() => {
      const doc: Document = this.documents.create(attendeesKind.templateId!, title);
      const listId = uuidv7();
      this.repo.write({ id: listId, documentId: doc.id, name: title, groups: preview.groups, extraColumns: preview.extraColumns, rows: preview.rows }, isoNow(this.clock));
      this.onListWritten(doc.id);
      return { documentId: doc.id, listId, rowCount: preview.rows.length, warnings: preview.warnings };
    }).immediate();
  }

  async export(listId: string, format: SpreadsheetExportFormat): Promise<{ fileName: string; bytes: Uint8Array }> {
    const list = this.repo.get(listId);
    const { attendeeListToCsv, attendeeListToXlsx } = await import('../import/spreadsheet/attendee-export');
    const bytes = format === 'xlsx' ? await attendeeListToXlsx(list) : attendeeListToCsv(list);
    return { fileName: exportFileName({ title: list.name, kindLabel: 'Danh sách đại biểu' }, format), bytes };
  }

  attendanceSentence(listId: string, leadingRowIds?: readonly string[]): AttendanceSentence {
    return buildAttendanceSentence(this.repo.get(listId).rows, leadingRowIds ? { leadingRowIds } : {});
  }

  attach(documentId: string, listId: string): void {
    this.documentRepo.get(documentId);
    this.repo.get(listId);
    this.db.transaction(() => this.repo.attach(documentId, listId)).immediate();
  }

  detach(documentId: string, listId: string): void {
    this.db.transaction(() => this.repo.detach(documentId, listId)).immediate();
  }

  /** Freeze keeps the list as it is now in the report; unfreeze goes back to the live list. */
  setFrozen(documentId: string, listId: string, frozen: boolean): void {
    this.db.transaction(() => this.repo.setFrozen(documentId, listId, frozen ? this.repo.get(listId) : null)).immediate();
  }

  /** What a report's export appends: each attached list, live or frozen, in attachment order. */
  attachmentsFor(documentId: string): ResolvedAttachment[] {
    return this.repo.attachments(documentId).flatMap((attachment): ResolvedAttachment[] => {
      if (attachment.frozen) return [{ listId: attachment.listId, frozen: true, list: attachment.frozen }];
      return this.repo.exists(attachment.listId) ? [{ listId: attachment.listId, frozen: false, list: this.repo.get(attachment.listId) }] : [];
    });
  }
}


