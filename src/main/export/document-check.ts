/**
 * The check of a stored document (shared/check) with what the store knows: the profile's signer,
 * the pledge's parties and commitments, the attendee lists its attendance sentences name. Used by
 * the Kiểm tra panel (export.check) and by every Word export's warnings.
 */
import { checkDocument } from '../../shared/check/check-document';
import type { Finding } from '../../shared/check/finding';
import type { Document } from '../../shared/document/document';
import type { Services } from '../services/services';

export function checkStoredDocument(services: Services, document: Document): Finding[] {
  const pledge = document.kind === 'pledge' || document.kind === 'program' ? services.pledges.get(document.id) : undefined;
  return checkDocument({ document, profile: services.profile.get(), pledge, attendeeLists: (listId) => services.attendees.find(listId) });
}
