/**
 * Vietnamese without its marks, for matching typed-without-accents text ("Nguyen Van A" finds
 * "Nguyễn Văn A") and for ASCII file names. đ/Đ is a letter of its own in Unicode, not d plus a
 * mark, so it is folded by hand.
 */

/** Tone and vowel marks removed and đ→d, case and spacing kept: "Báo cáo Đông" → "Bao cao Dong". */
export function stripVietnameseMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** The matching key: marks stripped, lower case, spaces collapsed: "  Nguyễn  Văn Ánh" → "nguyen van anh". */
export function foldVietnamese(text: string): string {
  return stripVietnameseMarks(text).toLowerCase().replace(/\s+/g, ' ').trim();
}
