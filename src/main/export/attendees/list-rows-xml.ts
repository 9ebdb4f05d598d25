/**
 * Fast rows for big lists in Word. The Word export builds every cell as a docx object and serialises
 * it through its XML tree: about 1 s per 1,000 rows, too slow for a 5,000-row list (issue 5: ≤ 2 s).
 * So the exported table holds only its header, one group row and one person row carrying markers;
 * after the export, those two rows of document.xml serve as templates and are cloned once per group
 * and per person with the values put in. Every cell thus keeps exactly the formatting the Word export
 * gives its tables (fonts, 13 pt, borders, cantSplit, gridSpan), at string speed.
 */
import type { AttendeeList } from '../../../shared/attendee/attendee-list';
import { sectionRows } from '../../../shared/attendee/row-order';
import type { BodyNode } from '../../../shared/document/body';
import { escapeXmlText } from '../../../shared/markup/escape';
import { AppError } from '../../../shared/errors/app-error';
import { COLUMN_MEASURES_ATTR, encodeMeasures } from '../docx/tables';
import { keepDigitGroups, measureColumns } from '../docx/table-widths';
import { listColumns, type ListTableOptions } from '../../../shared/attendee/list-table';
import { groupHeading } from '../../../shared/attendee/group-heading';

/** Private-use characters: never typed by a user, passed through the docx package unchanged. */
const OPEN = '\uE000';
const GROUP = '\uE002';
const CLOSE = '\uE001';

const cellMarker = (table: number, column: number) => `${OPEN}${table}:${column}${CLOSE}`;
const groupMarker = (table: number) => `${GROUP}${table}${CLOSE}`;

export interface ListTablePlan {
  index: number;
  list: AttendeeList;
  options: ListTableOptions;
}

function cell(type: 'tableHeader' | 'tableCell', text: string, attrs: Record<string, number | number[]>, options: { bold?: boolean; center?: boolean } = {}): BodyNode {
  return {
    type,
    attrs: { colspan: 1, rowspan: 1, ...attrs },
    content: [
      {
        type: 'paragraph',
        ...(options.center ? { attrs: { textAlign: 'center' } } : {}),
        content: [{ type: 'text', text, ...(options.bold ? { marks: [{ type: 'bold' as const }] } : {}) }],
      },
    ],
  };
}

/** 13 pt, the size of table cells (docs/nd30-rules.md §10.3). */
const TABLE_CELL_HALF_PT = 26;

/** Column measures from the whole list, as the rows are filled in only after the export. */
function listMeasures(plan: ListTablePlan): number[] {
  const columns = listColumns(plan.list, plan.options);
  const body: string[][][] = [];
  for (const section of sectionRows(plan.list.rows, plan.list.groups, { presentOnly: plan.options.presentOnly ?? false })) {
    for (const { row, stt } of section.rows) body.push(columns.map((column) => [column.value(row, stt)]));
  }
  return encodeMeasures(measureColumns(columns.map((column) => [column.header]), body, TABLE_CELL_HALF_PT));
}

/** The table as the Word export sees it: header row, a group-row template and a person-row template. */
export function templateTable(plan: ListTablePlan): BodyNode {
  const columns = listColumns(plan.list, plan.options);
  return {
    type: 'table',
    attrs: { [COLUMN_MEASURES_ATTR]: listMeasures(plan) },
    content: [
      { type: 'tableRow', content: columns.map((column) => cell('tableHeader', column.header, {})) },
      { type: 'tableRow', content: [cell('tableCell', groupMarker(plan.index), { colspan: columns.length }, { bold: true })] },
      { type: 'tableRow', content: columns.map((_column, index) => cell('tableCell', cellMarker(plan.index, index), {}, { center: index === 0 })) },
    ],
  };
}

/** Text for w:t: a cell is one line, so line breaks and tabs read as spaces. */
function xmlText(value: string): string {
  return escapeXmlText(value.replace(/[\r\n\t]+/g, ' '));
}

/** The whole <w:tr>…</w:tr> around a marker. */
function rowAround(xml: string, marker: string): { start: number; end: number; row: string } {
  const at = xml.indexOf(marker);
  if (at < 0) throw new AppError('internal', 'Không tìm thấy mẫu dòng của bảng danh sách trong tệp Word', { detail: JSON.stringify(marker) });
  const start = Math.max(xml.lastIndexOf('<w:tr>', at), xml.lastIndexOf('<w:tr ', at));
  const end = xml.indexOf('</w:tr>', at) + '</w:tr>'.length;
  return { start, end, row: xml.slice(start, end) };
}

const KEEP_NEXT = '<w:keepNext/>';
/** A row whose paragraphs keep with the next row (a group heading with its first person). */
const kept = (row: string) => (row.includes(KEEP_NEXT) ? row : row.replaceAll('<w:pPr>', `<w:pPr>${KEEP_NEXT}`));
const free = (row: string) => row.replaceAll(KEEP_NEXT, '');
/** How many of the last rows keep with the closing when the table ends the body (tables.ts keepLastRows). */
const KEPT_LAST_ROWS = 2;

/**
 * Replaces the two template rows of one table with the list's rows. Group rows (in capitals, as
 * sub-headings print) keep with the person under them; when the template rows keep with what follows
 * (the list ends the body, before the closing), only the last two person rows do.
 */
export function expandTableRows(xml: string, plan: ListTablePlan): string {
  const columns = listColumns(plan.list, plan.options);
  const group = rowAround(xml, groupMarker(plan.index));
  const person = rowAround(xml, cellMarker(plan.index, 0));
  if (person.start !== group.end) throw new AppError('internal', 'Mẫu dòng của bảng danh sách không liền nhau trong tệp Word');
  // The empty-text run left by an empty value is valid WordprocessingML and renders as an empty cell.
  const [groupBefore, groupAfter] = kept(group.row).split(groupMarker(plan.index)) as [string, string];
  const split = (row: string) => row.split(new RegExp(`${OPEN}${plan.index}:(\\d+)${CLOSE}`));
  const keepsEnd = person.row.includes(KEEP_NEXT);
  const freeParts = split(free(person.row));
  const endParts = split(person.row);
  const sections = sectionRows(plan.list.rows, plan.list.groups, { presentOnly: plan.options.presentOnly ?? false });
  const total = sections.reduce((sum, section) => sum + section.rows.length, 0);
  const out: string[] = [];
  let written = 0;
  for (const section of sections) {
    if (section.group) out.push(groupBefore, xmlText(groupHeading(section.group)), groupAfter);
    for (const { row, stt } of section.rows) {
      const parts = keepsEnd && written >= total - KEPT_LAST_ROWS ? endParts : freeParts;
      parts.forEach((part, index) => {
        out.push(index % 2 === 0 ? part : xmlText(keepDigitGroups(columns[Number(part)]?.value(row, stt) ?? '')));
      });
      written++;
    }
  }
  return xml.slice(0, group.start) + out.join('') + xml.slice(person.end);
}

/** The rewrite of word/document.xml that gives every planned list table its rows (toDocx's finishDocumentXml). */
export function listRowsRewrite(plans: readonly ListTablePlan[]): (documentXml: string) => string {
  return (documentXml) => plans.reduce((xml, plan) => expandTableRows(xml, plan), documentXml);
}
