/**
 * Real words in the wrong place: phrases a văn thư corrects although every syllable exists
 * ("sử lý" for "xử lý"). Only phrases whose right form is beyond doubt, so the fix is sure.
 */
export const CONFUSIONS: ReadonlyArray<readonly [wrong: string, right: string]> = [
  ['sử lý', 'xử lý'],
  ['chuẩn đoán', 'chẩn đoán'],
  ['tranh dành', 'tranh giành'],
  ['dành giật', 'giành giật'],
  ['dành chiến thắng', 'giành chiến thắng'],
  ['dành thắng lợi', 'giành thắng lợi'],
  ['dành độc lập', 'giành độc lập'],
  ['giành cho', 'dành cho'],
  ['giành riêng', 'dành riêng'],
  ['sát nhập', 'sáp nhập'],
  ['xát nhập', 'sáp nhập'],
  ['xuất xắc', 'xuất sắc'],
  ['sắp xết', 'sắp xếp'],
  ['xắp xếp', 'sắp xếp'],
  ['năng xuất', 'năng suất'],
  ['sơ xuất', 'sơ suất'],
  ['bổ xung', 'bổ sung'],
  ['chia xẻ', 'chia sẻ'],
  ['sáng lạng', 'xán lạn'],
  ['thăm quan', 'tham quan'],
  ['vô hình chung', 'vô hình trung'],
  ['tựu chung', 'tựu trung'],
  ['chót lọt', 'trót lọt'],
  ['trí mạng', 'chí mạng'],
  ['chưng cầu', 'trưng cầu'],
  ['dấu diếm', 'giấu giếm'],
  ['giấu diếm', 'giấu giếm'],
  ['sơ xài', 'sơ sài'],
];

export interface Confusion {
  text: string;
  right: string;
  index: number;
}

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}])(${CONFUSIONS.map(([wrong]) => wrong.replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}\\p{M}])`,
  'giu',
);
const RIGHT = new Map(CONFUSIONS.map(([wrong, right]) => [wrong, right]));

/** Every confused phrase in a text, with the right form in the text's case (first letter). */
export function findConfusions(text: string): Confusion[] {
  const found: Confusion[] = [];
  for (const match of text.normalize('NFC').matchAll(PATTERN)) {
    const key = match[0].toLocaleLowerCase('vi').replace(/\s+/gu, ' ');
    const right = RIGHT.get(key);
    if (!right) continue;
    const capital = match[0].charAt(0) !== match[0].charAt(0).toLocaleLowerCase('vi');
    found.push({ text: match[0], right: capital ? right.charAt(0).toLocaleUpperCase('vi') + right.slice(1) : right, index: match.index });
  }
  return found;
}
