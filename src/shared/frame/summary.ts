/**
 * Trích yếu: a document with a tên loại prints it as typed under the tên loại (ô 5a); a công văn (no
 * tên loại) prints it under Số as "V/v …" (ô 5b, ND30 PL I §II.5.b), whatever prefix the clerk typed
 * ("v/v", "V/V:", "Về việc").
 */

const TYPED_PREFIX = /^(?:v\s*\/\s*v|về\s+việc)\s*[:.-]?\s*/iu;

export function isCongVan(frame: { documentType: string }): boolean {
  return frame.documentType.trim() === '';
}

/** "V/v tổ chức hội nghị"; "" when there is no trích yếu. */
export function congVanSummaryLine(summary: string): string {
  const text = summary.normalize('NFC').trim().replace(TYPED_PREFIX, '').trim();
  return text ? `V/v ${text}` : '';
}
