/**
 * Events: one conference entered once (thuky.event/1), its paperwork generated and kept in step.
 * Every write is one transaction: an event with its attendee list, a generation with all its
 * documents, a change of facts with every draft it updates.
 */
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { AttendeeRow } from '../../shared/attendee/attendee-list';
import type { DocumentContent } from '../../shared/document/document';
import { AppError } from '../../shared/errors/app-error';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import {
  EVENT_DOCUMENT_KINDS,
  EventFactsPatch,
  StoredEvent,
  type DocumentState,
  type EventAttendee,
  type EventDocument,
  type EventDocumentKind,
  type EventInput,
  type EventParty,
  type EventPhoto,
  type EventView,
} from '../../shared/event/event';
import { EditedPhotos } from '../../shared/event/event-photos';
import { eventDocumentContent, frameDateFor, publishedAtOf, type EventForDocuments, type PhotoSize } from '../../shared/event/event-documents';
import { syncContent, factChanges } from '../../shared/event/event-sync';
import { factWords, type Addressee } from '../../shared/event/event-wording';
import { yearMove } from '../../shared/template/template-year';
import type { PledgeParty } from '../../shared/pledge/pledge';
import { followedSubtitle, type PartiesDocumentKind } from '../../shared/pledge/parties-subtitle';
import { partiesInSigningOrder, signingOrderWithNewHost } from '../../shared/pledge/signing-order';
import { isoNow, type Clock } from '../db/clock';
import type { EventRepo, EventSummaryRow, LinkedDocumentRow } from '../db/event-repo';
import type { Db } from '../db/open';
import { imagePixelSize } from '../images/image-header';
import type { AttendeeService } from './attendee-service';
import type { DocumentService } from './document-service';
import type { ImageService } from './image-service';
import type { PledgeService } from './pledge-service';
import type { ProfileService } from './profile-service';

/** The template each generated kind starts from (the committee's frame comes with it). */
export const EVENT_TEMPLATES: Record<EventDocumentKind, string> = {
  report: 'bao-cao-ket-qua-hoi-nghi',
  article: 'tin-bai-hoi-nghi',
  attendees: 'danh-sach-dai-bieu',
  pledge: 'giao-uoc-thi-dua',
  program: 'chuong-trinh-phoi-hop',
  invitation: 'giay-moi',
};

/** With no protocol ranks in the file, the attendance sentence names the first guests in file order. */
const NAMED_BY_DEFAULT = 10;

export interface FactsUpdate {
  event: EventView;
  /** Drafts rewritten with the new facts. */
  updated: string[];
  /** Issued documents (with a số) kept as they were. */
  kept: string[];
}

export class EventService {
  constructor(
    private readonly db: Db,
    private readonly repo: EventRepo,
    private readonly documents: DocumentService,
    private readonly attendees: AttendeeService,
    private readonly pledges: PledgeService,
    private readonly profile: ProfileService,
    private readonly images: ImageService,
    private readonly clock: Clock,
  ) {}

  list(): EventSummaryRow[] {
    return this.repo.list();
  }

  /** Stores a new event and its attendee list; nothing is written when any part is refused. */
  create(input: EventInput): { id: string } {
    this.requireStoredImages(input.photos);
    const id = uuidv7();
    const listId = uuidv7();
    const now = isoNow(this.clock);
    const event = StoredEvent.parse({
      id,
      title: input.title,
      date: input.date,
      issueDate: input.issueDate,
      time: input.time,
      venue: input.venue,
      chair: input.chair,
      summary: input.summary,
      attendeeListId: listId,
      pledgeParties: withIds(input.pledgeParties),
      programmeParties: withIds(input.programmeParties),
      photos: input.photos,
      createdAt: now,
      updatedAt: now,
    });
    this.db.transaction(() => {
      this.attendees.save({ id: listId, documentId: null, name: `Danh sách đại biểu dự ${input.title}`, groups: groupsOf(input.attendees), extraColumns: [], rows: input.attendees.map(toRow) });
      this.repo.insert(event);
    }).immediate();
    return { id };
  }

