/** A file name for the export: the ký hiệu and number first when known, then the title, ASCII only. */
import type { Document } from '../../../shared/document/document';
import { foldVietnamese } from '../../../shared/text/vietnamese-fold';
import { formatDocumentNumber } from '../../../shared/text/nd30-date';

/** "Báo cáo kết quả Hội nghị" → "bao-cao-ket-qua-hoi-nghi" (the same folding as search and duplicate names). */
export function asciiSlug(text: string, maxLength = 60): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, maxLength)
    .replace(/-+$/u, '');
}

export function docxFileName(document: Document): string {
  const number = formatDocumentNumber(document.frame.number);
  const symbol = asciiSlug(document.frame.symbol).toUpperCase();
  const prefix = number && symbol ? `${number}-${symbol}-` : '';
  return `${prefix}${asciiSlug(document.title) || 'van-ban'}.docx`;
}
