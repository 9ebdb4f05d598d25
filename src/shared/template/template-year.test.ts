import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '../document/body';
import { EMPTY_FRAME } from '../document/frame';
import { followYearInBody, followYearInMeta, followYearInText, templateYear, yearMove } from './template-year';

describe('the template year follows the document date (docs/nd30-rules.md §8.5)', () => {
  it.each([
    ['2024-01-31', 2024],
    [null, 2026],
    [undefined, 2026],
    ['', 2026],
  ])('{year} for date %s is %s', (date, year) => {
    expect(templateYear(date, new Date(2026, 5, 1))).toBe(year);
  });

  it.each([
    ['Giao ước thi đua năm 2026', 'Giao ước thi đua năm 2024'],
    ['GIAO ƯỚC THI ĐUA NĂM 2026', 'GIAO ƯỚC THI ĐUA NĂM 2024'],
    ['Căn cứ Chương trình công tác năm 2026 của Ủy ban', 'Căn cứ Chương trình công tác năm 2024 của Ủy ban'],
    ['Sáng ngày …/…/2026, Ủy ban tổ chức', 'Sáng ngày …/…/2024, Ủy ban tổ chức'],
    ['ngày … / … / 2026', 'ngày … / … / 2024'],
    // Not template phrases: a range, a term of office, a full date (a fact), another year, a number.
    ['nhiệm kỳ năm 2026 - 2031', 'nhiệm kỳ năm 2026 - 2031'],
    ['ngày 31 tháng 01 năm 2026', 'ngày 31 tháng 01 năm 2026'],
    ['kết quả năm 2025', 'kết quả năm 2025'],
    ['có 2026 hội viên', 'có 2026 hội viên'],
    ['số 12/2026/NĐ-CP', 'số 12/2026/NĐ-CP'],
    ['hằngnăm 2026', 'hằngnăm 2026'],
  ])('%s → %s', (before, after) => {
    expect(followYearInText(before, 2026, 2024)).toBe(after);
  });

  it('moves the title, tên loại, trích yếu and căn cứ, and nothing else of the frame', () => {
    const meta = {
      title: 'Giao ước thi đua năm 2026',
      frame: { ...EMPTY_FRAME, documentType: 'GIAO ƯỚC THI ĐUA NĂM 2026', summary: 'Công tác năm 2026', legalBases: ['Căn cứ Chương trình công tác năm 2026'], recipients: ['Lưu năm 2026'] },
    };
    const moved = followYearInMeta(meta, 2026, 2024);
    expect(moved.title).toBe('Giao ước thi đua năm 2024');
    expect(moved.frame.documentType).toBe('GIAO ƯỚC THI ĐUA NĂM 2024');
    expect(moved.frame.summary).toBe('Công tác năm 2024');
    expect(moved.frame.legalBases).toEqual(['Căn cứ Chương trình công tác năm 2024']);
    expect(moved.frame.recipients).toEqual(['Lưu năm 2026']);
    expect(followYearInMeta(meta, 2026, 2026)).toBe(meta);
  });

  it('moves the body text nodes and keeps their marks', () => {
    const body: BodyDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ký kết giao ước thi đua năm 2026 ', marks: [{ type: 'bold' }] }, { type: 'text', text: 'ngày 05 tháng 3 năm 2026' }] }],
    };
    const moved = followYearInBody(body, 2026, 2024);
    expect(moved.content[0]?.content?.[0]).toEqual({ type: 'text', text: 'ký kết giao ước thi đua năm 2024 ', marks: [{ type: 'bold' }] });
    expect(moved.content[0]?.content?.[1]?.text).toBe('ngày 05 tháng 3 năm 2026');
    expect(body.content[0]?.content?.[0]?.text).toBe('ký kết giao ước thi đua năm 2026 ');
  });

  it.each([
    ['2026-03-01', '2024-01-31', undefined, { from: 2026, to: 2024 }],
    ['2024-01-05', '2024-01-31', undefined, null],
    [null, '2024-01-31', '2026-06-01T08:00:00.000Z', { from: 2026, to: 2024 }],
    [null, '2026-01-31', '2026-06-01T08:00:00.000Z', null],
    ['2024-01-31', null, undefined, null],
    [null, '2024-01-31', undefined, null],
  ] as const)('date %s → %s (created %s) moves %j', (before, after, createdAt, move) => {
    expect(yearMove(before, after, createdAt)).toEqual(move);
  });
});
