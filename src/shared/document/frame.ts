/**
 * The official frame (thể thức) of a document as fields, never as text in the body.
 * Field order follows the layout boxes of ND30 PL I §II (ô 1–9).
 */
import { z } from 'zod';
import { nfcString } from '../text/nfc';
import { isValidIsoDate } from '../text/nd30-date';
import { EMPTY_SIGNER, Signer } from './signer';

const line = nfcString().max(300);

export const Frame = z.object({
  /** Tên cơ quan chủ quản (ô 2, upright), one string per printed line. */
  parentBody: z.array(line).max(4),
  /** Tên cơ quan ban hành (ô 2, bold), one string per printed line. */
  issuingBody: z.array(line).max(4),
  /** Số: digits only; padded to two digits when printed (ND30 PL I §II.3.a). Empty until registered. */
  number: nfcString().regex(/^\d{0,6}$/, 'Số văn bản chỉ gồm chữ số (ví dụ 05), hoặc để trống'),
  /** Ký hiệu, e.g. "BC-MTTQ-BTT" (ND30 PL I §II.3.c: "-" between groups, no spaces). */
  symbol: nfcString().max(80).regex(/^[^\s/]*$/, 'Ký hiệu không được chứa dấu cách hay dấu "/"'),
  /** Địa danh (ô 4), e.g. "Thanh Xuân". */
  place: line,
  /** Ngày ban hành as YYYY-MM-DD, or null while a draft. */
  date: z.string().refine(isValidIsoDate, 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật').nullable(),
  /** Tên loại (ô 5a), e.g. "BÁO CÁO"; empty for a công văn. */
  documentType: line,
  /** Trích yếu (ô 5a/5b). */
  summary: nfcString().max(500),
  /** Căn cứ (ô 6, italic), one per line. */
  legalBases: z.array(nfcString().max(1000)).max(30),
  /**
   * Kính gửi (ô 9a): the addressees of a công văn (or a tờ trình, a report sent upward), one per line,
   * without "- " and ";" (src/shared/frame/addressees.ts). Absent in documents stored before it existed.
   */
  addressees: z.array(line).max(40).optional(),
  /** Nơi nhận (ô 9b), one recipient per line, without the leading "- " and trailing ";". */
  recipients: z.array(line).max(40),
  signer: Signer,
});
export type Frame = z.infer<typeof Frame>;

export const EMPTY_FRAME: Frame = {
  parentBody: [],
  issuingBody: [],
  number: '',
  symbol: '',
  place: '',
  date: null,
  documentType: '',
  summary: '',
  legalBases: [],
  addressees: [],
  recipients: [],
  signer: EMPTY_SIGNER,
};
