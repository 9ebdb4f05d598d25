/** The narrow view of the store the exports get (never the whole Services bag). */
import type { AttendeeList } from '../../shared/attendee/attendee-list';
import type { Document } from '../../shared/document/document';
import type { Pledge } from '../../shared/pledge/pledge';
import type { Addressee } from '../../shared/event/event-wording';
import type { Profile } from '../../shared/profile/profile';
import type { RevisionSummary } from '../db/revision-repo';
import type { ImageStore } from './html/portal-export';

/** What the exports read, and the one thing they write (the export revision). */
export interface ExportSources {
  documents: { get(id: string): Document };
  profile: { get(): Profile };
  images: ImageStore & { find(id: string): { mime: string; bytes: Uint8Array } | undefined };
  attendees: {
    find(listId: string): AttendeeList | undefined;
    get(listId: string): AttendeeList;
    findForDocument(documentId: string): AttendeeList | undefined;
    attachmentsFor(documentId: string): Array<{ list: AttendeeList }>;
  };
  pledges: { get(documentId: string): Pledge };
  /** Whom a giấy mời goes to: its event's list (empty when the document belongs to no event). */
  events: { addresseesFor(documentId: string): Addressee[] };
  /** The clerk's own dictionary: the check's spelling rule skips these words. */
  dictionary: { words(): ReadonlySet<string> };
  revisions: { snapshot(documentId: string, reason: 'export'): RevisionSummary };
}
