import { describe, expect, it } from 'vitest';
import type { DocumentContent } from '../document/document';
import { EMPTY_FRAME } from '../document/frame';
import { factChanges, replaceFacts, syncContent } from './event-sync';
import { addresseeBlock } from '../frame/addressees';
import { addresseeLine, factWords, TIME_BLANK, VENUE_BLANK } from './event-wording';

/** Each giấy mời page's Kính gửi: the frame's rule with one addressee (docs/nd30-rules.md §16). */
const salutationLine = (person: Parameters<typeof addresseeLine>[0]) => addresseeBlock([addresseeLine(person)])?.lead;

const before = factWords({ title: 'Hội nghị A', date: '2024-01-31', time: '08:00', venue: 'Hội trường phường', chair: { name: 'Nguyễn Thị Thu', title: 'Chủ tịch' } });

describe('event facts in documents', () => {
  it('words the facts as the documents print them, with blanks that can be filled later', () => {
    expect(before).toEqual({ title: 'Hội nghị A', date: 'ngày 31 tháng 01 năm 2024', time: '08 giờ 00', venue: 'Hội trường phường', chairName: 'Nguyễn Thị Thu', chairTitle: 'Chủ tịch' });
    const blank = factWords({ title: 'Hội nghị A', date: '2024-03-05', time: '', venue: ' ', chair: { name: '', title: '' } });
    expect([blank.date, blank.time, blank.venue]).toEqual(['ngày 05 tháng 3 năm 2024', TIME_BLANK, VENUE_BLANK]);
  });

  it('addresses a page to the person with honorific, name, title and unit ("Ông/Bà" when none is given)', () => {
    expect(salutationLine({ honorific: 'Đồng chí', fullName: 'Lê Minh Tuấn', title: 'Chủ tịch', unit: 'Ủy ban nhân dân phường' })).toBe('Kính gửi: Đồng chí Lê Minh Tuấn, Chủ tịch Ủy ban nhân dân phường');
    expect(salutationLine({ honorific: '', fullName: 'Ngô Quang Huy', title: '', unit: '' })).toBe('Kính gửi: Ông/Bà Ngô Quang Huy');
  });

  it('replaces each old wording in one pass (a new wording is never rewritten by a later change)', () => {
    const after = factWords({ title: 'Hội nghị A', date: '2024-02-02', time: '14:00', venue: 'Hội trường phường mới', chair: { name: 'Nguyễn Thị Thu', title: 'Chủ tịch' } });
    const changes = factChanges(before, after);
    expect(changes.map((change) => change.from)).toEqual(['ngày 31 tháng 01 năm 2024', 'Hội trường phường', '08 giờ 00']);
    expect(replaceFacts('Vào lúc 08 giờ 00, ngày 31 tháng 01 năm 2024, tại Hội trường phường.', changes)).toBe('Vào lúc 14 giờ 00, ngày 02 tháng 02 năm 2024, tại Hội trường phường mới.');
    // Swapping two values does not undo itself.
    const swap = [{ from: 'A', to: 'B' }, { from: 'B', to: 'A' }];
    expect(replaceFacts('A và B', swap)).toBe('B và A');
  });

  it('returns the same content when nothing in it names a changed fact, and moves only a date that still matches', () => {
    const content: DocumentContent = {
      title: 'Tin',
      frame: { ...EMPTY_FRAME, date: '2024-01-20' },
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Không nêu sự kiện.' }] }] },
      portal: { author: '', publishedAt: null },
    };
    const changes = [{ from: 'ngày 31 tháng 01 năm 2024', to: 'ngày 02 tháng 02 năm 2024' }];
    expect(syncContent(content, changes, { date: { from: '2024-01-31', to: '2024-02-02' } })).toBe(content);
    const dated = { ...content, frame: { ...content.frame, date: '2024-01-31' } };
    expect(syncContent(dated, changes, { date: { from: '2024-01-31', to: '2024-02-02' } }).frame.date).toBe('2024-02-02');
  });

  it("moves the template's year with the event into another year, and only the template's phrases (docs/nd30-rules.md §8.5)", () => {
    const content: DocumentContent = {
      title: 'Giao ước thi đua năm 2024',
      frame: { ...EMPTY_FRAME, documentType: 'GIAO ƯỚC THI ĐUA NĂM 2024', legalBases: ['Căn cứ Chương trình công tác năm 2024'] },
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ký kết tại Hội nghị A, ' }, { type: 'text', text: 'ngày 31 tháng 01 năm 2024' }, { type: 'text', text: '; kết quả năm 2023.' }] }] },
      portal: { author: '', publishedAt: null },
    };
    const changes = [{ from: 'ngày 31 tháng 01 năm 2024', to: 'ngày 05 tháng 01 năm 2025' }];
    const synced = syncContent(content, changes, { year: { from: 2024, to: 2025 } });
    expect(synced.title).toBe('Giao ước thi đua năm 2025');
    expect(synced.frame.documentType).toBe('GIAO ƯỚC THI ĐUA NĂM 2025');
    expect(synced.frame.legalBases).toEqual(['Căn cứ Chương trình công tác năm 2025']);
    expect(synced.body.content[0]?.content?.map((node) => node.text).join('')).toBe('Ký kết tại Hội nghị A, ngày 05 tháng 01 năm 2025; kết quả năm 2023.');
    const untouched = { ...content, title: 'Tin', frame: EMPTY_FRAME, body: { type: 'doc' as const, content: [] } };
    expect(syncContent(untouched, [], { year: { from: 2024, to: 2025 } })).toBe(untouched);
  });
});
