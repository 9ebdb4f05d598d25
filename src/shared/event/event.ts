/**
 * An event (Hội nghị / sự kiện): the facts a conference's paperwork shares, entered once. The
 * interchange form `thuky.event/1` (docs/event-format.md) is what `thuky event new FILE.json` reads;
 * the stored form keeps the attendees as an attendee list (the existing model) and the parties with
 * ids, so the generated documents read the same rows.
 */
import { z } from 'zod';
import { GroupName } from '../attendee/attendee-list';
import { EntityId, FullName, Honorific, PersonTitle, PersonUnit, ProtocolRank } from '../attendee/person';
import { PartyId, PledgeParty, refuseContradictoryAuthority } from '../pledge/pledge';
import { nfcString } from '../text/nfc';
import { isValidIsoDate } from '../text/nd30-date';

export const EVENT_FORMAT = 'thuky.event/1';

export const MAX_EVENT_ATTENDEES = 5_000;
export const MAX_EVENT_PARTIES = 60;
/** The article's pictures (a portal post carries a handful; 20 is generous). */
export const MAX_EVENT_PHOTOS = 20;

export const EventTitle = nfcString().trim().min(1, 'Tên hội nghị không được để trống').max(300, 'Tên hội nghị tối đa 300 ký tự');
export const EventDate = z.string().refine(isValidIsoDate, 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật');
/**
 * Ngày ban hành of the giấy mời: the day the committee signs and sends it, often not known when the
 * event is entered; empty = left blank for hand dating.
 */
export const EventIssueDate = z.string().refine((value) => value === '' || isValidIsoDate(value), 'Ngày ban hành phải có dạng YYYY-MM-DD và là ngày có thật, hoặc để trống');
/** "HH:mm" on the 24-hour clock; empty when the time is not settled yet. */
export const EventTime = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d)?$/, 'Giờ phải có dạng HH:mm, ví dụ 08:00');
export const EventVenue = nfcString().trim().max(300, 'Địa điểm tối đa 300 ký tự');

export const EventChair = z
  .object({
    name: nfcString().trim().max(120, 'Họ tên người chủ trì tối đa 120 ký tự').default(''),
    title: nfcString().trim().max(200, 'Chức vụ người chủ trì tối đa 200 ký tự').default(''),
  })
  .strict();
export type EventChair = z.infer<typeof EventChair>;

export const EventAttendee = z
  .object({
    honorific: Honorific.default(''),
    fullName: FullName.min(1, 'Thiếu Họ và tên'),
    title: PersonTitle.default(''),
    unit: PersonUnit.default(''),
    group: GroupName.default(''),
    /** 1 = named first in the report's attendance sentence; absent = counted, not named. */
    protocolRank: ProtocolRank.optional(),
  })
  .strict();
export type EventAttendee = z.infer<typeof EventAttendee>;

/** A signing party as the file gives it (no id: the store gives one). */
export const EventParty = z
  .object({
    name: nfcString().trim().min(1, 'Thiếu tên đơn vị').max(300, 'Tên đơn vị tối đa 300 ký tự'),
    representative: nfcString().trim().max(120).default(''),
    title: nfcString().trim().max(200).default(''),
    authorityLine: nfcString().trim().max(300).default('').superRefine(refuseContradictoryAuthority),
    isHost: z.boolean().default(false),
  })
  .strict();
export type EventParty = z.infer<typeof EventParty>;

export const ImageRef = z.string().regex(/^[0-9a-f]{64}$/, 'Mã ảnh phải là SHA-256');

/** A photo: in the file by path (beside the .json file) or by an image already in the store. */
export const EventPhotoInput = z
  .object({
    file: nfcString().trim().min(1).max(260).optional(),
    imageId: ImageRef.optional(),
    caption: nfcString().trim().max(500).default(''),
  })
  .strict()
  .refine((photo) => (photo.file === undefined) !== (photo.imageId === undefined), 'Mỗi ảnh cần đúng một trong hai: file (tệp ảnh) hoặc imageId');
export type EventPhotoInput = z.infer<typeof EventPhotoInput>;

export const EventPhoto = z.object({ imageId: ImageRef, caption: nfcString().trim().max(500) });
export type EventPhoto = z.infer<typeof EventPhoto>;

