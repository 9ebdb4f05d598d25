/**
 * Tables written as XML text and spliced into word/document.xml after docx has written it: in the
 * docx object tree each table is a placeholder paragraph holding a marker, replaced whole by the
 * table's markup. Keeps a 2,000-row table within the export time budget (bench/docx-export.ts).
 */
import { Paragraph, TextRun } from 'docx';

/** Private-use characters around the index: they cannot come from the editor's text by accident. */
const MARK_OPEN = '\uE000thuky-table:';
const MARK_CLOSE = '\uE001';

/** A paragraph standing for table number `index` of the export. */
export class TablePlaceholder extends Paragraph {
  constructor(readonly index: number) {
    super({ children: [new TextRun(`${MARK_OPEN}${index}${MARK_CLOSE}`)] });
  }
}

export function isTableLike(child: unknown): boolean {
  return child instanceof TablePlaceholder || !(child instanceof Paragraph);
}

/** Where the w:p holding position `at` opens ("<w:p>" or "<w:p …>", not "<w:pPr>"). */
function paragraphStart(xml: string, at: number): number {
  let start = xml.lastIndexOf('<w:p', at);
  while (start >= 0 && xml[start + 4] !== '>' && xml[start + 4] !== ' ') start = xml.lastIndexOf('<w:p', start - 1);
  return start;
}

/** Replaces each placeholder paragraph of document.xml with its table's markup. */
export function spliceTables(documentXml: string, tablesXml: readonly string[]): string {
  if (tablesXml.length === 0) return documentXml;
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const mark = documentXml.indexOf(MARK_OPEN, from);
    if (mark < 0) break;
    const close = documentXml.indexOf(MARK_CLOSE, mark);
    const index = Number(documentXml.slice(mark + MARK_OPEN.length, close));
    const start = paragraphStart(documentXml, mark);
    const end = documentXml.indexOf('</w:p>', close) + '</w:p>'.length;
    parts.push(documentXml.slice(from, start), tablesXml[index] ?? '');
    from = end;
  }
  parts.push(documentXml.slice(from));
  return parts.join('');
}
