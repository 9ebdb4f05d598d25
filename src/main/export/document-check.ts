/**
 * The check of a stored document (shared/check) with what the store knows: the profile's signer,
 * the pledge's parties and commitments, the attendee lists its attendance sentences name. Used
 * through the export service by the Kiểm tra panel (export.check), every Word export's warnings
 * and `thuky check`.
 */
import { CHECK_RULES, checkDocument } from '../../shared/check/check-document';
import type { CheckRule } from '../../shared/check/check-input';
import type { Finding } from '../../shared/check/finding';
import type { Document } from '../../shared/document/document';
import { kindOf } from '../../shared/document/kinds';
import type { ExportSources } from './export-sources';

/** `rules`: all of them (the panel, `thuky check`), or only those a caller needs (the Word export: MISSING_RULES). */
export function checkStoredDocument(sources: Pick<ExportSources, 'profile' | 'pledges' | 'attendees' | 'dictionary' | 'images'>, document: Document, rules: readonly CheckRule[] = CHECK_RULES): Finding[] {
  const pledge = kindOf(document.kind).data === 'pledge' ? sources.pledges.get(document.id) : undefined;
  const imageMime = (imageId: string) => sources.images.find(imageId)?.mime;
  return checkDocument({ document, profile: sources.profile.get(), pledge, attendeeLists: (listId) => sources.attendees.find(listId), userWords: sources.dictionary.words(), imageMime }, rules);
}