  get(id: string): StoredEvent {
    return this.repo.get(id);
  }

  view(id: string): EventView {
    const event = this.repo.get(id);
    const list = this.attendees.get(event.attendeeListId);
    const { attendeeListId, pledgeParties, programmeParties, ...facts } = event;
    return {
      format: 'thuky.event/1',
      ...facts,
      attendeeListId,
      attendees: list.rows.map(fromRow),
      pledgeParties: pledgeParties.map(fromParty),
      programmeParties: programmeParties.map(fromParty),
      partyIds: { pledge: pledgeParties.map((party) => party.id), programme: programmeParties.map((party) => party.id) },
      documents: this.eventDocuments(id),
    };
  }

  /**
   * Creates the documents the event does not have yet (one per kind) and returns all of them.
   * A document already there is never touched, however it was edited.
   */
  generate(id: string): EventDocument[] {
    const event = this.repo.get(id);
    const have = new Set(this.repo.documents(id).map((doc) => doc.kind));
    const orgName = this.profile.get().orgName;
    const list = this.attendees.get(event.attendeeListId);
    const input: EventForDocuments = { ...event, leadingRowIds: leadingRows(list.rows) };
    const ctx = { orgName, photoSize: (imageId: string) => this.photoSize(imageId) };
    this.db.transaction(() => {
      for (const kind of EVENT_DOCUMENT_KINDS) {
        if (have.has(kind)) continue;
        const doc = this.documents.create(EVENT_TEMPLATES[kind], undefined, (base) => eventDocumentContent(kind, input, base, ctx), event.date);
        this.repo.link(id, doc.id, kind);
        if (kind === 'attendees') {
          // The list document takes over the event's list: the grid, the report's sentence and its Phụ lục read the same rows.
          const current = this.attendees.get(event.attendeeListId);
          if (current.documentId === null) this.attendees.save({ ...current, documentId: doc.id });
        }
        if (kind === 'report') this.attendees.attach(doc.id, event.attendeeListId);
        if (kind === 'pledge' || kind === 'program') {
          const parties = kind === 'pledge' ? event.pledgeParties : event.programmeParties;
          this.pledges.save(doc.id, { parties, commitments: [], signatureOrder: partiesInSigningOrder(parties, []).map((party) => party.id) });
        }
      }
    }).immediate();
    return this.eventDocuments(id);
  }

  /** The event's documents in the order of its kinds (report first), however and whenever each was made: a tin bài made again stays second. */
  private eventDocuments(id: string): EventDocument[] {
    return this.repo.documents(id).map(toEventDocument).sort((a, b) => EVENT_DOCUMENT_KINDS.indexOf(a.kind) - EVENT_DOCUMENT_KINDS.indexOf(b.kind));
  }

  /**
   * Changes the facts and carries them into every draft generated from the event; an issued
   * document (with a số) keeps its text.
   */
  updateFacts(id: string, patch: EventFactsPatch): FactsUpdate {
    const parsed = EventFactsPatch.safeParse(patch);
    if (!parsed.success) throw appErrorFromZod(parsed.error, 'hội nghị');
    const before = this.repo.get(id);
    const after = StoredEvent.parse({ ...before, ...parsed.data, updatedAt: isoNow(this.clock, before.updatedAt) });
    const changes = factChanges(factWords(before), factWords(after));
    const fields = {
      publishedAt: publishedAtOf(before) !== publishedAtOf(after) ? { from: publishedAtOf(before), to: publishedAtOf(after) } : undefined,
      signerName: before.chair.name && before.chair.name !== after.chair.name ? { from: before.chair.name, to: after.chair.name } : undefined,
      year: yearMove(before.date, after.date, undefined) ?? undefined,
    };
    const updated: string[] = [];
    const kept: string[] = [];
    this.db.transaction(() => {
      this.repo.update(after);
      for (const linked of this.repo.documents(id)) {
        if (linked.number !== '') {
          kept.push(linked.documentId);
          continue;
        }
        const doc = this.documents.get(linked.documentId);
        const content: DocumentContent = { title: doc.title, frame: doc.frame, body: doc.body, portal: doc.portal };
        const dateBefore = frameDateFor(linked.kind, before);
        const dateAfter = frameDateFor(linked.kind, after);
        const date = dateBefore !== undefined && dateAfter !== undefined && dateBefore !== dateAfter ? { from: dateBefore, to: dateAfter } : undefined;
        const synced = syncContent(content, changes, { ...fields, date });
        if (synced === content) continue;
        this.documents.save(doc.id, synced, { explicit: true });
        updated.push(doc.id);
      }
    }).immediate();
    return { event: this.view(id), updated, kept };
  }

