import { describe, expect, it } from 'vitest';
import { fileNameFromTitle } from './file-name';

describe('fileNameFromTitle', () => {
  it('keeps Vietnamese letters and drops characters Windows refuses', () => {
    expect(fileNameFromTitle('Báo cáo: kết quả 30/01/2024?', 'docx')).toBe('Báo cáo kết quả 30 01 2024.docx');
    expect(fileNameFromTitle('  ', 'html')).toBe('van-ban.html');
  });
});
