/** A news article in Word carries what the sheet shows: title, date line, body, byline (docs/nd30-rules.md §14). */
import { describe, expect, it } from 'vitest';
import { p, SAMPLE_PROFILE, samplePledge } from '../../../../tests/support/docx-samples';
import { isItalic, paragraphs, readDocx, runWith, sizeOf, textOf } from '../../../../tests/support/docx-xml';
import { toDocx } from './to-docx';

function article(publishedAt: string | null) {
  const base = samplePledge();
  return { ...base, kind: 'article' as const, title: 'Phường Thanh Xuân tổ chức Hội nghị', portal: { author: 'Minh Anh', publishedAt }, body: { type: 'doc' as const, content: [p('Sáng ngày 31/01/2024, Ủy ban MTTQ Việt Nam phường tổ chức Hội nghị.')] } };
}

describe('an article in Word', () => {
  it('prints the date line under the title, italic 12 pt, as the sheet shows it', async () => {
    const xml = readDocx(await toDocx(article('2024-01-31T16:20'), SAMPLE_PROFILE, () => undefined)).document;
    const texts = paragraphs(xml).map(textOf).filter((text) => text.trim());
    expect(texts).toEqual(['Phường Thanh Xuân tổ chức Hội nghị', '31/01/2024 - 04:20 PM', 'Sáng ngày 31/01/2024, Ủy ban MTTQ Việt Nam phường tổ chức Hội nghị.', 'Minh Anh']);
    const run = runWith(xml, '31/01/2024 - 04:20 PM');
    expect(isItalic(run)).toBe(true);
    expect(sizeOf(run)).toBe(24);
  });

  it('has no date line when the article has no publication time', async () => {
    const xml = readDocx(await toDocx(article(null), SAMPLE_PROFILE, () => undefined)).document;
    expect(paragraphs(xml).map(textOf).filter((text) => text.trim())).toHaveLength(3);
  });
});
