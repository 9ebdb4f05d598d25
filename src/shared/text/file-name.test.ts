import { describe, expect, it } from 'vitest';
import { exportFileName, fileStem, MAX_STEM } from './file-name';

const LONG = 'Báo cáo kết quả Hội nghị phát động thi đua và ký kết giao ước thi đua giữa Ủy ban MTTQ Việt Nam các phường thuộc quận Thanh Xuân năm 2024 lần thứ 12345';

describe('the export file-name rule (docs/nd30-rules.md §17)', () => {
  it.each([
    ['keeps Vietnamese letters, in NFC', { title: 'Báo cáo kết quả Hội nghị'.normalize('NFD') }, 'Báo cáo kết quả Hội nghị'],
    ['drops what Windows refuses', { title: 'Báo cáo: kết quả 30/01/2024? <mẫu> "A|B" *x* \\ y' }, 'Báo cáo kết quả 30 01 2024 mẫu A B x y'],
    ['drops control characters and collapses spaces', { title: 'Tin\tbài\n  hội nghị\u0007' }, 'Tin bài hội nghị'],
    ['never ends with a dot or a space', { title: 'Giấy mời dự Hội nghị …. ' }, 'Giấy mời dự Hội nghị …'],
    ['never ends with dots only', { title: '...' }, 'Văn bản'],
    ['avoids a reserved device name', { title: 'CON' }, 'CON (văn bản)'],
    ['avoids a reserved name in any case, and with a dot', { title: 'lpt1.txt' }, 'lpt1.txt (văn bản)'],
    ['avoids com¹', { title: 'COM¹' }, 'COM¹ (văn bản)'],
    ['leaves a word that only starts like one', { title: 'Console' }, 'Console'],
    ['falls back to the kind and date', { title: '  ', kindLabel: 'Giấy mời', date: '2024-01-31' }, 'Giấy mời 2024-01-31'],
    ['falls back to "Văn bản" with nothing at all', { title: '' }, 'Văn bản'],
    ['puts a prefix first', { title: 'Báo cáo kết quả', prefix: '05-BC-MTTQ-BTT' }, '05-BC-MTTQ-BTT Báo cáo kết quả'],
    ['puts a suffix last', { title: 'Giấy mời dự Hội nghị', suffix: '01 Ngô Quang Huy' }, 'Giấy mời dự Hội nghị - 01 Ngô Quang Huy'],
  ])('%s', (_case, parts, stem) => {
    expect(fileStem(parts)).toBe(stem);
  });

  it.each([
    ['title alone', {}],
    ['with a prefix', { prefix: '01' }],
    ['with a suffix', { suffix: '10 Nguyễn Thị Minh Khai' }],
  ])('caps the length between words, never inside a word or number (%s)', (_case, extra) => {
    const stem = fileStem({ title: LONG, ...extra });
    expect([...stem].length).toBeLessThanOrEqual(MAX_STEM);
    const title = stem.replace(/^01 /u, '').replace(/ - 10 Nguyễn Thị Minh Khai$/u, '');
    expect(LONG.startsWith(title)).toBe(true);
    // The cut falls before a space of the title: a whole word or number ends it.
    expect(LONG.charAt(title.length)).toBe(' ');
    if ('suffix' in extra) expect(stem.endsWith(' - 10 Nguyễn Thị Minh Khai')).toBe(true);
  });

  it('cuts a single word longer than the cap, as it must', () => {
    expect([...fileStem({ title: 'x'.repeat(300) })]).toHaveLength(MAX_STEM);
  });

  it('adds the extension', () => {
    expect(exportFileName({ title: 'Danh sách đại biểu' }, 'xlsx')).toBe('Danh sách đại biểu.xlsx');
    expect(exportFileName({ title: 'Danh sách' }, '.csv')).toBe('Danh sách.csv');
  });
});
