import { describe, expect, it } from 'vitest';
import { foldVietnamese, stripVietnameseMarks } from './vietnamese-fold';

describe('Vietnamese folding', () => {
  it('strips tone and vowel marks and đ, keeping case and spaces', () => {
    expect(stripVietnameseMarks('Báo cáo Đông Anh  ữ')).toBe('Bao cao Dong Anh  u');
  });
  it('gives one key for the same words typed with or without accents, in NFC or NFD', () => {
    expect(foldVietnamese('  Nguyễn  Văn Ánh ')).toBe('nguyen van anh');
    expect(foldVietnamese('Nguyễn Văn Ánh'.normalize('NFD'))).toBe('nguyen van anh');
    expect(foldVietnamese('Ủy ban')).toBe(foldVietnamese('Uỷ ban'));
    expect(foldVietnamese('Đặng')).toBe('dang');
  });
});
