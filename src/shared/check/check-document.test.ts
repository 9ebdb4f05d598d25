import { describe, expect, it } from 'vitest';
import { emptyRow, type AttendeeList } from '../attendee/attendee-list';
import type { BodyDoc, BodyNode } from '../document/body';
import type { Document } from '../document/document';
import { EMPTY_FRAME } from '../document/frame';
import { frameView } from '../frame/frame-view';
import { DEFAULT_PROFILE, type Profile } from '../profile/profile';
import { checkDocument } from './check-document';

const SAMPLE_PROFILE: Profile = { ...DEFAULT_PROFILE, place: 'Thanh Xuân' };
const para = (value: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
/** A report with every official part filled in. */
const complete = (): Document => ({
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a00',
  kind: 'report',
  format: 'thuky.document/1',
  title: 'Báo cáo kết quả hội nghị',
  templateId: null,
  createdAt: '2024-01-31T00:00:00.000Z',
  updatedAt: '2024-01-31T00:00:00.000Z',
  portal: { author: '', publishedAt: null },
  frame: {
    ...EMPTY_FRAME,
    parentBody: ['ỦY BAN MTTQ VIỆT NAM', 'QUẬN THANH XUÂN'],
    issuingBody: ['BAN THƯỜNG TRỰC'],
    number: '05',
    symbol: 'BC-MTTQ-BTT',
    date: '2024-01-31',
    documentType: 'Báo cáo',
    summary: 'Kết quả hội nghị',
    recipients: ['Các tổ chức thành viên'],
    signer: { authority: 'TM.', authorityOf: 'BAN THƯỜNG TRỰC', title: 'CHỦ TỊCH', name: 'Khổng Minh Thảo' },
  },
  body: { type: 'doc', content: [para('Ban Thường trực báo cáo kết quả năm 2024 như sau.')] },
});
const withBody = (doc: Document, ...content: BodyNode[]): Document => ({ ...doc, body: { type: 'doc', content } as BodyDoc });
const kinds = (doc: Document, kind: string) => checkDocument({ document: doc, profile: SAMPLE_PROFILE }).filter((finding) => finding.kind === kind);

describe('missing fields', () => {
  it('finds nothing in a complete report', () => {
    expect(checkDocument({ document: complete(), profile: SAMPLE_PROFILE })).toEqual([]);
  });
  it('lists each missing part of an official document, in Vietnamese, by field', () => {
    const doc = complete();
    const draft = { ...doc, frame: { ...doc.frame, number: '', date: null, summary: ' ', recipients: [], signer: { ...doc.frame.signer, name: '' } } };
    const found = kinds(draft, 'missing-field');
    expect(found.map((finding) => finding.field)).toEqual(['number', 'date', 'summary', 'recipients', 'signerName']);
    expect(found.map((finding) => finding.message)).toEqual([
      'Chưa có số văn bản (Số): văn thư sẽ phải điền tay',
      'Chưa có ngày ban hành: văn thư sẽ phải ghi tay ngày ký',
      'Chưa có trích yếu nội dung',
      'Chưa có nơi nhận: trang in chỉ có dòng lưu văn thư (Lưu: VT)',
      'Chưa có họ tên người ký',
    ]);
  });
  it('warns of the date exactly when the date line prints no day, whatever the frame holds', () => {
    // A frame read unchecked (an old store, an import) may hold a date that is no real day: it prints blank too.
    for (const date of [null, '', '2024-02-30', '31/01/2024', '2024-01-31']) {
      const frame = { ...complete().frame, date };
      const printsBlank = !/\d/.test(frameView(frame, SAMPLE_PROFILE).placeDateLine);
      const warned = kinds({ ...complete(), frame }, 'missing-field').some((finding) => finding.field === 'date');
      expect([date, warned]).toEqual([date, printsBlank]);
    }
    expect(kinds({ ...complete(), frame: { ...complete().frame, date: '2024-02-30' } }, 'missing-field').map((finding) => finding.field)).toEqual(['date']);
  });
  it('takes the signer from the profile when the frame has none; does not check an article', () => {
    const doc = complete();
    const unsigned = { ...doc, frame: { ...doc.frame, signer: { authority: '' as const, authorityOf: '', title: '', name: '' } } };
    expect(checkDocument({ document: unsigned, profile: { ...SAMPLE_PROFILE, signer: { ...SAMPLE_PROFILE.signer, name: 'Nguyễn Văn A' } } })).toEqual([]);
    expect(kinds(unsigned, 'missing-field').map((finding) => finding.field)).toEqual(['signerName']);
    expect(kinds({ ...doc, kind: 'article', frame: { ...doc.frame, number: '', date: null } }, 'missing-field')).toEqual([]);
  });
  it('asks a công văn for its Kính gửi (docs/nd30-rules.md §16)', () => {
    const doc = complete();
    const congVan = { ...doc, kind: 'other' as const, frame: { ...doc.frame, documentType: '' } };
    expect(kinds(congVan, 'missing-field').map((finding) => [finding.field, finding.message])).toEqual([['addressees', 'Công văn chưa có Kính gửi']]);
    expect(kinds({ ...congVan, frame: { ...congVan.frame, addressees: ['Các tổ chức thành viên'] } }, 'missing-field')).toEqual([]);
  });
});

describe('template leftovers', () => {
  it.each<[string, string, string[]]>([
    ['a speaker left blank', 'đồng chí … - …', ['…', '…']],
    ['a numbered item', '1. …', ['…']],
    ['three dots', 'lập thành ... bản', ['...']],
    ['a bracketed placeholder', 'Kính gửi: [tên đơn vị]', ['[tên đơn vị]']],
    ['an empty bracket', 'theo [...] của', ['[...]']],
    ['nothing left', 'Hội nghị thành công tốt đẹp./.', []],
  ])('%s', (_name, value, expected) => {
    const found = kinds(withBody(complete(), para(value)), 'leftover');
    expect(found.map((finding) => finding.text)).toEqual(expected);
    for (const finding of found) expect(value.slice(finding.from - 1, finding.to - 1)).toBe(finding.text);
  });
  it('looks in the frame fields too, with offsets in the field', () => {
    const doc = complete();
    const found = kinds({ ...doc, frame: { ...doc.frame, summary: 'Kết quả hội nghị …', legalBases: ['Căn cứ A', 'Căn cứ […]'] } }, 'leftover');
    expect(found.map(({ field, from, to }) => ({ field, from, to }))).toEqual([
      { field: 'summary', from: 17, to: 18 },
      { field: 'legalBases', from: 16, to: 19 },
    ]);
  });
});

describe('a year later than the document', () => {
  const dated = (iso: string, ...lines: string[]) => withBody({ ...complete(), frame: { ...complete().frame, date: iso } }, ...lines.map(para));
  it.each<[string, string, string[]]>([
    ['a template year in a backdated report', 'Kết quả công tác năm 2026', ['2026']],
    ['the same year', 'Kết quả công tác năm 2024', []],
    ['last year', 'so với năm 2023', []],
    ['a term of office', 'nhiệm kỳ 2024 - 2029', []],
    ['a period', 'giai đoạn 2021–2025', []],
    ['a range with "đến"', 'từ năm 2024 đến năm 2030', []],
    ['a date typed in the body', 'ngày 15/3/2026', []],
    ['two stamps', 'năm 2025 và năm 2026', ['2025', '2026']],
    ["next year's plan", 'Phương hướng, nhiệm vụ năm 2025', []],
    ["next year's targets", 'Giao chỉ tiêu thi đua cho các khu dân cư năm 2025', []],
    ['a plan two years on is still a stamp', 'Phương hướng năm 2026', ['2026']],
    ['a result in the next year', 'Kết quả công tác năm 2025', ['2025']],
    ['a plan in an earlier sentence', 'Thực hiện kế hoạch. Kết quả năm 2025', ['2025']],
  ])('%s', (_name, line, expected) => {
    const found = kinds(dated('2024-01-31', line), 'year');
    expect(found.map((finding) => finding.text)).toEqual(expected);
    for (const finding of found) expect(finding.fix).toBe('2024');
  });
  it('says nothing without a date', () => {
    expect(kinds({ ...dated('2024-01-31', 'năm 2026'), frame: { ...complete().frame, date: null } }, 'year')).toEqual([]);
  });
});

describe('pledge data', () => {
  const pledgeDoc = (): Document => ({ ...complete(), kind: 'pledge' });
  it('reports a pledge without parties or commitments', () => {
    const found = checkDocument({ document: pledgeDoc(), profile: SAMPLE_PROFILE, pledge: { parties: [], commitments: [] } });
    expect(found.map((finding) => [finding.kind, finding.field])).toEqual([
      ['empty-parties', 'parties'],
      ['empty-commitments', 'commitments'],
    ]);
  });
  it('says nothing for a report', () => {
    expect(checkDocument({ document: complete(), profile: SAMPLE_PROFILE, pledge: { parties: [], commitments: [] } })).toEqual([]);
  });  it("asks for the signer's name only where the document's own signer prints", () => {
    const party = (index: number, isHost: boolean) => ({ id: `p${index}`, name: `Đơn vị ${index}`, representative: `Người ${index}`, title: 'Chủ tịch', authorityLine: '', isHost });
    const unsigned: Document = { ...pledgeDoc(), frame: { ...pledgeDoc().frame, signer: { ...pledgeDoc().frame.signer, name: '' } } };
    const profile = { ...SAMPLE_PROFILE, signer: { ...SAMPLE_PROFILE.signer, name: '' } };
    const signerFindings = (parties: ReturnType<typeof party>[]) =>
      checkDocument({ document: unsigned, profile, pledge: { parties, commitments: [] } }).filter((finding) => finding.field === 'signerName');
    // Signed by its parties in the grid (or by its one party): no separate signer to name.
    expect(signerFindings([party(1, true), party(2, false)])).toEqual([]);
    expect(signerFindings([party(1, true)])).toEqual([]);
    // No party yet: the document's signer prints, and has no name.
    expect(signerFindings([])).toHaveLength(1);
  });
});

describe('attendance sentence without names', () => {
  const list = (rows: AttendeeList['rows']): AttendeeList => ({ id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', documentId: null, name: 'DS', groups: [], extraColumns: [], rows, updatedAt: '' });
  const sentence = (leadingRowIds: string[] | null, frozenText: string | null = null): BodyNode => ({ type: 'attendanceSentence', attrs: { listId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', leadingRowIds, frozenText } });
  const people = [{ ...emptyRow('a', 0), fullName: 'Nguyễn Văn A' }, { ...emptyRow('b', 1), fullName: 'Trần Thị B' }];
  const run = (node: BodyNode) => checkDocument({ document: withBody(complete(), para('Mở đầu.'), node), profile: SAMPLE_PROFILE, attendeeLists: () => list(people) }).filter((finding) => finding.kind === 'attendance-names');
  it.each<[string, BodyNode, number]>([
    ['nobody chosen', sentence([]), 1],
    ['the default choice names the first people', sentence(null), 0],
    ['chosen people', sentence(['a']), 0],
    ['frozen without names', sentence(null, 'Dự hội nghị có: 2 đại biểu.'), 1],
    ['typed as text', para('Dự hội nghị có: 53 đại biểu.'), 1],
    ['typed with names', para('Dự hội nghị có: đồng chí A và 52 đại biểu khác.'), 0],
  ])('%s', (_name, node, count) => {
    const found = run(node);
    expect(found).toHaveLength(count);
    if (node.type === 'attendanceSentence' && count) expect(found[0]).toMatchObject({ from: 9, to: 10 });
  });
});

describe('pictures Word cannot print', () => {
  const figure = (imageId: string, caption: string): BodyNode => ({ type: 'figure', attrs: { imageId, alt: '' }, content: caption ? [{ type: 'text', text: caption }] : [] });
  const stored: Record<string, string> = { a: 'image/jpeg', b: 'image/webp' };
  const check = (doc: Document) => checkDocument({ document: doc, profile: SAMPLE_PROFILE, imageMime: (id) => stored[id] }).filter((finding) => finding.kind === 'figure');

  it('names a WebP picture and a picture no longer stored, by number and caption, at its place', () => {
    const doc = withBody(complete(), para('Mở đầu.'), figure('a', 'Quang cảnh'), figure('b', 'Trao giấy khen'), figure('gone', ''));
    const found = check(doc);
    expect(found.map((finding) => finding.message)).toEqual([
      'Ảnh 2 («Trao giấy khen») dạng WebP: Word không in được loại ảnh này, hãy chèn lại ảnh JPEG hoặc PNG',
      'Ảnh 3: không còn trong dữ liệu, bản Word sẽ in dòng [Thiếu ảnh]: chèn lại ảnh',
    ]);
    // Positions in the body: the second figure starts after the paragraph (9) and the first figure (2 + 10).
    expect(found[0]).toMatchObject({ from: 9 + 12, to: 9 + 13 });
  });

  it('says nothing when every picture prints, or when the store is not asked', () => {
    expect(check(withBody(complete(), figure('a', 'Quang cảnh')))).toEqual([]);
    expect(checkDocument({ document: withBody(complete(), figure('gone', '')), profile: SAMPLE_PROFILE }).filter((finding) => finding.kind === 'figure')).toEqual([]);
  });
});
