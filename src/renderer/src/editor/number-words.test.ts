import { describe, expect, it } from 'vitest';
import { amountInWords } from './number-words';

describe('amount in words', () => {
  it.each([
    ['1001', 'Một nghìn không trăm lẻ một đồng'],
    ['1.001', 'Một nghìn không trăm lẻ một đồng'],
    ['105', 'Một trăm lẻ năm đồng'],
    ['21', 'Hai mươi mốt đồng'],
    ['15', 'Mười lăm đồng'],
    ['2.500.000', 'Hai triệu năm trăm nghìn đồng'],
    ['1.000.000.000', 'Một tỉ đồng'], ['1.500,5', 'Một nghìn năm trăm chấm năm đồng'],
  ])('%s → %s', (number, words) => {
    expect(amountInWords(number)).toBe(words);
  });

  it('refuses what is not a number', () => {
    expect(amountInWords('hai')).toBeNull();
    expect(amountInWords('')).toBeNull();
    expect(amountInWords('12.34.5')).toBeNull();
  });
});
