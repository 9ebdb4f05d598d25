/**
 * Word output of attendee lists, built on the Word export (src/main/export/docx): the list
 * as a standalone Danh sách (the attendees document's frame and signature around the table, §10.2), as
 * a Phụ lục of a report (§10.1, its own numbered section). Pledges: ../pledges/pledge-docx.ts. Pure
 * functions of their inputs; the store is read in docx-extras.ts.
 */
import type { AttendeeList } from '../../../shared/attendee/attendee-list';
import type { BodyNode } from '../../../shared/document/body';
import type { Document } from '../../../shared/document/document';
import type { Profile } from '../../../shared/profile/profile';
import { appendixLabel, attachedToText, type AppendixInput } from '../docx/appendix';
import { createContext } from '../docx/context';
import { toDocx, type ImageResolver } from '../docx/to-docx';
import { listRowsRewrite, templateTable, type ListTablePlan } from './list-rows-xml';
import { printedCount, totalParagraph, type ListTableOptions } from '../../../shared/attendee/list-table';
import { listInBody } from '../../../shared/attendee/printed-body';

/** The Word blocks of one list: the template table (rows filled in by list-rows-xml.ts) and the total line. */
export function listDocxBlocks(plan: ListTablePlan): BodyNode[] {
  const blocks = [templateTable(plan)];
  return plan.options.total ?? true ? [...blocks, totalParagraph(printedCount(plan.list, plan.options))] : blocks;
}

/** The attendees document's body with the Word list table in place (shared/attendee/printed-body.ts). */
export function standaloneListBody(document: Document, plan: ListTablePlan): Document['body'] {
  const [table, total] = listDocxBlocks({ ...plan, options: { ...plan.options, total: true } }) as [BodyNode, BodyNode];
  return listInBody(document.body, table, total, plan.options.total ?? true);
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
