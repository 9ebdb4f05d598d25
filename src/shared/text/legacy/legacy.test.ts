import { describe, expect, it } from 'vitest';
import {
  decodeLegacyBytes,
  detectLegacyEncoding,
  legacyFont,
  legacyToUnicode,
  readTextFile,
  tcvn3ToUnicode,
  unicodeToTcvn3,
  unicodeToVni,
  vniToUnicode,
} from './index';

const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
/** The 12 vowels and each with its 5 tones (72 letters), plus đ — lower case. */
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const LOWER = [...VOWELS.flatMap((v) => [v, ...TONES.map((t) => (v.normalize('NFD') + t).normalize('NFC'))]), 'đ'];
const UPPER = LOWER.map((ch) => ch.toLocaleUpperCase('vi'));
const CONSONANTS = 'bcdghklmnpqrstvx';

describe('TCVN3 table', () => {
  it('has a distinct single code for every lower-case letter, and decodes back', () => {
    const codes = LOWER.map((ch) => unicodeToTcvn3(ch));
    for (const [i, code] of codes.entries()) {
      expect(code.length, LOWER[i]).toBe(1);
      expect(tcvn3ToUnicode(code), LOWER[i]).toBe(LOWER[i]);
    }
    // plain a e i o u y keep their ASCII code; the other 61 are in U+00A1–U+00FE and all distinct
    const marked = codes.filter((c) => !/[aeiouy]/u.test(c));
    expect(new Set(marked).size).toBe(LOWER.length - 6);
    for (const c of marked) expect(c.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
  });

  it('encodes Ă Â Ê Ô Ơ Ư Đ as capitals of their own', () => {
    expect(unicodeToTcvn3('ĂÂÊÔƠƯĐ')).toBe('¡¢£¤¥¦§');
    expect(tcvn3ToUnicode('¡¢£¤¥¦§')).toBe('ĂÂÊÔƠƯĐ');
  });

  it('writes every capital with its lower-case code in a …H font and reads it back upper-cased', () => {
    const all = UPPER.join('');
    const encoded = unicodeToTcvn3(all, { capitals: true });
    expect(encoded).toBe(LOWER.map((ch) => unicodeToTcvn3(ch)).join(''));
    expect(tcvn3ToUnicode(encoded, { capitals: true })).toBe(all);
  });

  it('reads real legacy text', () => {
    expect(tcvn3ToUnicode('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(tcvn3ToUnicode('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(tcvn3ToUnicode('mÆt trËn tæ quèc viÖt nam', { capitals: true })).toBe('MẶT TRẬN TỔ QUỐC VIỆT NAM');
    expect(tcvn3ToUnicode('Ch\u00AD¬ng tr×nh phèi hîp, ®¹i biÓu, n¨m 2024')).toBe('Chương trình phối hợp, đại biểu, năm 2024');
  });

  it('round-trips syllables with ư/ơ and every tone', () => {
    const words = 'người được mười lưỡi sửa mừng ướt chợ gờ mở rỡ lớn ở ngưỡng khuỷu quyển';
    expect(tcvn3ToUnicode(unicodeToTcvn3(words))).toBe(words);
  });
});

describe('VNI table', () => {
  it('round-trips every letter, lower and upper case, alone and between consonants', () => {
    for (const ch of [...LOWER, ...UPPER]) {
      expect(vniToUnicode(unicodeToVni(ch)), ch).toBe(ch);
      for (const c of CONSONANTS) {
        const word = c + ch + 'n' + ch;
        expect(vniToUnicode(unicodeToVni(word)), word).toBe(word);
      }
    }
  });

  it('encodes with the VNI bytes', () => {
    expect(unicodeToVni('Cộng hòa')).toBe('Coäng hoøa');
    expect(unicodeToVni('ư ứ ừ ử ữ ự ơ ớ ờ ở ỡ ợ')).toBe('ö öù öø öû öõ öï ô ôù ôø ôû ôõ ôï');
    expect(unicodeToVni('Ư Ứ Ừ Ử Ữ Ự')).toBe('Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ');
    expect(unicodeToVni('ă ắ ằ ẳ ẵ ặ â ấ ầ ẩ ẫ ậ')).toBe('aê aé aè aú aü aë aâ aá aà aå aã aä');
    expect(unicodeToVni('ỉ ĩ ị ỵ đ Đ')).toBe('æ ó ò î ñ Ñ');
  });

  it('reads real legacy text, including ư and ơ with tones', () => {
    expect(vniToUnicode('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(vniToUnicode('ñöôøng, ñöôïc, möôøi, ngöôøi, söûa, möøng')).toBe('đường, được, mười, người, sửa, mừng');
    expect(vniToUnicode('MAËT TRAÄN TOÅ QUOÁC VIEÄT NAM')).toBe('MẶT TRẬN TỔ QUỐC VIỆT NAM');
    expect(vniToUnicode('ÑAÏI HOÄI')).toBe('ĐẠI HỘI');
  });
});

describe('detection', () => {
  const fixtures = {
    unicode: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Thanh Xuân tổ chức hội nghị đại biểu nhân dân.',
    tcvn3: unicodeToTcvn3('Ủy ban Mặt trận Tổ quốc Việt Nam phường Thanh Xuân tổ chức hội nghị đại biểu nhân dân.'),
    vni: unicodeToVni('Ủy ban Mặt trận Tổ quốc Việt Nam phường Thanh Xuân tổ chức hội nghị đại biểu nhân dân.'),
  };

  it('tells Unicode, TCVN3 and VNI apart', () => {
    expect(detectLegacyEncoding(fixtures.unicode)).toBeNull();
    expect(detectLegacyEncoding(fixtures.tcvn3)).toBe('tcvn3');
    expect(detectLegacyEncoding(fixtures.vni)).toBe('vni');
    expect(detectLegacyEncoding('Céng hoµ')).toBe('tcvn3');
    expect(detectLegacyEncoding('Coäng hoøa')).toBe('vni');
  });

  it('leaves plain English, new-style Unicode and stray symbols alone', () => {
    expect(detectLegacyEncoding('Meeting minutes © 2024 · 3 × 4')).toBeNull();
    expect(detectLegacyEncoding('hoà, hoá, thuỷ, khoẻ, Uỷ ban nhân dân')).toBeNull();
    expect(detectLegacyEncoding('')).toBeNull();
    expect(detectLegacyEncoding('Café in Paris, déjà vu, à la carte')).toBeNull();
  });

  it('reads legacy .txt bytes and UTF-8 alike', () => {
    const tcvnBytes = Uint8Array.from([...fixtures.tcvn3].map((c) => c.charCodeAt(0)));
    expect(decodeLegacyBytes(tcvnBytes)).toBe(fixtures.tcvn3);
    expect(readTextFile(tcvnBytes)).toEqual({ text: fixtures.tcvn3, legacy: 'tcvn3', utf8: false });
    const utf8 = new TextEncoder().encode('\uFEFF' + fixtures.unicode);
    expect(readTextFile(utf8)).toEqual({ text: fixtures.unicode, legacy: null, utf8: true });
    expect(legacyToUnicode(readTextFile(tcvnBytes).text, 'tcvn3')).toBe(fixtures.unicode.replace('Ủy', 'ủy'));
  });
});

describe('legacy font names', () => {
  it.each([
    ['.VnTime', { encoding: 'tcvn3', capitals: false }],
    ['.VnTimeH', { encoding: 'tcvn3', capitals: true }],
    ['.VnArial NarrowH', { encoding: 'tcvn3', capitals: true }],
    ['.VnCentury Schoolbook', { encoding: 'tcvn3', capitals: false }],
    ['VNI-Times', { encoding: 'vni', capitals: false }],
    ['VNI-Helve-Condense', { encoding: 'vni', capitals: false }],
    ['Times New Roman', null],
    ['', null],
  ])('%s', (name, expected) => {
    expect(legacyFont(name)).toEqual(expected);
  });
});

describe('detection on words both encodings could claim', () => {
  it.each([
    ['Quận ủy, Uỷ ban, thuỷ lợi, ủi, của', 'tcvn3'],
    ['Đi đến, đường, Đại hội, ĐẠI HỘI, đầu tư', 'vni'],
  ])('%s', (unicode, encoding) => {
    const encoded = encoding === 'tcvn3' ? unicodeToTcvn3(unicode) : unicodeToVni(unicode);
    expect(detectLegacyEncoding(encoded)).toBe(encoding);
  });
});
