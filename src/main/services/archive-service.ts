/**
 * Moving data to another machine: every live document (and the images its body uses) in one
 * JSON Lines file, imported elsewhere with ids kept. A document whose id is already there is a
 * duplicate when its content is the same (skipped) and a conflict when it differs (skipped and
 * reported, never overwritten).
 */
import type { RevisionRepo } from '../db/revision-repo';
import { kindOf } from '../../shared/document/kinds';
import fs from 'node:fs';
import type { BodyNode } from '../../shared/document/body';
import { Document, DOCUMENT_FORMAT } from '../../shared/document/document';
import { AppError } from '../../shared/errors/app-error';
import { deepNfc } from '../../shared/text/nfc';
import type { Db } from '../db/open';
import { AttendeeList } from '../../shared/attendee/attendee-list';
import { Pledge } from '../../shared/pledge/pledge';
import { EventDocumentKind, StoredEvent } from '../../shared/event/event';
import type { EventRepo } from '../db/event-repo';
import { z } from 'zod';
import type { AttendeeService } from './attendee-service';
import type { DocumentService } from './document-service';
import type { ImageService } from './image-service';
import type { PledgeService } from './pledge-service';
import type { SearchService } from './search-service';

export const ARCHIVE_FORMAT = 'thuky.archive/1';

export interface ArchiveImportReport {
  imported: string[];
  /** Already here with the same content. */
  duplicates: string[];
  /** Already here with different content: left as they are. */
  conflicts: { id: string; title: string }[];
  images: number;
  /** Events imported (with their attendee list and the links to their documents); one already here is left as it is. */
  events: string[];
}

/** An event travels with its attendee list and which documents were generated from it (and checked). */
const ArchivedEventLinks = z.array(z.object({ documentId: z.string(), kind: EventDocumentKind, checkedAt: z.string().nullable() }));

type Line =
  /** Counts are of the lines that follow; revision history is not carried (said here and by the CLI). */
  | { type: 'header'; format: typeof ARCHIVE_FORMAT; exportedAt: string; documents: number; images: number; events?: number; revisionsIncluded: false }
  | { type: 'image'; id: string; mime: string; dataBase64: string }
  | { type: 'document'; document: Document }
  /** A document's attendee rows and pledge parties live in their own tables; they travel with it. */
  | { type: 'attendees'; list: AttendeeList }
  | { type: 'pledge'; pledge: Pledge }
  | { type: 'event'; event: StoredEvent; list: AttendeeList | null; documents: z.infer<typeof ArchivedEventLinks> };

function imageIdsOf(node: BodyNode, out: Set<string>): Set<string> {
  const imageId = node.attrs?.imageId;
  if (node.type === 'figure' && typeof imageId === 'string') out.add(imageId);
  for (const child of node.content ?? []) imageIdsOf(child, out);
  return out;
}

const sameContent = (a: Document, b: Document) =>
  JSON.stringify([a.kind, a.title, a.frame, a.body, a.portal]) === JSON.stringify([b.kind, b.title, b.frame, b.body, b.portal]);

export class ArchiveService {
  constructor(
    private readonly db: Db,
    private readonly documents: DocumentService,
    private readonly images: ImageService,
    private readonly attendees: AttendeeService,
    private readonly pledges: PledgeService,
    private readonly search: SearchService,
    private readonly revisionCounts: Pick<RevisionRepo, 'countsByDocument'>,
    private readonly events: Pick<EventRepo, 'list' | 'get' | 'documents' | 'exists' | 'insert' | 'link' | 'eventOf' | 'setChecked'>,
  ) {}