  /**
   * Replaces the pledge's or the programme's parties (the event form). A party keeps its id, so a
   * per-party target in the generated draft stays with it; the draft takes the new parties and
   * signing order, an issued one keeps its own.
   */
  setParties(id: string, which: 'pledge' | 'programme', parties: ReadonlyArray<EventParty & { id?: string }>): FactsUpdate {
    const before = this.repo.get(id);
    const key = which === 'pledge' ? 'pledgeParties' : 'programmeParties';
    const given = parties.map((party) => ({ ...party, id: party.id ?? uuidv7() }));
    if (new Set(given.map((party) => party.id)).size !== given.length) throw new AppError('invalid_input', 'Hai bên ký kết trùng mã', { where: key });
    const parsed = StoredEvent.safeParse({ ...before, [key]: given, updatedAt: isoNow(this.clock, before.updatedAt) });
    if (!parsed.success) throw appErrorFromZod(parsed.error, 'hội nghị');
    const after = parsed.data;
    const kind: PartiesDocumentKind = which === 'pledge' ? 'pledge' : 'program';
    const updated: string[] = [];
    const kept: string[] = [];
    this.db.transaction(() => {
      this.repo.update(after);
      for (const linked of this.repo.documents(id)) {
        if (linked.kind !== kind) continue;
        if (linked.number !== '') {
          kept.push(linked.documentId);
          continue;
        }
        const current = this.pledges.get(linked.documentId);
        const ids = new Set(after[key].map((party) => party.id));
        const commitments = current.commitments.map((commitment) => ({
          ...commitment,
          targetsByParty: Object.fromEntries(Object.entries(commitment.targetsByParty).filter(([partyId]) => ids.has(partyId))),
        }));
        // The clerk's Thứ tự ký stays; choosing another host (the form's only say in it) puts it first.
        const hostChanged = before[key].find((party) => party.isHost)?.id !== after[key].find((party) => party.isHost)?.id;
        const signatureOrder = hostChanged ? signingOrderWithNewHost(after[key], current.signatureOrder) : partiesInSigningOrder(after[key], current.signatureOrder).map((party) => party.id);
        this.pledges.save(linked.documentId, { parties: after[key], commitments, signatureOrder });
        // The trích yếu ("Giữa … và …", "Công tác giữa … và … năm …") follows the parties unless the clerk has rewritten it.
        const doc = this.documents.get(linked.documentId);
        const summary = followedSubtitle(kind, doc.frame.summary, before[key], after[key], (doc.frame.date ?? after.date).slice(0, 4));
        if (summary !== doc.frame.summary) this.documents.save(doc.id, { title: doc.title, frame: { ...doc.frame, summary }, body: doc.body, portal: doc.portal }, { explicit: true });
        updated.push(linked.documentId);
      }
    }).immediate();
    return { event: this.view(id), updated, kept };
  }

  /**
   * Replaces the article's photos (the event form): images already stored (images.put), each with
   * its caption. A later generation of the article shows them; an article already there keeps its
   * pictures (generation never touches a document that exists).
   */
  setPhotos(id: string, photos: readonly EventPhoto[]): EventView {
    const parsed = z.object({ photos: EditedPhotos }).safeParse({ photos });
    if (!parsed.success) throw appErrorFromZod(parsed.error, 'hội nghị');
    this.requireStoredImages(parsed.data.photos);
    const before = this.repo.get(id);
    const after = StoredEvent.parse({ ...before, photos: parsed.data.photos, updatedAt: isoNow(this.clock, before.updatedAt) });
    this.db.transaction(() => this.repo.update(after)).immediate();
    return this.view(id);
  }

