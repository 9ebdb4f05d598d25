import { describe, expect, it } from 'vitest';
import { applyToneStyle, normaliseToneStyle, toneStyleOf, wordsInStyle } from './tone-style';

/** [old style, new style] — real words, both cases, all five tones. */
const DIFFERING: [string, string][] = [
  ['hòa', 'hoà'], ['hóa', 'hoá'], ['hỏa', 'hoả'], ['họa', 'hoạ'], ['thỏa', 'thoả'], ['lõa', 'loã'],
  ['khỏe', 'khoẻ'], ['hòe', 'hoè'], ['lóe', 'loé'], ['xõe', 'xoẽ'], ['chóe', 'choé'],
  ['thủy', 'thuỷ'], ['lũy', 'luỹ'], ['túy', 'tuý'], ['thụy', 'thuỵ'], ['hủy', 'huỷ'], ['lụy', 'luỵ'], ['khùy', 'khuỳ'],
  ['Ủy', 'Uỷ'], ['ủy', 'uỷ'], ['ỦY', 'UỶ'], ['Hòa', 'Hoà'], ['HÓA', 'HOÁ'], ['Thủy', 'Thuỷ'], ['tòa', 'toà'],
  ['xòa', 'xoà'], ['đóa', 'đoá'], ['Khỏe', 'Khoẻ'], ['nhòa', 'nhoà'], ['ngòa', 'ngoà'], ['òa', 'oà'],
];

/** Both styles write these the same: final consonant or vowel, qu-, gi-, no tone, other vowels. */
const SAME = [
  'hoàn', 'hoạch', 'khoét', 'huỳnh', 'thuyền', 'ngoài', 'ngoáy', 'khuỷu', 'quý', 'Quý', 'quỳ', 'quỹ', 'quả', 'quạ',
  'giá', 'giữa', 'hoa', 'thuy', 'Uy', 'mùa', 'của', 'mía', 'thuế', 'huệ', 'quốc', 'toán', 'xuyên', 'hoằng',
];

describe('tone-mark style', () => {
  it.each(DIFFERING)('%s ↔ %s', (old, modern) => {
    expect(toneStyleOf(old)).toBe('old');
    expect(toneStyleOf(modern)).toBe('new');
    expect(applyToneStyle(old, 'new')).toBe(modern);
    expect(applyToneStyle(modern, 'old')).toBe(old);
    expect(applyToneStyle(old, 'old')).toBe(old);
    expect(applyToneStyle(modern, 'new')).toBe(modern);
    // NFD input is read the same
    expect(toneStyleOf(modern.normalize('NFD'))).toBe('new');
  });

  it.each(SAME)('%s is the same in both styles', (word) => {
    expect(toneStyleOf(word)).toBeNull();
    expect(applyToneStyle(word, 'old')).toBe(word);
    expect(applyToneStyle(word, 'new')).toBe(word);
  });

  it('rewrites a sentence without changing its length', () => {
    const mixed = 'Uỷ ban MTTQ, Ủy ban nhân dân, hoà giải và hòa nhập, thủy lợi, quý khách, hoàn thành.';
    const old = normaliseToneStyle(mixed, 'old');
    expect(old).toBe('Ủy ban MTTQ, Ủy ban nhân dân, hòa giải và hòa nhập, thủy lợi, quý khách, hoàn thành.');
    expect(old.length).toBe(mixed.length);
    expect(normaliseToneStyle(mixed, 'new')).toBe('Uỷ ban MTTQ, Uỷ ban nhân dân, hoà giải và hoà nhập, thuỷ lợi, quý khách, hoàn thành.');
  });

  it('finds the words of one style with their offsets', () => {
    const text = 'Uỷ ban và Ủy ban, hoà giải';
    expect(wordsInStyle(text, 'new')).toEqual([
      { word: 'Uỷ', from: 0, to: 2 },
      { word: 'hoà', from: 18, to: 21 },
    ]);
    expect(wordsInStyle(text, 'old')).toEqual([{ word: 'Ủy', from: 10, to: 12 }]);
  });
});