  /**
   * Writes the archive to a temporary name and renames it, so a half-written file never has the
   * final name. The counts are of what the file holds; `revisionsLeftOut` is the history that stays
   * on this machine (the archive carries each document's current content, not its revisions).
   */
  exportTo(file: string, exportedAt: string): { documents: number; images: number; events: number; revisionsLeftOut: number } {
    const docs = this.documents.list().map((summary) => this.documents.get(summary.id));
    const events = this.events.list().map((summary) => this.events.get(summary.id));
    const imageIds = new Set<string>();
    for (const doc of docs) imageIdsOf(doc.body as BodyNode, imageIds);
    for (const event of events) for (const photo of event.photos) imageIds.add(photo.imageId);
    const lines: Line[] = [];
    for (const id of imageIds) {
      try {
        const image = this.images.get(id);
        lines.push({ type: 'image', id, mime: image.mime, dataBase64: image.bytes.toString('base64') });
      } catch {
        // An image the body names but the store lacks stays missing on the other side too.
      }
    }
    for (const document of docs) lines.push({ type: 'document', document });
    const live = new Set(docs.map((doc) => doc.id));
    for (const summary of this.attendees.list()) {
      if (summary.documentId && live.has(summary.documentId)) lines.push({ type: 'attendees', list: this.attendees.get(summary.id) });
    }
    for (const doc of docs) {
      if (kindOf(doc.kind).data !== 'pledge') continue;
      const pledge = this.pledges.get(doc.id);
      if (pledge.parties.length > 0 || pledge.commitments.length > 0) lines.push({ type: 'pledge', pledge });
    }
    // Events after their documents: the import links only documents it has seen.
    for (const event of events) {
      const links = this.events.documents(event.id).map(({ documentId, kind, checkedAt }) => ({ documentId, kind, checkedAt }));
      lines.push({ type: 'event', event, list: this.attendees.find(event.attendeeListId) ?? null, documents: links });
    }
    const images = lines.filter((line) => line.type === 'image').length;
    lines.unshift({ type: 'header', format: ARCHIVE_FORMAT, exportedAt, documents: docs.length, images, events: events.length, revisionsIncluded: false });
    const temp = `${file}.tmp`;
    fs.writeFileSync(temp, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    fs.renameSync(temp, file);
    const revisionsLeftOut = [...this.revisionCounts.countsByDocument()].filter(([id]) => live.has(id)).reduce((sum, [, n]) => sum + n, 0);
    return { documents: docs.length, images, events: events.length, revisionsLeftOut };
  }

  /** All or nothing: a bad line anywhere means nothing is imported. */
  importFrom(file: string): ArchiveImportReport {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (cause) {
      throw new AppError('io', 'Không đọc được tệp lưu trữ', { where: file, cause });
    }
    const rows = text.split('\n').filter((line) => line.trim() !== '');
    const parsed = rows.map((row, index) => {
      try {
        return JSON.parse(row) as Line;
      } catch {
        throw new AppError('invalid_input', 'Dòng không phải JSON', { where: `${file}, dòng ${index + 1}` });
      }
    });
    const header = parsed[0];
    if (header?.type !== 'header' || header.format !== ARCHIVE_FORMAT) {
      throw new AppError('invalid_input', `Tệp không phải tệp lưu trữ của Thư ký (${ARCHIVE_FORMAT})`, { where: `${file}, dòng 1` });
    }
    const report: ArchiveImportReport = { imported: [], duplicates: [], conflicts: [], images: 0, events: [] };
    this.db.transaction(() => {
      parsed.slice(1).forEach((line, index) => {
        const where = `${file}, dòng ${index + 2}`;
        if (line.type === 'image') {
          this.images.put(line.mime, Buffer.from(line.dataBase64, 'base64'));
          report.images++;
        } else if (line.type === 'document') {
          const result = Document.safeParse(deepNfc({ ...line.document, format: DOCUMENT_FORMAT }));
          if (!result.success) throw new AppError('invalid_input', 'Văn bản trong tệp lưu trữ không hợp lệ', { where, detail: result.error.message });
          const incoming = result.data;
          let existing: Document | undefined;
          try {
            existing = this.documents.get(incoming.id);
          } catch {
            existing = undefined;
          }
          if (existing) {
            if (sameContent(existing, incoming)) report.duplicates.push(incoming.id);
            else report.conflicts.push({ id: incoming.id, title: incoming.title });
            return;
          }
          try {
            this.documents.importDocument(incoming);
          } catch (error) {
            // A deleted document with this id is still in the store: a conflict, left as it is.
            if (error instanceof AppError && error.code === 'conflict') return void report.conflicts.push({ id: incoming.id, title: incoming.title });
            throw error;
          }
          report.imported.push(incoming.id);
        } else if (line.type === 'attendees' || line.type === 'pledge') {
          // Only for a document imported just now: a duplicate or conflicting one keeps its own rows.
          const documentId = line.type === 'attendees' ? line.list.documentId : line.pledge.documentId;
          if (!documentId || !report.imported.includes(documentId)) return;
          if (line.type === 'attendees') {
            const list = AttendeeList.safeParse(deepNfc(line.list));
            if (!list.success) throw new AppError('invalid_input', 'Danh sách đại biểu trong tệp lưu trữ không hợp lệ', { where, detail: list.error.message });
            const { updatedAt: _updatedAt, ...content } = list.data;
            this.attendees.save(content);
          } else {
            const pledge = Pledge.safeParse(deepNfc(line.pledge));
            if (!pledge.success) throw new AppError('invalid_input', 'Giao ước trong tệp lưu trữ không hợp lệ', { where, detail: pledge.error.message });
            const { parties, commitments, signatureOrder } = pledge.data;
            this.pledges.save(documentId, { parties, commitments, signatureOrder });
          }
          this.search.reindex(documentId); // names and parties are searchable text
        } else if (line.type === 'event') {
          this.importEvent(line, where, report);
        } else {
          throw new AppError('invalid_input', 'Dòng không rõ loại', { where });
        }
      });
    }).immediate();
    return report;
  }

  /**
   * An event whose id is new here: its attendee list (when not already brought by its Danh sách
   * document), the event, and its links to the documents now in the store that belong to no other event.
   */
  private importEvent(line: Extract<Line, { type: 'event' }>, where: string, report: ArchiveImportReport): void {
    const event = StoredEvent.safeParse(deepNfc(line.event));
    const links = ArchivedEventLinks.safeParse(line.documents ?? []);
    if (!event.success || !links.success) throw new AppError('invalid_input', 'Hội nghị trong tệp lưu trữ không hợp lệ', { where, detail: (event.error ?? links.error)?.message });
    if (this.events.exists(event.data.id)) return;
    if (!this.attendees.find(event.data.attendeeListId)) {
      const list = AttendeeList.safeParse(deepNfc(line.list));
      if (!list.success || list.data.id !== event.data.attendeeListId) throw new AppError('invalid_input', 'Danh sách đại biểu của hội nghị trong tệp lưu trữ không hợp lệ', { where, detail: list.error?.message });
      const { updatedAt: _updatedAt, ...content } = list.data;
      // Its Danh sách document was not imported here (or there was none): the list stays the event's own.
      this.attendees.save({ ...content, documentId: content.documentId && report.imported.includes(content.documentId) ? content.documentId : null });
    }
    this.events.insert(event.data);
    const here = new Set([...report.imported, ...report.duplicates]);
    for (const link of links.data) {
      if (!here.has(link.documentId) || this.events.eventOf(link.documentId) !== undefined) continue;
      this.events.link(event.data.id, link.documentId, link.kind);
      if (link.checkedAt) this.events.setChecked(link.documentId, link.checkedAt);
    }
    report.events.push(event.data.id);
  }
}
