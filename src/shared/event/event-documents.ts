/**
 * What each generated document says, as a pure function of the event and the template the document
 * starts from (the template brings the committee's frame: header, symbol, place, signer, nơi nhận).
 * Every fact is written with its one wording (event-wording.ts) in a text node of its own, so a
 * later change of the event can be carried into the draft (event-sync.ts).
 */
import { attendanceSentenceNode } from '../attendee/attendance-sentence-node';
import { paragraph, type BodyNode } from '../document/body';
import type { DocumentContent } from '../document/document';
import type { PledgeParty } from '../pledge/pledge';
import { followedSubtitle } from '../pledge/parties-subtitle';
import type { EventDocumentKind, EventFacts, EventPhoto } from './event';
import { factWords, whenWords, type FactWords } from './event-wording';

export interface EventForDocuments extends EventFacts {
  attendeeListId: string;
  /** Guests the attendance sentence names; null = those with a protocol rank. */
  leadingRowIds: string[] | null;
  photos: readonly EventPhoto[];
  /** Who signs the pledge: its trích yếu names them ("Giữa … và …"). */
  pledgeParties: readonly PledgeParty[];
  /** Who signs the programme: its trích yếu names them ("Công tác giữa … và … năm …"). */
  programmeParties: readonly PledgeParty[];
}

export interface PhotoSize {
  widthPx: number;
  heightPx: number;
}

export interface GenerationContext {
  /** "Ủy ban MTTQ Việt Nam phường Thanh Xuân" (the profile's orgName). */
  orgName: string;
  /** Pixel size of a stored photo, when known (figures keep their aspect). */
  photoSize: (imageId: string) => PhotoSize | undefined;
}

/**
 * The frame date (ngày ban hành) a generated document takes (docs/event-format.md, "Dates"): the
 * report, the danh sách đại biểu — the record of who attended that day, the report's Phụ lục, whose
 * "Kèm theo Báo cáo … ngày …" names the same day — and the giao ước and chương trình phối hợp, which
 * say they are signed at the event, are dated the day of the event; the giấy mời, sent before, takes
 * the event's issuing date, or stays blank for hand dating (the check then says "Chưa có ngày ban
 * hành"); the article has no date line. undefined = not the event's business.
 */
export function frameDateFor(kind: EventDocumentKind, event: Pick<EventFacts, 'date' | 'issueDate'>): string | null | undefined {
  switch (kind) {
    case 'report':
    case 'attendees':
    case 'pledge':
    case 'program':
      return event.date;
    case 'invitation':
      return event.issueDate || null;
    case 'article':
      return undefined;
  }
}

/** The document as generated, dated by the one rule above. */
function dated(kind: EventDocumentKind, event: EventForDocuments, content: DocumentContent): DocumentContent {
  const date = frameDateFor(kind, event);
  return date === undefined ? content : { ...content, frame: { ...content.frame, date } };
}

/** The article goes up when the event starts (the clerk moves it if it goes up later). */
export function publishedAtOf(event: Pick<EventFacts, 'date' | 'time'>): string {
  return `${event.date}T${event.time || '00:00'}`;
}

const heading = (level: 2 | 3, text: string): BodyNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });

/** A paragraph of text pieces, each its own text node (facts stay whole for event-sync). */
function sentence(...pieces: string[]): BodyNode {
  return { type: 'paragraph', content: pieces.filter(Boolean).map((text) => ({ type: 'text', text })) };
}

function summaryParagraphs(summary: string): BodyNode[] {
  const parts = summary.split(/\n+/).map((part) => part.trim()).filter(Boolean);
  return parts.length ? parts.map((part) => paragraph(part)) : [paragraph('…')];
}

function chairSentence(words: FactWords): BodyNode {
  return sentence('Đồng chí ', words.chairName, words.chairTitle ? ', ' : '', words.chairTitle, ' chủ trì Hội nghị.');
}

function figures(event: EventForDocuments, ctx: GenerationContext): BodyNode[] {
  return event.photos.map((photo) => {
    const size = ctx.photoSize(photo.imageId);
    const caption = photo.caption.trim() || `Quang cảnh ${event.title}`;
    return {
      type: 'figure',
      attrs: { imageId: photo.imageId, alt: caption, ...(size ? { widthPx: size.widthPx, heightPx: size.heightPx } : {}) },
      content: [{ type: 'text', text: caption }],
    };
  });
}

