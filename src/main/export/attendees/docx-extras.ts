/**
 * What the Word export of a document needs from the lists and pledges in the store: an attendees
 * document gets its list as the body table, a pledge/programme its parties, commitments and
 * signature grid, any other document its attached lists (live or frozen) as appendices. Hooked into
 * the Word export as: `const inputs = docxInputsFor(services, doc, profile, resolveImage);
 * const bytes = await toDocx(inputs.document, profile, resolveImage, inputs.extras);` (big lists'
 * rows go in through extras.finishDocumentXml, inside the one packaging pass).
 */
import type { Document } from '../../../shared/document/document';
import { kindOf } from '../../../shared/document/kinds';
import type { Profile } from '../../../shared/profile/profile';
import type { ExportSources } from '../export-sources';
import type { DocxExtras, ImageResolver } from '../docx/to-docx';
import { addresseeLine } from '../../../shared/event/event-wording';
import { withAttendanceSentences } from './attendance-sentences';
import { listAppendices, standaloneListBody } from './list-docx';
import { pledgeDocxExtras } from '../pledges/pledge-docx';
import { listRowsRewrite, type ListTablePlan } from './list-rows-xml';

export interface DocxInputs {
  document: Document;
  extras: DocxExtras;
}

export function docxInputsFor(services: Pick<ExportSources, 'attendees' | 'pledges' | 'events'>, stored: Document, profile: Profile, resolveImage: ImageResolver): DocxInputs {
  // Attendance sentences read their list now (or their frozen text): the body renders plain paragraphs.
  const document = withAttendanceSentences(services.attendees, stored);
  const { data } = kindOf(document.kind);
  const ownList = data === 'attendee-list' ? services.attendees.findForDocument(document.id) : undefined;
  if (ownList) {
    const plan: ListTablePlan = { index: 0, list: ownList, options: {} };
    return { document: { ...document, body: standaloneListBody(document, plan) }, extras: { finishDocumentXml: listRowsRewrite([plan]) } };
  }
  if (data === 'addressees') {
    // One page per person invited, from the event's list (none: the document once, unaddressed).
    return { document, extras: { addressees: services.events.addresseesFor(document.id).map(addresseeLine) } };
  }
  if (data === 'pledge') {
    return pledgeDocxExtras(document, services.pledges.get(document.id));
  }
  const lists = services.attendees.attachmentsFor(document.id).map((attachment) => attachment.list);
  if (lists.length === 0) return { document, extras: {} };
  const { appendices, plans } = listAppendices(document, lists, profile, resolveImage);
  return { document, extras: { appendices, finishDocumentXml: listRowsRewrite(plans) } };
}
