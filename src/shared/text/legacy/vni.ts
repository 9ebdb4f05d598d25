/**
 * VNI (the `VNI-Times`, `VNI-Helve`, … fonts): a base letter followed by one or two mark bytes,
 * e.g. "Coäng hoøa" = "Cộng hòa". Capitals take the upper-case mark byte ("COÄNG"). Word keeps
 * such runs as the Windows-1252 reading of the bytes, which is what these tables hold.
 */

/** Vowel tones: mark byte (lower, upper) per tone of a plain vowel — sắc, huyền, hỏi, ngã, nặng. */
const PLAIN_TONES = [['ù', 'Ù'], ['ø', 'Ø'], ['û', 'Û'], ['õ', 'Õ'], ['ï', 'Ï']] as const;
/** â/ê/ô (circumflex) and their tones: none, sắc, huyền, hỏi, ngã, nặng. */
const CIRCUMFLEX_TONES = [['â', 'Â'], ['á', 'Á'], ['à', 'À'], ['å', 'Å'], ['ã', 'Ã'], ['ä', 'Ä']] as const;
/** ă (breve) and its tones. */
const BREVE_TONES = [['ê', 'Ê'], ['é', 'É'], ['è', 'È'], ['ú', 'Ú'], ['ü', 'Ü'], ['ë', 'Ë']] as const;

const TONE_MARKS = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** Unicode letter → VNI sequence, built from the rules above plus the one-byte letters. */
function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (unicode: string, vniLower: string, vniUpper: string) => {
    table.set(unicode.normalize('NFC'), vniLower);
    table.set(unicode.normalize('NFC').toLocaleUpperCase('vi'), vniUpper);
  };
  // a e o u y with a tone: base + tone byte
  for (const base of ['a', 'e', 'o', 'u', 'y']) {
    PLAIN_TONES.forEach(([lower, upper], tone) => {
      add(base + TONE_MARKS[tone], base + lower, base.toUpperCase() + upper);
    });
  }
  // â ê ô: base + circumflex byte (which also carries the tone)
  for (const base of ['a', 'e', 'o']) {
    CIRCUMFLEX_TONES.forEach(([lower, upper], index) => {
      const mark = index === 0 ? '' : TONE_MARKS[index - 1];
      add(base + '\u0302' + mark, base + lower, base.toUpperCase() + upper);
    });
  }
  BREVE_TONES.forEach(([lower, upper], index) => {
    const mark = index === 0 ? '' : TONE_MARKS[index - 1];
    add('a\u0306' + mark, 'a' + lower, 'A' + upper);
  });
  // ơ and ư are one byte each (ô/Ô, ö/Ö), their tones follow as with a plain vowel
  for (const [base, lower, upper] of [['o\u031B', 'ô', 'Ô'], ['u\u031B', 'ö', 'Ö']] as const) {
    add(base, lower, upper);
    PLAIN_TONES.forEach(([toneLower, toneUpper], tone) => {
      add(base + TONE_MARKS[tone], lower + toneLower, upper + toneUpper);
    });
  }
  // i and the y with a dot below are one byte each
  add('í', 'í', 'Í');
  add('ì', 'ì', 'Ì');
  add('ỉ', 'æ', 'Æ');
  add('ĩ', 'ó', 'Ó');
  add('ị', 'ò', 'Ò');
  add('ỵ', 'î', 'Î');
  add('đ', 'ñ', 'Ñ');
  return table;
}

const UNICODE_TO_VNI: ReadonlyMap<string, string> = buildTable();

/** VNI sequence → Unicode; a sequence is one or two characters. Mark case may differ from the base's in careless typing. */
const VNI_TO_UNICODE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [unicode, vni] of UNICODE_TO_VNI) {
    map.set(vni, unicode);
  }
  for (const [unicode, vni] of UNICODE_TO_VNI) {
    if (vni.length !== 2) continue;
    const isUpper = unicode === unicode.toLocaleUpperCase('vi');
    const base = vni.charAt(0);
    const mark = vni.charAt(1);
    const swapped = base + (isUpper ? mark.toLowerCase() : mark.toUpperCase());
    if (!map.has(swapped)) map.set(swapped, unicode);
  }
  return map;
})();

/** VNI text → Unicode NFC. */
export function vniToUnicode(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const pair = i + 1 < chars.length ? VNI_TO_UNICODE.get(ch + (chars[i + 1] ?? '')) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    out += VNI_TO_UNICODE.get(ch) ?? ch;
  }
  return out;
}

/** Unicode → VNI. */
export function unicodeToVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += UNICODE_TO_VNI.get(ch) ?? ch;
  return out;
}
