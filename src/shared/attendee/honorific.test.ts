import { describe, expect, it } from 'vitest';
import { honorificInSentence, splitHonorific } from './honorific';

describe('splitHonorific', () => {
  it.each([
    ['Đồng chí Nguyễn Văn A', 'Đồng chí', 'Nguyễn Văn A'],
    ['đ/c Trần Thị Bích', 'Đồng chí', 'Trần Thị Bích'],
    ['Đ/c: Lê Văn Cường', 'Đồng chí', 'Lê Văn Cường'],
    ['Ông Phạm Văn Dũng', 'Ông', 'Phạm Văn Dũng'],
    ['bà   Hoàng Thị Én', 'Bà', 'Hoàng Thị Én'],
    ['Hòa thượng Thích Thanh Nhiễu', 'Hòa thượng', 'Thích Thanh Nhiễu'],
    ['Linh mục Giuse Nguyễn Văn Hiển', 'Linh mục', 'Giuse Nguyễn Văn Hiển'],
  ])('%s', (cell, honorific, fullName) => {
    expect(splitHonorific(cell)).toEqual({ honorific, fullName });
  });
  it('leaves names without an honorific, and does not eat a word that only starts like one', () => {
    expect(splitHonorific('Anhđào Thị Mai')).toEqual({ honorific: '', fullName: 'Anhđào Thị Mai' });
    expect(splitHonorific('Bàn Văn Sình')).toEqual({ honorific: '', fullName: 'Bàn Văn Sình' });
    expect(splitHonorific('Ông Tùng')).toEqual({ honorific: '', fullName: 'Ông Tùng' });
  });
  it('normalises to NFC', () => {
    expect(splitHonorific('Ông Nguyễn Văn A'.normalize('NFD')).fullName).toBe('Nguyễn Văn A'.normalize('NFC'));
  });
  it('reads in a sentence in lower case, đồng chí by default', () => {
    expect(honorificInSentence('Ông')).toBe('ông');
    expect(honorificInSentence('')).toBe('đồng chí');
  });
});
