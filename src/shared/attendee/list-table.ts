/**
 * The attendee list as a body table (docs/nd30-rules.md §10.3): STT | Họ và tên | Chức vụ | Đơn vị | Ghi chú
 * (+ extra columns), a header row that repeats on every page (tableHeader cells → w:tblHeader), group
 * rows that span all columns in bold, STT continuing across groups, and "Tổng số: … đại biểu" below.
 * The Word and HTML exports render this table with their usual table code; more than 5 columns turns
 * the Word page landscape there (ND30 PL I §I.2).
 */
import type { AttendeeList, AttendeeRow } from './attendee-list';
import { sectionRows } from './row-order';
import type { BodyNode } from '../document/body';
import { groupHeading } from './group-heading';

interface ListColumn {
  header: string;
  /** Relative width (§10.3 percentages), given to the editor's colwidth so exports keep the proportions. */
  widthPercent: number;
  value: (row: AttendeeRow, stt: number) => string;
}

export interface ListTableOptions {
  /** Leave absent attendees out (a report of who came); default false = the whole list. */
  presentOnly?: boolean;
  /** Add "Ký nhận" (sign-in sheet) as last column (§10.3 optional). */
  signInColumn?: boolean;
  /** Print the "Tổng số: … đại biểu" line (§10.4); default true. */
  total?: boolean;
}

/** A name with its honorific as the clerk typed it, e.g. "Hòa thượng Thích Thanh Nhiễu" (kept for religious titles). */
function displayName(row: AttendeeRow): string {
  const honorific = row.honorific.trim();
  // "Đồng chí", "Ông", "Bà" stay out of the name column (the usual practice); religious titles are part of how the person is named.
  const kept = honorific && !['Đồng chí', 'Ông', 'Bà', 'Anh', 'Chị', 'Cụ'].includes(honorific);
  return kept ? `${honorific} ${row.fullName}` : row.fullName;
}

export function listColumns(list: AttendeeList, options: ListTableOptions = {}): ListColumn[] {
  const columns: ListColumn[] = [
    { header: 'STT', widthPercent: 8, value: (_row, stt) => String(stt) },
    { header: 'Họ và tên', widthPercent: 24, value: displayName },
    { header: 'Chức vụ', widthPercent: 26, value: (row) => row.title },
    { header: 'Đơn vị', widthPercent: 30, value: (row) => row.unit },
    { header: 'Ghi chú', widthPercent: 12, value: (row) => row.note },
  ];
  for (const extra of list.extraColumns) columns.push({ header: extra.label, widthPercent: 12, value: (row) => row.extra[extra.key] ?? '' });
  if (options.signInColumn) columns.push({ header: 'Ký nhận', widthPercent: 12, value: () => '' });
  return columns;
}

function text(value: string, bold = false): BodyNode[] {
  if (!value) return [];
  return [{ type: 'text', text: value, ...(bold ? { marks: [{ type: 'bold' as const }] } : {}) }];
}

function cell(type: 'tableHeader' | 'tableCell', value: string, attrs: Record<string, number | number[]> = {}, bold = false): BodyNode {
  return { type, attrs: { colspan: 1, rowspan: 1, ...attrs }, content: [{ type: 'paragraph', content: text(value, bold) }] };
}

/** Proportional widths as editor px (the Word table scales them to the page's text width). */
const PX_PER_PERCENT = 6;

export function attendeeTable(list: AttendeeList, options: ListTableOptions = {}): { table: BodyNode; count: number } {
  const columns = listColumns(list, options);
  const header: BodyNode = {
    type: 'tableRow',
    content: columns.map((column) => cell('tableHeader', column.header, { colwidth: [column.widthPercent * PX_PER_PERCENT] })),
  };
  const rows: BodyNode[] = [header];
  let count = 0;
  for (const section of sectionRows(list.rows, list.groups, { presentOnly: options.presentOnly ?? false })) {
    if (section.group) rows.push({ type: 'tableRow', content: [cell('tableCell', groupHeading(section.group), { colspan: columns.length }, true)] });
    for (const { row, stt } of section.rows) {
      rows.push({ type: 'tableRow', content: columns.map((column) => cell('tableCell', column.value(row, stt))) });
      count = stt;
    }
  }
  return { table: { type: 'table', content: rows }, count };
}

/** "Tổng số: N đại biểu" (§10.4 [INFER]), in italics under the table. */
export function totalParagraph(count: number): BodyNode {
  return { type: 'paragraph', content: [{ type: 'text', text: `Tổng số: ${count} đại biểu`, marks: [{ type: 'italic' }] }] };
}

/** How many people the printed list numbers (the last STT). */
export function printedCount(list: AttendeeList, options: ListTableOptions = {}): number {
  return options.presentOnly ? list.rows.filter((row) => row.present).length : list.rows.length;
}

/** The table and, below it, "Tổng số: N đại biểu" (§10.4). */
export function attendeeListBlocks(list: AttendeeList, options: ListTableOptions = {}): BodyNode[] {
  const { table, count } = attendeeTable(list, options);
  return options.total ?? true ? [table, totalParagraph(count)] : [table];
}
