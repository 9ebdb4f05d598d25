/** The signature block: ND30 PL I §II.7 (quyền hạn, chức vụ, họ tên). */
import { z } from 'zod';
import { nfcString } from '../text/nfc';
import { authorityLineOnce } from './signing-authority';

/** TM. (on behalf of a collective), KT. (in place of the head), Q. (acting), TL. (by order), TUQ. (delegated). */
export const SIGNING_AUTHORITIES = ['', 'TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const;

export const Signer = z.object({
  authority: z.enum(SIGNING_AUTHORITIES, { message: 'Quyền hạn ký phải là TM., KT., Q., TL., TUQ. hoặc để trống' }),
  /** What follows the authority prefix: "BAN THƯỜNG TRỰC" in "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH" in "KT. CHỦ TỊCH". */
  authorityOf: nfcString().max(200),
  /** Chức vụ, e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  title: nfcString().max(200),
  /** Họ và tên, no academic titles (ND30 PL I §II.7.c). */
  name: nfcString().max(120),
});
export type Signer = z.infer<typeof Signer>;

export const EMPTY_SIGNER: Signer = { authority: '', authorityOf: '', title: '', name: '' };

/** The upper-case lines above the signature: ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"]. */
export function signerHeadingLines(signer: Signer): string[] {
  const lines: string[] = [];
  // The prefix once, whether chosen, typed in Tập thể/chức danh, or both (signing-authority.ts).
  const first = authorityLineOnce(signer.authorityOf, signer.authority);
  if (first) lines.push(first);
  if (signer.title.trim()) lines.push(signer.title.trim().toLocaleUpperCase('vi'));
  return lines;
}
