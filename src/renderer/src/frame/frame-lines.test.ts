import { describe, expect, it } from 'vitest';
import { legalBasisLines, linesFromText, recipientLines, textMatchesLines } from './frame-lines';

describe('frame lines', () => {
  it('turns form text into items, dropping blank lines', () => {
    expect(linesFromText('ỦY BAN MTTQ VIỆT NAM\n\nPHƯỜNG THANH XUÂN\n')).toEqual(['ỦY BAN MTTQ VIỆT NAM', 'PHƯỜNG THANH XUÂN']);
    expect(textMatchesLines('a\n', ['a'])).toBe(true);
    expect(textMatchesLines('a\nb', ['a'])).toBe(false);
  });

  it('ends căn cứ with ";" and the last with "."', () => {
    expect(legalBasisLines(['Căn cứ Luật A', 'Căn cứ Chương trình B'])).toEqual(['Căn cứ Luật A;', 'Căn cứ Chương trình B.']);
    expect(legalBasisLines(['Căn cứ C;'])).toEqual(['Căn cứ C;']);
  });

  it('draws Nơi nhận with dashes and the archive line last', () => {
    expect(recipientLines(['Các tổ chức thành viên', '- Ủy ban MTTQ phường;'], 'Lưu: VT')).toEqual([
      '- Các tổ chức thành viên;',
      '- Ủy ban MTTQ phường;',
      '- Lưu: VT.',
    ]);
    expect(recipientLines([], '')).toEqual([]);
  });
});
