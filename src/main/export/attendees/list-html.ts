/**
 * Portal HTML for lists (docs/nd30-rules.md §14): the attendance sentence as a paragraph and, when wanted,
 * the list as a clean table (thead with the column names, a bold row spanning all columns per group,
 * STT across groups, "Tổng số" below). Passed through the portal gate (sanitizePortalHtml) like every
 * HTML that leaves the app.
 */
import type { AttendeeList } from '../../../shared/attendee/attendee-list';
import { sectionRows } from '../../../shared/attendee/row-order';
import { escapeHtmlText } from '../../../shared/markup/escape';
import { sanitizePortalHtml } from '../html/sanitize-allowlist';
import { listColumns, type ListTableOptions } from '../../../shared/attendee/list-table';
import { groupHeading } from '../../../shared/attendee/group-heading';

export function attendanceSentenceHtml(sentence: string): string {
  return sanitizePortalHtml(`<p>${escapeHtmlText(sentence)}</p>`);
}

export function attendeeListHtml(list: AttendeeList, options: ListTableOptions = {}): string {
  const columns = listColumns(list, options);
  const lines: string[] = ['<table>', '<thead>', `<tr>${columns.map((column) => `<th>${escapeHtmlText(column.header)}</th>`).join('')}</tr>`, '</thead>', '<tbody>'];
  let count = 0;
  for (const section of sectionRows(list.rows, list.groups, { presentOnly: options.presentOnly ?? false })) {
    if (section.group) lines.push(`<tr><td colspan="${columns.length}"><strong>${escapeHtmlText(groupHeading(section.group))}</strong></td></tr>`);
    for (const { row, stt } of section.rows) {
      lines.push(`<tr>${columns.map((column, index) => `<td${index === 0 ? ' style="text-align: center"' : ''}>${escapeHtmlText(column.value(row, stt))}</td>`).join('')}</tr>`);
      count = stt;
    }
  }
  lines.push('</tbody>', '</table>');
  if (options.total ?? true) lines.push(`<p><em>Tổng số: ${count} đại biểu</em></p>`);
  return sanitizePortalHtml(lines.join('\n'));
}
