/**
 * What an official document still lacks before a văn thư would register it (ND30 PL I §II: số,
 * ngày, trích yếu, nơi nhận, người ký). Warnings: a draft may still be exported. A news article is
 * not an official document and is not checked. The signer's name is asked for only where the
 * document's own signer prints (closing-layout.ts): in a pledge signed by its parties, each party's
 * representative is the pledge data rule's to check.
 */
import { closingLayout } from '../../document/closing-layout';
import { kindOf } from '../../document/kinds';
import { addresseeItems } from '../../frame/addressees';
import { effectiveSigner } from '../../frame/signer-block';
import { isCongVan } from '../../frame/summary';
import { printsDate } from '../../text/nd30-date';
import type { CheckRule } from '../check-input';
import type { Finding } from '../finding';

const missing = (field: string, message: string): Finding => ({ kind: 'missing-field', field, message, text: '', from: 0, to: 0 });

export const missingFieldRule: CheckRule = ({ document, profile, pledge }) => {
  const kind = kindOf(document.kind);
  if (kind.checks !== 'official') return [];
  const { frame } = document;
  const findings: Finding[] = [];
  if (!frame.number.trim()) findings.push(missing('number', 'Chưa có số văn bản (Số): văn thư sẽ phải điền tay'));
  // A blank date is Decree 30's hand-dated form; the warning keeps it deliberate, not forgotten.
  // Asked as the date line prints it (printsDate), so whatever prints blank is warned of.
  if (!printsDate(frame.date)) findings.push(missing('date', 'Chưa có ngày ban hành: văn thư sẽ phải ghi tay ngày ký'));
  if (!frame.summary.trim()) findings.push(missing('summary', 'Chưa có trích yếu nội dung'));
  // A công văn (no tên loại) is sent to someone: ô 9a (docs/nd30-rules.md §16).
  if (isCongVan(frame) && addresseeItems(frame.addressees).length === 0) findings.push(missing('addressees', 'Công văn chưa có Kính gửi'));
  // The archive line prints by itself (frame/recipients.ts): the page shows a Nơi nhận that sends to no one.
  if (frame.recipients.every((line) => !line.trim())) findings.push(missing('recipients', 'Chưa có nơi nhận: trang in chỉ có dòng lưu văn thư (Lưu: VT)'));
  const closing = closingLayout(kind, kind.data === 'pledge' ? (pledge?.parties ?? []) : []);
  const signer = profile ? effectiveSigner(frame.signer, profile.signer) : frame.signer;
  if (closing.layout === 'signer' && closing.party === null && !signer.name.trim()) findings.push(missing('signerName', 'Chưa có họ tên người ký'));
  return findings;
};
