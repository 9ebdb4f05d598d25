import { describe, expect, it } from 'vitest';
import { compareGivenName, duplicateKey, findDuplicates, givenNameParts } from './name-key';
import { foldVietnamese } from '../text/vietnamese-fold';

describe('duplicateKey', () => {
  it('folds tone marks, vowel marks and đ', () => {
    expect(duplicateKey('Nguyễn Văn A')).toBe(duplicateKey('Nguyen Van A'));
    expect(duplicateKey('Đặng  Thị Ánh')).toBe('dang thi anh');
    expect(foldVietnamese('ĐỖ Ư Ơ')).toBe('do u o');
  });
  it('treats decomposed (NFD) input like precomposed', () => {
    expect(duplicateKey('Nguyễn Văn A'.normalize('NFD'))).toBe(duplicateKey('Nguyễn Văn A'));
  });
  it('keeps different names apart', () => {
    expect(duplicateKey('Nguyễn Văn An')).not.toBe(duplicateKey('Nguyễn Văn A'));
  });
  it('finds groups of duplicates in first-seen order', () => {
    const groups = findDuplicates(['Nguyễn Văn A', 'Trần Thị B', 'Nguyen Van A', 'tran thi b', 'Lê C', ''], (name) => name);
    expect(groups.map((group) => group.items)).toEqual([
      ['Nguyễn Văn A', 'Nguyen Van A'],
      ['Trần Thị B', 'tran thi b'],
    ]);
  });
});

describe('given-name sort', () => {
  it('splits the given name off the end', () => {
    expect(givenNameParts('  Nguyễn  Văn An ')).toEqual({ given: 'An', rest: 'Nguyễn Văn' });
  });
  it('sorts by the last word with Vietnamese collation, then the rest', () => {
    const names = ['Trần Thị Yến', 'Lê Văn Đức', 'Nguyễn Văn Dũng', 'Phạm Ánh', 'Vũ Anh', 'Bùi Văn Anh', 'Hoàng Thị Ơn', 'Đỗ Thị Ô'];
    expect([...names].sort(compareGivenName)).toEqual(['Bùi Văn Anh', 'Vũ Anh', 'Phạm Ánh', 'Nguyễn Văn Dũng', 'Lê Văn Đức', 'Đỗ Thị Ô', 'Hoàng Thị Ơn', 'Trần Thị Yến']);
  });
});
