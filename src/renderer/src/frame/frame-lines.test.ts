import { describe, expect, it } from 'vitest';
import { linesFromText, textMatchesLines } from './frame-lines';

describe('frame lines', () => {
  it('turns form text into items, dropping blank lines', () => {
    expect(linesFromText('ỦY BAN MTTQ VIỆT NAM\n\nPHƯỜNG THANH XUÂN\n')).toEqual(['ỦY BAN MTTQ VIỆT NAM', 'PHƯỜNG THANH XUÂN']);
    expect(textMatchesLines('a\n', ['a'])).toBe(true);
    expect(textMatchesLines('a\nb', ['a'])).toBe(false);
  });
});
