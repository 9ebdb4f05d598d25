/**
 * TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts `.VnTime`, `.VnArial`, …): one byte per precomposed
 * lower-case letter, only Ă Â Ê Ô Ơ Ư Đ as capitals. Toned capitals do not exist in VN3: titles
 * were typed in the `…H` fonts, which draw the lower-case codes as capitals — so text in those
 * fonts is upper-cased after decoding. Word keeps such runs as the Windows-1252 reading of the
 * bytes, i.e. the characters U+00A1–U+00FE, which is what these tables hold.
 */

/** Unicode letter → TCVN3 character (as Word stores it), in the order a, ă, â, đ, e, ê, i, o, ô, ơ, u, ư, y. */
const UNICODE_TO_TCVN3: Readonly<Record<string, string>> = {
  à: 'µ', á: '¸', ả: '¶', ã: '·', ạ: '¹',
  ă: '¨', ằ: '»', ắ: '¾', ẳ: '¼', ẵ: '½', ặ: 'Æ',
  â: '©', ầ: 'Ç', ấ: 'Ê', ẩ: 'È', ẫ: 'É', ậ: 'Ë',
  đ: '®',
  è: 'Ì', é: 'Ð', ẻ: 'Î', ẽ: 'Ï', ẹ: 'Ñ',
  ê: 'ª', ề: 'Ò', ế: 'Õ', ể: 'Ó', ễ: 'Ô', ệ: 'Ö',
  ì: '×', í: 'Ý', ỉ: 'Ø', ĩ: 'Ü', ị: 'Þ',
  ò: 'ß', ó: 'ã', ỏ: 'á', õ: 'â', ọ: 'ä',
  ô: '«', ồ: 'å', ố: 'è', ổ: 'æ', ỗ: 'ç', ộ: 'é',
  ơ: '¬', ờ: 'ê', ớ: 'í', ở: 'ë', ỡ: 'ì', ợ: 'î',
  ù: 'ï', ú: 'ó', ủ: 'ñ', ũ: 'ò', ụ: 'ô',
  ư: '\u00AD', ừ: 'õ', ứ: 'ø', ử: 'ö', ữ: '÷', ự: 'ù',
  ỳ: 'ú', ý: 'ý', ỷ: 'û', ỹ: 'ü', ỵ: 'þ',
  Ă: '¡', Â: '¢', Đ: '§', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦',
};

const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map(
  Object.entries(UNICODE_TO_TCVN3).map(([unicode, tcvn3]) => [tcvn3, unicode]),
);

/** Every character TCVN3 gives a Vietnamese meaning to (for the detector). */
export const TCVN3_CHARACTERS: ReadonlySet<string> = new Set(TCVN3_TO_UNICODE.keys());

/**
 * TCVN3 text (as Word or a Latin-1 reading of the bytes gives it) → Unicode NFC.
 * `capitals`: the run was in a `…H` font, whose every letter is drawn as a capital.
 */
export function tcvn3ToUnicode(text: string, options: { capitals?: boolean } = {}): string {
  let out = '';
  for (const ch of text) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  return options.capitals ? out.toLocaleUpperCase('vi') : out;
}

/**
 * Unicode → TCVN3. Toned capitals have no VN3 code: with `capitals` (a `…H` font) every letter is
 * written as its lower-case code; without it they are written lower-case, the only choice VN3 has.
 */
export function unicodeToTcvn3(text: string, options: { capitals?: boolean } = {}): string {
  const source = text.normalize('NFC');
  let out = '';
  for (const ch of source) {
    const lower = ch.toLocaleLowerCase('vi');
    if (options.capitals) out += UNICODE_TO_TCVN3[lower] ?? lower;
    else out += UNICODE_TO_TCVN3[ch] ?? UNICODE_TO_TCVN3[lower] ?? ch;
  }
  return out;
}