/** The facts every generated document repeats; changing one updates the drafts (event-sync). */
export const EventFacts = z.object({
  title: EventTitle,
  date: EventDate,
  issueDate: EventIssueDate.default(''),
  time: EventTime.default(''),
  venue: EventVenue.default(''),
  chair: EventChair.default({ name: '', title: '' }),
  summary: nfcString().trim().max(10_000, 'Tóm tắt tối đa 10.000 ký tự').default(''),
});
export type EventFacts = z.infer<typeof EventFacts>;

const PartiesList = (label: string) => z.array(EventParty).max(MAX_EVENT_PARTIES, `${label} tối đa ${MAX_EVENT_PARTIES} bên`).default([]);

/** The interchange form: `{ "format": "thuky.event/1", … }` (docs/event-format.md). */
export const EventFile = EventFacts.extend({
  format: z.literal(EVENT_FORMAT, { message: `Tệp phải có "format": "${EVENT_FORMAT}"` }),
  attendees: z.array(EventAttendee).max(MAX_EVENT_ATTENDEES, `Tối đa ${MAX_EVENT_ATTENDEES} đại biểu`).default([]),
  pledgeParties: PartiesList('Các bên giao ước'),
  programmeParties: PartiesList('Các bên chương trình phối hợp'),
  photos: z.array(EventPhotoInput).max(MAX_EVENT_PHOTOS, `Tối đa ${MAX_EVENT_PHOTOS} ảnh`).default([]),
}).strict();
export type EventFile = z.infer<typeof EventFile>;
/** The file with its photos already stored (what the service receives from any door). */
export type EventInput = Omit<EventFile, 'photos'> & { photos: EventPhoto[] };

/** The stored event. */
export const StoredEvent = EventFacts.extend({
  id: EntityId,
  /** The attendee list holding the attendees (owned by the event until the list document is generated). */
  attendeeListId: EntityId,
  pledgeParties: z.array(PledgeParty).max(MAX_EVENT_PARTIES),
  programmeParties: z.array(PledgeParty).max(MAX_EVENT_PARTIES),
  photos: z.array(EventPhoto).max(MAX_EVENT_PHOTOS),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StoredEvent = z.infer<typeof StoredEvent>;

/** The kinds an event generates, in the order the workspace lists them. */
export const EVENT_DOCUMENT_KINDS = ['report', 'article', 'attendees', 'pledge', 'program', 'invitation'] as const;
export const EventDocumentKind = z.enum(EVENT_DOCUMENT_KINDS);
export type EventDocumentKind = z.infer<typeof EventDocumentKind>;

/** nháp (draft) → đã kiểm tra (checked by the clerk) → đã ban hành (has a số: never rewritten). */
export const DOCUMENT_STATES = ['draft', 'checked', 'issued'] as const;
export const DocumentState = z.enum(DOCUMENT_STATES);
export type DocumentState = z.infer<typeof DocumentState>;
export const DOCUMENT_STATE_LABELS_VI: Record<DocumentState, string> = { draft: 'nháp', checked: 'đã kiểm tra', issued: 'đã ban hành' };

export const EventDocument = z.object({ id: EntityId, kind: EventDocumentKind, title: z.string(), state: DocumentState });
export type EventDocument = z.infer<typeof EventDocument>;

/** `thuky event show --json` and the workspace: the interchange form plus id and documents. */
export const EventView = EventFile.omit({ photos: true }).extend({
  id: EntityId,
  photos: z.array(EventPhoto),
  attendeeListId: EntityId,
  /** The stored ids of the parties, in the same order (the event form sends them back with its edits). */
  partyIds: z.object({ pledge: z.array(PartyId), programme: z.array(PartyId) }),
  documents: z.array(EventDocument),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EventView = z.infer<typeof EventView>;

/** What `event set` and the event form may change; absent fields stay as they are. */
export const EventFactsPatch = z
  .object({
    title: EventTitle.optional(),
    date: EventDate.optional(),
    issueDate: EventIssueDate.optional(),
    time: EventTime.optional(),
    venue: EventVenue.optional(),
    chair: EventChair.optional(),
    summary: nfcString().trim().max(10_000).optional(),
  })
  .strict();
export type EventFactsPatch = z.infer<typeof EventFactsPatch>;
