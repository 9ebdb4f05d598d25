/**
 * Word output of attendee lists and pledges, built on the Word export (src/main/export/docx): the list
 * as a standalone Danh sách (the attendees document's frame and signature around the table, §10.2), as
 * a Phụ lục of a report (§10.1, its own numbered section), and a pledge's parties, commitments table
 * and signature grid (§9). Pure functions of their inputs; the store is read in docx-extras.ts.
 */
import type { AttendeeList } from '../../../shared/attendee/attendee-list';
import type { BodyNode } from '../../../shared/document/body';
import type { Document } from '../../../shared/document/document';
import type { Profile } from '../../../shared/profile/profile';
import type { Pledge } from '../../../shared/pledge/pledge';
import { partiesInSigningOrder } from '../../../shared/pledge/signing-order';
import { appendixLabel, attachedToText, type AppendixInput } from '../docx/appendix';
import { createContext } from '../docx/context';
import { toDocx, type DocxExtras, type ImageResolver, type SignatureParty } from '../docx/to-docx';
import { listRowsRewrite, templateTable, type ListTablePlan } from './list-rows-xml';
import { printedCount, totalParagraph, type ListTableOptions } from './list-table';
import { commitmentsTable, partiesTable } from './pledge-table';

/** The Word blocks of one list: the template table (rows filled in by list-rows-xml.ts) and the total line. */
export function listDocxBlocks(plan: ListTablePlan): BodyNode[] {
  const blocks = [templateTable(plan)];
  return plan.options.total ?? true ? [...blocks, totalParagraph(printedCount(plan.list, plan.options))] : blocks;
}

const TOTAL_LINE = /^\s*Tổng số\s*:/u;

function isTotalLine(node: BodyNode): boolean {
  return node.type === 'paragraph' && TOTAL_LINE.test((node.content ?? []).map((child) => child.text ?? '').join(''));
}

/**
 * An attendees document's body with the list in it: the list takes the place of the first table
 * (the template's empty one) and a "Tổng số: …" line gets the count; the clerk's other text stays
 * where it is. Without a table the list goes at the end.
 */
export function standaloneListBody(document: Document, plan: ListTablePlan): Document['body'] {
  const [table, total] = listDocxBlocks({ ...plan, options: { ...plan.options, total: true } }) as [BodyNode, BodyNode];
  const hasTotal = document.body.content.some(isTotalLine);
  const content: BodyNode[] = [];
  let placed = false;
  for (const node of document.body.content) {
    if (node.type === 'table' && !placed) {
      content.push(table);
      if (!hasTotal && (plan.options.total ?? true)) content.push(total);
      placed = true;
    } else if (isTotalLine(node)) {
      if (plan.options.total ?? true) content.push({ ...total, attrs: node.attrs });
    } else content.push(node);
  }
  if (!placed) content.push(table, ...(hasTotal || plan.options.total === false ? [] : [total]));
  return { type: 'doc', content };
}

export async function standaloneListDocx(document: Document, list: AttendeeList, profile: Profile, resolveImage: ImageResolver, options: ListTableOptions = {}): Promise<Uint8Array> {
  const plan: ListTablePlan = { index: 0, list, options };
  return toDocx({ ...document, body: standaloneListBody(document, plan) }, profile, resolveImage, { finishDocumentXml: listRowsRewrite([plan]) });
}

/** Each attached list as a Phụ lục "(Kèm theo <report> …)", numbered I, II… when there are several. */
export function listAppendices(report: Document, lists: readonly AttendeeList[], profile: Profile, resolveImage: ImageResolver, options: ListTableOptions = {}): { appendices: AppendixInput[]; plans: ListTablePlan[] } {
  const attachedTo = attachedToText(report.frame, createContext(profile, resolveImage));
  const plans = lists.map((list, index): ListTablePlan => ({ index, list, options }));
  const appendices = plans.map((plan) => ({
    label: appendixLabel(plan.index, lists.length),
    title: plan.list.name,
    attachedTo,
    content: listDocxBlocks(plan),
  }));
  return { appendices, plans };
}

export function signatureParties(pledge: Pledge): SignatureParty[] {
  // Authority line and title in capitals (the signer block's rule); an empty one is left out.
  const upper = (line: string) => line.trim().toLocaleUpperCase('vi');
  return partiesInSigningOrder(pledge.parties, pledge.signatureOrder).map((party) => {
    const [authorityLine = '', title = ''] = [party.authorityLine, party.title].map(upper).filter(Boolean);
    return { authorityLine, title, name: party.representative.trim() };
  });
}

/** Level-2 heading ("II. NỘI DUNG …") under which the commitments table goes (§9.4). */
function isContentHeading(node: BodyNode): boolean {
  if (node.type !== 'heading' || node.attrs?.['level'] !== 2) return false;
  const heading = (node.content ?? []).map((child) => child.text ?? '').join('').toLocaleUpperCase('vi');
  return heading.includes('NỘI DUNG');
}

/**
 * The pledge body: the parties table after the opening prose (before the first heading, §9.3), the
 * commitments table at the end of the "II. NỘI DUNG …" section (or at the end when there is none).
 */
export function pledgeBody(document: Document, pledge: Pledge): Document['body'] {
  const content = [...document.body.content];
  const parties = pledge.parties.length ? [partiesTable(pledge)] : [];
  const commitments = pledge.commitments.length ? [commitmentsTable(pledge)] : [];
  const firstHeading = content.findIndex((node) => node.type === 'heading');
  const contentHeading = content.findIndex(isContentHeading);
  let commitmentsAt = content.length;
  let replaced = 0;
  if (contentHeading >= 0) {
    const next = content.findIndex((node, index) => index > contentHeading && node.type === 'heading' && Number(node.attrs?.['level']) <= 2);
    const end = next < 0 ? content.length : next;
    // The template's placeholder criteria table in that section gives way to the real one.
    const placeholder = content.findIndex((node, index) => index > contentHeading && index < end && node.type === 'table');
    commitmentsAt = placeholder >= 0 && commitments.length ? placeholder : end;
    replaced = placeholder >= 0 && commitments.length ? 1 : 0;
  }
  content.splice(commitmentsAt, replaced, ...commitments);
  content.splice(firstHeading < 0 ? content.length : firstHeading, 0, ...parties);
  return { type: 'doc', content };
}

export function pledgeDocxExtras(document: Document, pledge: Pledge): { document: Document; extras: DocxExtras } {
  const parties = signatureParties(pledge);
  return { document: { ...document, body: pledgeBody(document, pledge) }, extras: parties.length ? { parties } : {} };
}
