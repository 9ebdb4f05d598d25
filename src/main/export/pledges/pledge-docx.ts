/**
 * Word output of a pledge (giao ước thi đua): its printed body (parties, commitments table) and the
 * signature grid, one TM. block per party (docs/nd30-rules.md §9). Pure; the store is read in
 * ../attendees/docx-extras.ts.
 */
import type { Document } from '../../../shared/document/document';
import type { Pledge } from '../../../shared/pledge/pledge';
import { pledgeBody } from '../../../shared/pledge/printed-body';
import { signatureParties } from '../../../shared/pledge/signature-layout';
import type { DocxExtras } from '../docx/to-docx';

export function pledgeDocxExtras(document: Document, pledge: Pledge): { document: Document; extras: DocxExtras } {
  const parties = signatureParties(pledge);
  return { document: { ...document, body: pledgeBody(document, pledge) }, extras: parties.length ? { parties } : {} };
}