/** Báo cáo kết quả hội nghị (dated by frameDateFor); the list is attached as Phụ lục by the service. */
function report(event: EventForDocuments, base: DocumentContent, ctx: GenerationContext): DocumentContent {
  const words = factWords(event);
  const year = event.date.slice(0, 4);
  return {
    ...base,
    title: `Báo cáo kết quả ${event.title}`,
    frame: { ...base.frame, summary: `Kết quả ${event.title}` },
    body: {
      type: 'doc',
      content: [
        sentence(`Thực hiện Chương trình công tác năm ${year}, vào lúc `, words.time, ', ', words.date, ', tại ', words.venue, `, Ban Thường trực ${ctx.orgName} tổ chức `, words.title, '. Ban Thường trực báo cáo kết quả như sau:'),
        heading(2, 'I. KẾT QUẢ TỔ CHỨC HỘI NGHỊ'),
        heading(3, '1. Thành phần tham dự'),
        attendanceSentenceNode({ listId: event.attendeeListId, leadingRowIds: event.leadingRowIds, frozenText: null }),
        chairSentence(words),
        paragraph('(Danh sách đại biểu chi tiết tại Phụ lục kèm theo.)'),
        heading(3, '2. Nội dung Hội nghị'),
        ...summaryParagraphs(event.summary),
        heading(3, '3. Kết quả'),
        paragraph('…'),
        heading(2, 'II. ĐÁNH GIÁ CHUNG'),
        paragraph('…'),
        heading(2, 'III. ĐỀ XUẤT, KIẾN NGHỊ'),
        paragraph('…'),
        sentence('Trên đây là báo cáo kết quả ', words.title, ` của Ban Thường trực ${ctx.orgName}.`),
      ],
    },
  };
}

/** Tin bài for the portal: title, date line (publishedAt), lead, attendance, content, photos with captions. */
function article(event: EventForDocuments, base: DocumentContent, ctx: GenerationContext): DocumentContent {
  const words = factWords(event);
  return {
    ...base,
    title: `${ctx.orgName} tổ chức ${event.title}`,
    portal: { ...base.portal, publishedAt: publishedAtOf(event) },
    body: {
      type: 'doc',
      content: [
        sentence('Vào lúc ', words.time, ', ', words.date, ', tại ', words.venue, `, ${ctx.orgName} tổ chức `, words.title, '.'),
        attendanceSentenceNode({ listId: event.attendeeListId, leadingRowIds: event.leadingRowIds, frozenText: null }),
        chairSentence(words),
        ...figures(event, ctx),
        ...summaryParagraphs(event.summary),
      ],
    },
  };
}

function attendees(event: EventForDocuments, base: DocumentContent): DocumentContent {
  const words = factWords(event);
  return {
    ...base,
    title: `Danh sách đại biểu dự ${event.title}`,
    frame: { ...base.frame, summary: `Đại biểu dự ${event.title}` },
    body: { type: 'doc', content: [sentence('Tổng hợp đại biểu dự ', words.title, ', ', words.date, ', tại ', words.venue, '.')] },
  };
}

/**
 * Pledge and programme keep their template body; the parties come from the event (the service saves
 * them). The trích yếu names the parties instead of the template's "Giữa … các …" (pledge) or
 * "Công tác giữa {org} và các tổ chức thành viên năm {year}" (programme), parties-subtitle.ts.
 */
function partiesDocument(kind: 'pledge' | 'program', event: EventForDocuments, base: DocumentContent): DocumentContent {
  const words = factWords(event);
  const label = kind === 'pledge' ? 'Giao ước thi đua' : 'Chương trình phối hợp';
  const parties = kind === 'pledge' ? event.pledgeParties : event.programmeParties;
  const summary = followedSubtitle(kind, base.frame.summary, [], parties, event.date.slice(0, 4));
  return {
    ...base,
    title: `${label} ký kết tại ${event.title}`,
    frame: { ...base.frame, summary },
    body: { type: 'doc', content: [sentence('Ký kết tại ', words.title, ', ', words.date, ', tại ', words.venue, '.'), ...base.body.content] },
  };
}

/** Giấy mời: one body for every page; the export puts "Kính gửi: …" for each attendee above it. */
function invitation(event: EventForDocuments, base: DocumentContent, ctx: GenerationContext): DocumentContent {
  const words = factWords(event);
  return {
    ...base,
    title: `Giấy mời dự ${event.title}`,
    // The host signs: the profile's signer, or the chair when the profile names nobody yet.
    frame: { ...base.frame, summary: `Dự ${event.title}`, signer: { ...base.frame.signer, name: base.frame.signer.name || event.chair.name } },
    body: {
      type: 'doc',
      content: [
        sentence(`Ban Thường trực ${ctx.orgName} trân trọng kính mời Quý đại biểu tới dự `, words.title, '.'),
        sentence('Thời gian: ', whenWords(words), '.'),
        sentence('Địa điểm: ', words.venue, '.'),
        sentence('Chủ trì: Đồng chí ', words.chairName, words.chairTitle ? ', ' : '', words.chairTitle, '.'),
        paragraph('Rất mong Quý đại biểu đến dự đúng giờ./.'),
      ],
    },
  };
}

export function eventDocumentContent(kind: EventDocumentKind, event: EventForDocuments, base: DocumentContent, ctx: GenerationContext): DocumentContent {
  return dated(kind, event, content(kind, event, base, ctx));
}

function content(kind: EventDocumentKind, event: EventForDocuments, base: DocumentContent, ctx: GenerationContext): DocumentContent {
  switch (kind) {
    case 'report':
      return report(event, base, ctx);
    case 'article':
      return article(event, base, ctx);
    case 'attendees':
      return attendees(event, base);
    case 'pledge':
    case 'program':
      return partiesDocument(kind, event, base);
    case 'invitation':
      return invitation(event, base, ctx);
  }
}
