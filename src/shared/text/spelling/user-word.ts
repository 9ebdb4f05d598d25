/**
 * A word of the clerk's own dictionary ("Thêm vào từ điển"): one word of letters (a name, a local
 * place, a loanword), kept lower case NFC so the checker's lookup is one Set probe per word.
 */
import { nfcString } from '../nfc';

export const MAX_USER_WORD_LENGTH = 40;

/** The form a word is stored and looked up in. */
export function userWordKey(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('vi');
}

export const UserWord = nfcString()
  .trim()
  .min(1, 'Từ cần thêm không được để trống')
  .max(MAX_USER_WORD_LENGTH, `Từ dài quá ${MAX_USER_WORD_LENGTH} ký tự`)
  .regex(/^[\p{L}\p{M}]+$/u, 'Chỉ thêm được một từ gồm chữ cái (không dấu cách, chữ số hay dấu câu)')
  .transform(userWordKey);
