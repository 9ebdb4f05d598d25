// The legacy tables and detector on the whole real article (the fixture lives under tests/).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLegacyEncoding, tcvn3ToUnicode, unicodeToTcvn3, unicodeToVni, vniToUnicode } from '../src/shared/text/legacy';

describe('legacy encodings on the real article', () => {
  it('detects the whole real article in either encoding, line by line too, and converts it back', () => {
    const article = readFileSync(path.resolve(__dirname, 'fixtures/thanh-xuan-2024-conference-article.txt'), 'utf8').normalize('NFC');
    expect(detectLegacyEncoding(article)).toBeNull();
    expect(detectLegacyEncoding(unicodeToTcvn3(article))).toBe('tcvn3');
    expect(detectLegacyEncoding(unicodeToVni(article))).toBe('vni');
    expect(vniToUnicode(unicodeToVni(article))).toBe(article);
    // TCVN3 has no toned capitals: Ủy comes back as ủy, everything else as it was
    expect(tcvn3ToUnicode(unicodeToTcvn3(article)).toLocaleLowerCase('vi')).toBe(article.toLocaleLowerCase('vi'));
    for (const line of article.split('\n').filter((l) => /[^ -~]/u.test(l))) {
      expect(detectLegacyEncoding(line), line).toBeNull();
      expect(detectLegacyEncoding(unicodeToTcvn3(line)), line).toBe('tcvn3');
      expect(detectLegacyEncoding(unicodeToVni(line)), line).toBe('vni');
    }
  });

});
