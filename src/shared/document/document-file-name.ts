/**
 * A document's export file name, the same stem for Word, PDF and HTML (src/shared/text/file-name.ts,
 * docs/nd30-rules.md §17): the registered number and symbol first when it has them
 * ("05-BC-MTTQ-BTT Báo cáo kết quả Hội nghị.docx", the order a văn thư files by), then the title;
 * an untitled document is named by its kind and date.
 */
import { formatDocumentNumber } from '../text/nd30-date';
import { exportFileName, fileStem } from '../text/file-name';
import type { Document } from './document';
import { kindOf } from './kinds';

type Named = Pick<Document, 'title' | 'kind'> & { frame: Pick<Document['frame'], 'number' | 'symbol' | 'date'> };

export function documentFileStem(document: Named, options: { suffix?: string } = {}): string {
  const number = formatDocumentNumber(document.frame.number);
  const symbol = document.frame.symbol.trim();
  return fileStem({
    title: document.title,
    kindLabel: kindOf(document.kind).label.vi,
    date: document.frame.date,
    prefix: number && symbol ? `${number}-${symbol}` : number,
    suffix: options.suffix,
  });
}

export function documentFileName(document: Named, extension: string, options: { suffix?: string } = {}): string {
  return exportFileName({ title: documentFileStem(document, options) }, extension);
}
