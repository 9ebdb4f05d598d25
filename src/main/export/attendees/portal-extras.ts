/**
 * What the portal export needs from the lists in the store (docs/nd30-rules.md §14): an attendees
 * document shows its list as a clean table in place of the template's empty one; a report may add
 * its attached lists after the body ("includeLists": the list "when wanted", issue 5). The result is
 * a plain Document, so the portal exporter renders and sanitises it like any other. Hook:
 * `exportPortalHtml(portalDocumentFor(services, document, { includeLists }), options, services.images)`.
 */
import type { BodyNode } from '../../../shared/document/body';
import type { Document } from '../../../shared/document/document';
import { kindOf } from '../../../shared/document/kinds';
import type { ExportSources } from '../export-sources';
import { withAttendanceSentences } from './attendance-sentences';
import { attendeeListBlocks } from '../../../shared/attendee/list-table';

export function portalDocumentFor(services: Pick<ExportSources, 'attendees'>, stored: Document, options: { includeLists?: boolean } = {}): Document {
  // Attendance sentences read their list now (or their frozen text), before rendering and sanitising.
  const document = withAttendanceSentences(services.attendees, stored);
  const own = kindOf(document.kind).data === 'attendee-list' ? services.attendees.findForDocument(document.id) : undefined;
  if (own) {
    const [table, total] = attendeeListBlocks(own) as [BodyNode, BodyNode];
    let placed = false;
    const content: BodyNode[] = [];
    for (const node of document.body.content) {
      const text = (node.content ?? []).map((child) => child.text ?? '').join('');
      if (node.type === 'table' && !placed) {
        content.push(table);
        placed = true;
      } else if (node.type === 'paragraph' && /^\s*Tổng số\s*:/u.test(text)) continue;
      else content.push(node);
    }
    if (!placed) content.push(table);
    content.push(total);
    return { ...document, body: { type: 'doc', content } };
  }
  if (!options.includeLists) return document;
  const lists = services.attendees.attachmentsFor(document.id).map((attachment) => attachment.list);
  if (lists.length === 0) return document;
  const appended = lists.flatMap((list, index): BodyNode[] => [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: lists.length > 1 ? `Phụ lục ${index + 1}: ${list.name}` : `Phụ lục: ${list.name}` }] },
    ...attendeeListBlocks(list, { presentOnly: true }),
  ]);
  return { ...document, body: { type: 'doc', content: [...document.body.content, ...appended] } };
}
