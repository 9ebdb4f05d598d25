/** What a check rule may read: the document, and what the store knows about it (profile, lists, pledge). */
import type { AttendeeListLookup } from '../attendee/attendance-sentence-node';
import type { Document } from '../document/document';
import type { Pledge } from '../pledge/pledge';
import type { Profile } from '../profile/profile';
import type { Finding } from './finding';

export interface CheckInput {
  document: Document;
  profile?: Profile | undefined;
  /** The pledge data of a pledge/programme document. */
  pledge?: Pick<Pledge, 'parties' | 'commitments'> | undefined;
  /** The attendee lists an attendance sentence may name. */
  attendeeLists?: AttendeeListLookup | undefined;
  /** Words the clerk added to the dictionary ("Thêm vào từ điển"), lower case NFC. */
  userWords?: ReadonlySet<string> | undefined;
  /** A stored picture's MIME type, undefined when it is not in the store (rules/figures.ts). */
  imageMime?: ((imageId: string) => string | undefined) | undefined;
}

export type CheckRule = (input: CheckInput) => Finding[];

/** The frame fields a text rule reads, with the text offsets count in (list fields joined by "\n"). */
export function frameTexts(document: Document): Array<{ field: string; text: string }> {
  const { frame } = document;
  return [
    { field: 'title', text: document.title },
    { field: 'summary', text: frame.summary },
    { field: 'legalBases', text: frame.legalBases.join('\n') },
    { field: 'addressees', text: (frame.addressees ?? []).join('\n') },
    { field: 'recipients', text: frame.recipients.join('\n') },
  ];
}
