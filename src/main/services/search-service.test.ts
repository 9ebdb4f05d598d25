import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { sampleDocument } from '../../../tests/support/store-fixtures';
import { foldForSearch } from '../db/search-text';
import { parseQuery, snippet } from './search-service';
import { createServices, type Services } from './services';

let tmp: ReturnType<typeof makeTempDir>;
let services: Services;
beforeEach(() => {
  tmp = makeTempDir();
  services = createServices(path.join(tmp.dir, 'thuky.db'));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const ids = (query: string) => services.search.query(query).map((hit) => hit.id);

describe('search', () => {
  it('finds "Thanh Xuân" from "thanh xuan", and đ from d', () => {
    const a = services.documents.importDocument(sampleDocument('Báo cáo hội nghị', ['Hội nghị tại phường Thanh Xuân.'], { place: 'Hà Nội' }));
    const b = services.documents.importDocument(sampleDocument('Tin bài', ['Đại hội đại biểu Mặt trận.']));
    expect(ids('thanh xuan')).toEqual([a.id]);
    expect(ids('dai hoi')).toEqual([b.id]);
    expect(ids('ĐẠI HỘI')).toEqual([b.id]);
    expect(ids('ha noi')).toEqual([a.id]); // frame field
    expect(ids('khong co')).toEqual([]);
  });

  it('"uy ban" finds both tone placements, and exact accents rank first', () => {
    const oldStyle = services.documents.importDocument(sampleDocument('Văn bản một', ['Uỷ ban nhân dân quận']));
    const newStyle = services.documents.importDocument(sampleDocument('Văn bản hai', ['Ủy ban nhân dân quận']));
    expect(new Set(ids('uy ban'))).toEqual(new Set([oldStyle.id, newStyle.id]));
    expect(ids('Ủy ban')[0]).toBe(newStyle.id);
    expect(ids('Uỷ ban')[0]).toBe(oldStyle.id);
    // Decomposed input is the same query once NFC'd.
    expect(ids('Ủy ban'.normalize('NFD'))[0]).toBe(newStyle.id);
  });

  it('ranks title matches above body matches and prefixes the last word', () => {
    const body = services.documents.importDocument(sampleDocument('Tin bài', ['Giao ước thi đua năm 2026']));
    const title = services.documents.importDocument(sampleDocument('Giao ước thi đua', ['Nội dung khác']));
    expect(ids('giao uoc')).toEqual([title.id, body.id]);
    expect(ids('thi du')).toEqual([title.id, body.id]);
  });

  it('returns snippets and titles as text parts with the matched words marked (markup stays text)', () => {
    services.documents.importDocument(sampleDocument('<b>Báo cáo</b> Thanh Xuân', ['Mở đầu. <script>alert(1)</script> & phường Thanh Xuân tổ chức hội nghị.']));
    const [hit] = services.search.query('thanh xuan');
    expect(hit?.snippet).toEqual([
      { text: 'Mở đầu. <script>alert(1)</script> & phường ', marked: false },
      { text: 'Thanh', marked: true },
      { text: ' ', marked: false },
      { text: 'Xuân', marked: true },
      { text: ' tổ chức hội nghị.', marked: false },
    ]);
    expect(hit?.titleParts).toEqual([
      { text: '<b>Báo cáo</b> ', marked: false },
      { text: 'Thanh', marked: true },
      { text: ' ', marked: false },
      { text: 'Xuân', marked: true },
    ]);
    expect(hit?.kind).toBe('report');
  });

  it('stays in step with save, delete, restore and revision restore', () => {
    const doc = services.documents.importDocument(sampleDocument('Báo cáo', ['Nội dung cũ về hội nghị']));
    services.documents.save(doc.id, { ...doc, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung mới về đoàn kết' }] }] } }, { explicit: true });
    expect(ids('hoi nghi')).toEqual([]);
    expect(ids('doan ket')).toEqual([doc.id]);
    services.documents.delete(doc.id);
    expect(ids('doan ket')).toEqual([]);
    services.documents.restore(doc.id);
    expect(ids('doan ket')).toEqual([doc.id]);
    const first = services.revisions.list(doc.id).at(-1);
    services.revisions.restore(doc.id, first!.revisionId);
    expect(ids('hoi nghi')).toEqual([doc.id]);
    expect(ids('doan ket')).toEqual([]);
  });

  it('indexes documents created from templates and rebuilds the whole index', () => {
    const doc = services.documents.create(services.templates.list()[0]!.id, 'Báo cáo kết quả Đại hội');
    expect(ids('ket qua dai hoi')).toContain(doc.id);
    expect(services.search.rebuild()).toBe(1);
    expect(ids('ket qua dai hoi')).toContain(doc.id);
  });

  it('ignores punctuation and FTS syntax in the query', () => {
    const doc = services.documents.importDocument(sampleDocument('Báo cáo', ['Số liệu "quý" III: tăng']));
    expect(ids('"quý" (III:')).toEqual([doc.id]);
    expect(ids('quy AND')).toEqual([]); // AND is a word to find, not an operator
    expect(ids('*** "" ')).toEqual([]);
  });
});

describe('query and snippet helpers', () => {
  it('folds with the same length as the input', () => {
    const text = 'Ủy ban Mặt trận Tổ quốc Việt Nam quận Đống Đa 😀';
    expect(foldForSearch(text)).toHaveLength(text.length);
    expect(foldForSearch(text)).toBe('uy ban mat tran to quoc viet nam quan dong da 😀');
  });

  it('builds folded and exact FTS queries', () => {
    expect(parseQuery('Thanh Xuân')).toEqual({ tokens: ['thanh', 'xuân'], foldedMatch: '"thanh" "xuân"*', exactMatch: '"thanh" "xuân"*' });
    expect(parseQuery('thanh xuan')?.exactMatch).toBeNull();
    expect(parseQuery('Đống Đa')?.foldedMatch).toBe('"dống" "da"*');
    expect(parseQuery('  ')).toBeNull();
  });

  it('cuts a window around the first match', () => {
    const long = `${'mở đầu '.repeat(60)}kết quả phường Thanh Xuân ${'kết thúc '.repeat(60)}`;
    const parts = snippet(long, ['thanh', 'xuan']);
    const cut = parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');
    expect(cut.startsWith('… ')).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cut).toContain('[Thanh] [Xuân]');
    expect(cut.length).toBeLessThan(260);
  });
});

describe('search over attendee lists', () => {
  it('finds an attendees document by a person on its list as soon as the list is saved', () => {
    const doc = services.documents.create('danh-sach-dai-bieu', 'Danh sách đại biểu hội nghị');
    const list = services.attendees.getForDocument(doc.id);
    const row = { id: 'r1', personId: null, group: '', order: 0, honorific: 'Ông', fullName: 'Khổng Minh Thảo', title: 'Chủ tịch', unit: 'Ủy ban MTTQ quận', note: '', present: true, protocolRank: null, extra: {} };
    services.attendees.save({ ...list, rows: [row] });
    expect(ids('khong minh thao')).toEqual([doc.id]);
    services.attendees.save({ ...list, rows: [{ ...row, fullName: 'Trần Thị Thu Hà' }] });
    expect(ids('khong minh thao')).toEqual([]);
    expect(ids('tran thi thu ha')).toEqual([doc.id]);
  });
});

describe('search over pledge parties', () => {
  it('finds a pledge by a party as soon as the parties are saved', () => {
    const doc = services.documents.create('giao-uoc-thi-dua', 'Giao ước thi đua năm 2024');
    const pledge = services.pledges.get(doc.id);
    services.pledges.save(doc.id, {
      parties: [{ id: 'p1', name: 'Ủy ban MTTQ Việt Nam phường Khương Đình', representative: 'Lê Văn Đức', title: 'Chủ tịch', authorityLine: 'TM. BAN THƯỜNG TRỰC', isHost: false }],
      commitments: pledge.commitments,
      signatureOrder: ['p1'],
    });
    expect(ids('khuong dinh')).toEqual([doc.id]);
    expect(ids('le van duc')).toEqual([doc.id]);
  });
});

describe('snippets show the body, not the shared header', () => {
  it('prefers a match in the body over the same words in the issuing body', () => {
    const doc = sampleDocument('Báo cáo', ['Mở đầu. Ủy ban đã họp bàn kế hoạch năm.']);
    doc.frame.issuingBody = ['ỦY BAN MTTQ VIỆT NAM', 'QUẬN THANH XUÂN'];
    services.documents.importDocument(doc);
    const parts = services.search.query('uy ban')[0]?.snippet ?? [];
    expect(parts.map((part) => (part.marked ? `<mark>${part.text}</mark>` : part.text)).join('')).toBe(
      // Accent-blind like the index: "bàn" is marked too, as the FTS query matched it.
      'Mở đầu. <mark>Ủy</mark> <mark>ban</mark> đã họp <mark>bàn</mark> kế hoạch năm. <mark>ỦY</mark> <mark>BAN</mark> MTTQ VIỆT NAM QUẬN THANH XUÂN',
    );
  });
});
