/**
 * Pre-export check: what an official document still lacks before a văn thư would register it
 * (ND30 PL I §II: số, trích yếu, ngày, nơi nhận, người ký). The user may still export a draft;
 * these are warnings, each naming the field in Vietnamese. A news article is not an official
 * document and is not checked.
 */
import type { Document } from '../../shared/document/document';
import type { Profile } from '../../shared/profile/profile';

export interface PreflightProblem {
  /** Model path of the field, e.g. "frame.number". */
  field: string;
  message: string;
}

function signerName(document: Document, profile: Profile | undefined): string {
  const own = document.frame.signer;
  const frameEmpty = !own.authority && !own.authorityOf.trim() && !own.title.trim() && !own.name.trim();
  return (frameEmpty && profile ? profile.signer.name : own.name).trim();
}

export function preflight(document: Document, profile?: Profile): PreflightProblem[] {
  if (document.kind === 'article') return [];
  const { frame } = document;
  const problems: PreflightProblem[] = [];
  if (!frame.number.trim()) problems.push({ field: 'frame.number', message: 'Chưa có số văn bản (Số): văn thư sẽ phải điền tay' });
  if (!frame.date) problems.push({ field: 'frame.date', message: 'Chưa có ngày tháng ban hành' });
  if (!frame.summary.trim()) problems.push({ field: 'frame.summary', message: 'Chưa có trích yếu nội dung' });
  if (frame.recipients.every((line) => !line.trim())) problems.push({ field: 'frame.recipients', message: 'Chưa có nơi nhận' });
  if (!signerName(document, profile)) problems.push({ field: 'frame.signer.name', message: 'Chưa có họ tên người ký' });
  return problems;
}