  /**
   * Deletes the event (docs/event-format.md, "Deleting an event"). Its documents are the
   * committee's records and may hold drafts: every one stays in the document list exactly as it is,
   * nothing goes to the trash; they no longer belong to an event, so no change of facts reaches
   * them. The attendee list stays (the Danh sách, the report's Phụ lục and the giấy mời read it).
   */
  delete(id: string): { unlinked: string[] } {
    let unlinked: string[] = [];
    this.db.transaction(() => {
      unlinked = this.repo.markDeleted(id, isoNow(this.clock));
    }).immediate();
    return { unlinked };
  }

  /** Undoes delete(): the event is back with the documents it had (those deleted meanwhile stay deleted). */
  restore(id: string): void {
    this.db.transaction(() => this.repo.restore(id, isoNow(this.clock))).immediate();
  }

  /** "Đã kiểm tra": the clerk has read the draft through (issued is having a số). */
  setChecked(documentId: string, checked: boolean): void {
    this.db.transaction(() => this.repo.setChecked(documentId, checked ? isoNow(this.clock) : null)).immediate();
  }

  /** Whom a giấy mời is addressed to: everyone on its event's list, in list order. */
  addresseesFor(documentId: string): Addressee[] {
    const eventId = this.repo.eventOf(documentId);
    const listId = eventId ? this.repo.attendeeListOf(eventId) : undefined;
    if (!listId) return [];
    const list = this.attendees.get(listId);
    return list.rows.filter((row) => row.fullName.trim()).map(({ honorific, fullName, title, unit }) => ({ honorific, fullName, title, unit }));
  }

  /** A photo names an image by its hash: one that is not in the store would print as nothing. */
  private requireStoredImages(photos: readonly EventPhoto[]): void {
    for (const [index, photo] of photos.entries()) {
      if (!this.images.find(photo.imageId)) throw new AppError('not_found', 'Không tìm thấy ảnh trong kho', { where: `photos, ảnh ${index + 1}` });
    }
  }

  private photoSize(imageId: string): PhotoSize | undefined {
    const image = this.images.find(imageId);
    const size = image ? imagePixelSize(image.bytes) : null;
    return size ? { widthPx: size.width, heightPx: size.height } : undefined;
  }
}

function stateOf(doc: LinkedDocumentRow): DocumentState {
  if (doc.number !== '') return 'issued';
  return doc.checkedAt ? 'checked' : 'draft';
}

function toEventDocument(doc: LinkedDocumentRow): EventDocument {
  return { id: doc.documentId, kind: doc.kind, title: doc.title, state: stateOf(doc) };
}

function withIds(parties: readonly EventParty[]): PledgeParty[] {
  return parties.map((party) => ({ id: uuidv7(), ...party }));
}

function fromParty({ name, representative, title, authorityLine, isHost }: PledgeParty): EventParty {
  return { name, representative, title, authorityLine, isHost };
}

function groupsOf(attendees: readonly EventAttendee[]): string[] {
  return [...new Set(attendees.map((attendee) => attendee.group).filter(Boolean))];
}

function toRow(attendee: EventAttendee, order: number): AttendeeRow {
  return {
    id: `r${order + 1}`,
    personId: null,
    group: attendee.group,
    order,
    honorific: attendee.honorific,
    fullName: attendee.fullName,
    title: attendee.title,
    unit: attendee.unit,
    note: '',
    present: true,
    protocolRank: attendee.protocolRank ?? null,
    extra: {},
  };
}

function fromRow(row: AttendeeRow): EventAttendee {
  return { honorific: row.honorific, fullName: row.fullName, title: row.title, unit: row.unit, group: row.group, ...(row.protocolRank !== null ? { protocolRank: row.protocolRank } : {}) };
}

function leadingRows(rows: readonly AttendeeRow[]): string[] | null {
  if (rows.some((row) => row.protocolRank !== null)) return null;
  return rows.filter((row) => row.present && row.fullName.trim()).slice(0, NAMED_BY_DEFAULT).map((row) => row.id);
}
