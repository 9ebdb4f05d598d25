/**
 * An attendees document's body as it prints: the list takes the place of the first table (the
 * template's empty one) and a "Tổng số: …" line gets the count; the clerk's other text stays where
 * it is. Without a table the list goes at the end. The Word export (with its streamed table) and the
 * "Văn bản" view on screen (with the full table) both place the list here.
 */
import type { BodyDoc, BodyNode } from '../document/body';
import type { AttendeeList } from './attendee-list';
import { attendeeListBlocks, type ListTableOptions } from './list-table';

const TOTAL_LINE = /^\s*Tổng số\s*:/u;

function isTotalLine(node: BodyNode): boolean {
  return node.type === 'paragraph' && TOTAL_LINE.test((node.content ?? []).map((child) => child.text ?? '').join(''));
}

export function listInBody(body: BodyDoc, table: BodyNode, total: BodyNode, withTotal: boolean): BodyDoc {
  const hasTotal = body.content.some(isTotalLine);
  const content: BodyNode[] = [];
  let placed = false;
  for (const node of body.content) {
    if (node.type === 'table' && !placed) {
      content.push(table);
      if (!hasTotal && withTotal) content.push(total);
      placed = true;
    } else if (isTotalLine(node)) {
      if (withTotal) content.push({ ...total, attrs: node.attrs });
    } else content.push(node);
  }
  if (!placed) content.push(table, ...(hasTotal || !withTotal ? [] : [total]));
  return { type: 'doc', content };
}

/** The body with the whole list in it (the screen's "Văn bản" view). */
export function printedListBody(body: BodyDoc, list: AttendeeList, options: ListTableOptions = {}): BodyDoc {
  const [table, total] = attendeeListBlocks(list, { ...options, total: true }) as [BodyNode, BodyNode];
  return listInBody(body, table, total, options.total ?? true);
}
