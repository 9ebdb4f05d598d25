/** The exported DOCX, read back as XML: one check per Decree 30 rule (docs/nd30-rules.md §1–§12). */
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../shared/document/body';
import type { Document } from '../../../shared/document/document';
import type { Profile } from '../../../shared/profile/profile';
import { bullets, figure, h, ImageShelf, ordered, p, SAMPLE_PROFILE, SAMPLE_SUMMARY, samplePledge, sampleReport, table } from '../../../../tests/support/docx-samples';
import { isBold, isItalic, paragraphs, paragraphWith, readDocx, runs, runWith, sections, sizeOf, tables, textOf } from '../../../../tests/support/docx-xml';
import { makePng } from '../../../../tests/support/png-image';
import { toDocx, type DocxExtras } from './to-docx';

async function exportSample(options: { profile?: Profile; body?: BodyNode[]; edit?: (doc: Document) => Document; extras?: DocxExtras } = {}) {
  const shelf = new ImageShelf();
  const sample = sampleReport(shelf);
  let document = options.body ? { ...sample.document, body: { type: 'doc' as const, content: options.body } } : sample.document;
  if (options.edit) document = options.edit(document);
  const bytes = await toDocx(document, options.profile ?? SAMPLE_PROFILE, shelf.resolve, options.extras ?? { appendices: sample.appendices });
  return { bytes, parts: readDocx(bytes), shelf };
}

const withPage = (page: Partial<Profile['page']>): Profile => ({ ...SAMPLE_PROFILE, page: { ...SAMPLE_PROFILE.page, ...page } });

describe('page setup (ND30 PL I §I)', () => {
  it('is A4 portrait with the profile margins in twips', async () => {
    const { parts } = await exportSample();
    const first = sections(parts.document)[0] ?? '';
    expect(first).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(first).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('follows changed margins', async () => {
    const { parts } = await exportSample({ profile: withPage({ marginTopMm: 25, marginBottomMm: 25, marginLeftMm: 35, marginRightMm: 20 }) });
    expect(sections(parts.document)[0]).toMatch(/<w:pgMar w:top="1417" w:right="1134" w:bottom="1417" w:left="1984"/);
  });

  it('sets Times New Roman on all four font slots, in the defaults and on the runs', async () => {
    const { parts } = await exportSample();
    const tnr = '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>';
    const styles = parts.xml('word/styles.xml');
    expect(styles).toContain(`<w:rPrDefault><w:rPr>${tnr}`);
    // No style or run anywhere names another font.
    for (const xml of [styles, parts.document, parts.xml('word/numbering.xml')]) {
      for (const fonts of xml.match(/<w:rFonts [^>]*\/>/g) ?? []) expect(fonts).toBe(tnr);
    }
    const textRuns = runs(parts.document).filter((run) => textOf(run).trim());
    expect(textRuns.length).toBeGreaterThan(50);
    // Frame and body runs carry the font themselves; table cells inherit it from the defaults.
    const tableXml = tables(parts.document).filter((table) => table.includes('<w:tblBorders><w:top w:val="single"')).join('');
    expect(tableXml).toContain('Nội dung ký kết');
    for (const run of textRuns) if (!tableXml.includes(run)) expect(run).toContain(tnr);
  });
});

describe('first page (ND30 PL I §II.1–6, Preset A)', () => {
  it('puts the header block in a borderless 2-column table', async () => {
    const { parts } = await exportSample();
    const header = tables(parts.document)[0] ?? '';
    expect(header).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(header.match(/<w:gridCol /g)).toHaveLength(2);
    const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/s.exec(header)?.[1] ?? '';
    expect(borders.match(/w:val="none"/g)).toHaveLength(6);
    // The only lines are the drawn rules (paragraph borders); no table or cell border is visible.
    expect(header.replace(/<w:pBdr>.*?<\/w:pBdr>/gs, '')).not.toContain('w:val="single"');
  });

  it('sizes and styles the header lines per Preset A', async () => {
    const { parts } = await exportSample();
    const doc = parts.document;
    const cases: Array<[string, number, boolean, boolean]> = [
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 24, true, false],
      ['Độc lập - Tự do - Hạnh phúc', 26, true, false],
      ['ỦY BAN MTTQ VIỆT NAM', 24, false, false],
      ['BAN THƯỜNG TRỰC', 24, true, false],
      ['Số: 12/BC-MTTQ-BTT', 26, false, false],
      ['Thanh Xuân, ngày 31 tháng 01 năm 2024', 26, false, true],
      ['BÁO CÁO', 28, true, false],
      [SAMPLE_SUMMARY.slice(0, 30), 28, true, false],
    ];
    for (const [text, size, bold, italic] of cases) {
      const run = runWith(paragraphWith(doc, text), text);
      expect([text, sizeOf(run), isBold(run), isItalic(run)]).toEqual([text, size, bold, italic]);
    }
  });

  it('raises the header block one point with Preset B', async () => {
    const { parts } = await exportSample({ profile: withPage({ sizePreset: 'B' }) });
    const size = (text: string) => sizeOf(runWith(paragraphWith(parts.document, text), text));
    expect([size('CỘNG HÒA XÃ HỘI'), size('Độc lập'), size('ỦY BAN MTTQ'), size('BAN THƯỜNG TRỰC'), size('Số: 12'), size('BÁO CÁO')]).toEqual([26, 28, 26, 26, 26, 28]);
  });

  it('keeps Số and the date on the same table row and pads per rule 6.3', async () => {
    const { parts } = await exportSample({ edit: (doc) => ({ ...doc, frame: { ...doc.frame, number: '5', date: '2024-03-09' } }) });
    const header = tables(parts.document)[0] ?? '';
    const rows = header.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    expect(rows).toHaveLength(2);
    expect(textOf(rows[1] ?? '')).toBe('Số: 05/BC-MTTQ-BTTThanh Xuân, ngày 09 tháng 3 năm 2024');
  });

  it('draws the rules as bordered empty paragraphs, the motto rule as long as the motto', async () => {
    const { parts } = await exportSample();
    const header = tables(parts.document)[0] ?? '';
    const rules = paragraphs(header).filter((paragraph) => paragraph.includes('<w:bottom w:val="single"'));
    expect(rules).toHaveLength(2);
    // Right cell 5613 twips; the 13 pt motto is about 56 mm ≈ 3170 twips (docs/nd30-rules.md §2.2).
    const indent = /<w:ind w:left="(\d+)" w:right="(\d+)"/.exec(rules[1] ?? '');
    const ruleTwips = 5613 - Number(indent?.[1]) - Number(indent?.[2]);
    expect(ruleTwips).toBeGreaterThan(3000);
    expect(ruleTwips).toBeLessThan(3350);
  });

  it('writes căn cứ italic, ";" after each and "." after the last', async () => {
    const { parts } = await exportSample({ edit: (doc) => ({ ...doc, frame: { ...doc.frame, legalBases: ['Căn cứ Điều lệ MTTQ Việt Nam.', 'Căn cứ Chương trình công tác năm 2024;'] } }) });
    const first = paragraphWith(parts.document, 'Căn cứ Điều lệ');
    const second = paragraphWith(parts.document, 'Căn cứ Chương trình');
    expect(textOf(first)).toBe('Căn cứ Điều lệ MTTQ Việt Nam;');
    expect(textOf(second)).toBe('Căn cứ Chương trình công tác năm 2024.');
    expect(isItalic(runs(first)[0] ?? '')).toBe(true);
    expect(sizeOf(runs(first)[0] ?? '')).toBe(28);
  });

  it('prints a công văn trích yếu as "V/v …" under Số instead of a title', async () => {
    const { parts } = await exportSample({ edit: (doc) => ({ ...doc, frame: { ...doc.frame, documentType: '', symbol: 'MTTQ-BTT', summary: 'tổ chức Hội nghị' } }) });
    const header = tables(parts.document)[0] ?? '';
    const vv = runWith(paragraphWith(header, 'V/v tổ chức Hội nghị'), 'V/v');
    expect(sizeOf(vv)).toBe(24);
    expect(paragraphWith(header, 'V/v')).toContain('w:before="120"');
  });
});

describe('body (ND30 PL I §II.6, docs/nd30-rules.md §6)', () => {
  it('justifies body text with the first-line indent, ≥ 6 pt after and the profile line spacing', async () => {
    const { parts } = await exportSample();
    const paragraph = paragraphWith(parts.document, 'Thực hiện Chương trình công tác năm 2024');
    expect(paragraph).toContain('<w:jc w:val="both"/>');
    expect(paragraph).toContain('w:firstLine="567"');
    expect(paragraph).toMatch(/<w:spacing w:after="120" w:before="0" w:line="276" w:lineRule="auto"\/>/);
    expect(sizeOf(runs(paragraph)[0] ?? '')).toBe(28);
  });

  it('uses 1.27 cm, 1.5 lines and 8 pt when the profile says so', async () => {
    const { parts } = await exportSample({ profile: withPage({ firstLineIndentCm: 1.27, lineSpacing: 1.5, paragraphAfterPt: 8 }) });
    const paragraph = paragraphWith(parts.document, 'Thực hiện Chương trình công tác năm 2024');
    expect(paragraph).toContain('w:firstLine="720"');
    expect(paragraph).toMatch(/w:after="160" w:before="0" w:line="360"/);
  });

  it('formats headings per level: Mục upper case bold, Khoản bold, Điểm upright', async () => {
    const { parts } = await exportSample();
    const muc = paragraphWith(parts.document, 'I. KẾT QUẢ TỔ CHỨC HỘI NGHỊ');
    expect(isBold(runs(muc)[0] ?? '')).toBe(true);
    expect(muc).toContain('<w:keepNext/>');
    expect(isBold(runs(paragraphWith(parts.document, '1. Thành phần tham dự'))[0] ?? '')).toBe(true);
    const diem = runs(paragraphWith(parts.document, 'a) Phát động thi đua'))[0] ?? '';
    expect([isBold(diem), isItalic(diem), sizeOf(diem)]).toEqual([false, false, 28]);
  });

  it('centres a "Phần" heading', async () => {
    const { parts } = await exportSample({ body: [h(1, 'Phần I'), p('Nội dung.')] });
    expect(paragraphWith(parts.document, 'Phần I')).toContain('<w:jc w:val="center"/>');
  });

  it('keeps bold, italic and underline marks', async () => {
    const { parts } = await exportSample();
    const run = runWith(paragraphWith(parts.document, 'đổi mới, nâng cao'), 'đổi mới, nâng cao');
    expect(isBold(run)).toBe(true);
    const { parts: marked } = await exportSample({ body: [p({ type: 'text', text: 'nghiêng', marks: [{ type: 'italic' }] }, { type: 'text', text: 'gạch', marks: [{ type: 'underline' }] })] });
    expect(isItalic(runWith(marked.document, 'nghiêng'))).toBe(true);
    expect(runWith(marked.document, 'gạch')).toContain('<w:u w:val="single"/>');
  });

  it('appends "./." when missing, once, and not when the profile turns it off', async () => {
    const { parts } = await exportSample();
    expect(textOf(paragraphWith(parts.document, 'Trên đây là báo cáo'))).toMatch(/Thanh Xuân\.\/\.$/);
    const { parts: already } = await exportSample({ body: [p('Kết thúc./.')] });
    expect(textOf(paragraphWith(already.document, 'Kết thúc'))).toBe('Kết thúc./.');
    const { parts: off } = await exportSample({ profile: withPage({ appendEndMark: false }) });
    expect(textOf(paragraphWith(off.document, 'Trên đây là báo cáo'))).toMatch(/Thanh Xuân\.$/);
  });
});

describe('lists', () => {
  it('restarts each ordered list and honours its start', async () => {
    const { parts } = await exportSample({ body: [ordered(1, 'mục thứ nhất', 'mục thứ hai'), p('giữa'), ordered(1, 'mục lại từ đầu'), ordered(3, 'mục bắt đầu từ ba'), bullets('gạch')] });
    const numId = (text: string) => /<w:numId w:val="(\d+)"\/>/.exec(paragraphWith(parts.document, text))?.[1];
    expect(numId('mục thứ nhất')).toBe(numId('mục thứ hai'));
    expect(numId('mục lại từ đầu')).not.toBe(numId('mục thứ nhất'));
    expect(numId('mục bắt đầu từ ba')).not.toBe(numId('mục lại từ đầu'));
    const numbering = parts.xml('word/numbering.xml');
    const num = (id: string | undefined) => new RegExp(`<w:num w:numId="${id}">.*?</w:num>`, 's').exec(numbering)?.[0] ?? '';
    // Word continues a list that shares its abstract definition unless the instance overrides the start.
    expect(num(numId('mục lại từ đầu'))).toContain('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>');
    expect(num(numId('mục bắt đầu từ ba'))).toContain('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>');
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="bullet"\/><w:suff w:val="space"\/><w:lvlText w:val="-"\/>/);
  });
});

describe('tables', () => {
  const merged: BodyNode = {
    type: 'table',
    content: [
      { type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: [60] }, content: [p('STT')] }, { type: 'tableHeader', attrs: { colspan: 2, rowspan: 1, colwidth: [200, 100] }, content: [p('Nội dung')] }] },
      { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 2, colwidth: null }, content: [p('1')] }, { type: 'tableCell', content: [p('a')] }, { type: 'tableCell', content: [p('b')] }] },
      { type: 'tableRow', content: [{ type: 'tableCell', content: [p('c')] }, { type: 'tableCell', content: [p('d')] }] },
    ],
  };

  it('writes fixed widths filling the text width, a repeating header row, unsplittable rows and merges', async () => {
    const { parts } = await exportSample({ body: [p('Trước bảng.'), merged, p('Sau bảng.')] });
    const body = tables(parts.document).find((xml) => xml.includes('Nội dung')) ?? '';
    expect(body).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(grid).toHaveLength(3);
    expect(grid.reduce((sum, width) => sum + width, 0)).toBe(9355);
    expect(grid[0]).toBe(Math.floor((60 / 360) * 9355));
    const rows = body.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    expect(rows[0]).toContain('<w:gridSpan w:val="2"/>');
    expect(rows[1]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[2]).toMatch(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/);
    expect(textOf(rows[2] ?? '')).toBe('cd');
  });

  it('puts a table too wide for portrait (words would break) on a landscape page, numbering carrying on', async () => {
    const wide = table(['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị', 'Điện thoại', 'Thư điện tử', 'Ghi chú'], [['1', 'Nguyễn Văn An', '1970', 'Chủ tịch', 'Phường Khương Đình', '0243 555 010', 'nguyenvanan.mttq@hanoi.gov.vn', 'Phát biểu']]);
    const { parts } = await exportSample({ body: [p('Trước.'), wide, p('Sau.')], extras: {} });
    const all = sections(parts.document);
    expect(all).toHaveLength(3);
    expect(all[1]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(all[2]).toContain('w:orient="portrait"');
    expect(all[0]).toContain('<w:titlePg/>');
    for (const later of all.slice(1)) {
      expect(later).not.toContain('<w:titlePg/>');
      expect(later).not.toContain('<w:pgNumType w:start');
      expect(later).toContain('w:type="default"');
    }
    const grid = [...(tables(parts.document).find((xml) => xml.includes('Năm sinh')) ?? '').matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(grid.reduce((sum, width) => sum + width, 0)).toBe(16838 - 1701 - 850);
  });

  it('keeps a narrow table in the portrait flow', async () => {
    const { parts } = await exportSample({ body: [table(['A', 'B'], [['1', '2']])], extras: {} });
    expect(sections(parts.document)).toHaveLength(1);
  });
});

describe('images', () => {
  it('scales a wide image to the text width with its aspect, caption beneath', async () => {
    const shelf = new ImageShelf();
    const big = shelf.add(makePng(2000, 1000));
    const small = shelf.add(makePng(200, 100, 3));
    const { document } = sampleReport(new ImageShelf());
    const doc = { ...document, body: { type: 'doc' as const, content: [figure(big, 'Quang cảnh Hội nghị'), figure(small, 'Ảnh nhỏ')] } };
    const parts = readDocx(await toDocx(doc, SAMPLE_PROFILE, shelf.resolve));
    const extents = [...parts.document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((match) => [Number(match[1]), Number(match[2])]);
    const textWidthEmu = 9355 * 635;
    expect(extents[0]?.[0]).toBeLessThanOrEqual(textWidthEmu);
    expect(extents[0]?.[0]).toBeGreaterThan(textWidthEmu - 2 * 9525);
    expect((extents[0]?.[0] ?? 0) / (extents[0]?.[1] ?? 1)).toBeCloseTo(2, 1);
    expect(extents[1]).toEqual([200 * 9525, 100 * 9525]);
    const all = paragraphs(parts.document);
    const imageIndex = all.findIndex((paragraph) => paragraph.includes('<w:drawing>'));
    expect(all[imageIndex]).toContain('<w:keepNext/>');
    expect(textOf(all[imageIndex + 1] ?? '')).toBe('Quang cảnh Hội nghị');
    expect(isItalic(runs(all[imageIndex + 1] ?? '')[0] ?? '')).toBe(true);
    expect(Object.keys(parts.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
  });

  it('stops a portrait photo at the figure height cap (120 mm), its aspect kept', async () => {
    const shelf = new ImageShelf();
    const portrait = shelf.add(makePng(800, 1000));
    const { document } = sampleReport(new ImageShelf());
    const doc = { ...document, body: { type: 'doc' as const, content: [figure(portrait, 'Đồng chí Chủ tịch phát biểu')] } };
    const parts = readDocx(await toDocx(doc, SAMPLE_PROFILE, shelf.resolve));
    const [extent] = [...parts.document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((match) => [Number(match[1]), Number(match[2])]);
    const heightMm = ((extent?.[1] ?? 0) / 36000);
    expect(heightMm).toBeGreaterThan(119);
    expect(heightMm).toBeLessThanOrEqual(120);
    expect((extent?.[0] ?? 0) / (extent?.[1] ?? 1)).toBeCloseTo(0.8, 2);
  });

  it('says in the document when an image is missing or cannot go into Word, the caption printed once', async () => {
    const { parts } = await exportSample({ body: [figure('0'.repeat(64), 'Ảnh đã xóa')] });
    expect(textOf(parts.document)).toContain('[Thiếu ảnh]Ảnh đã xóa');
    expect(textOf(parts.document).split('Ảnh đã xóa')).toHaveLength(2);
    const shelf = new ImageShelf();
    const webp = shelf.add(new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]), 'image/webp');
    const { document } = sampleReport(new ImageShelf());
    const doc = { ...document, body: { type: 'doc' as const, content: [figure(webp, 'Quang cảnh')] } };
    const text = textOf(readDocx(await toDocx(doc, SAMPLE_PROFILE, shelf.resolve)).document);
    expect(text).toContain('[Ảnh định dạng image/webp không đưa được vào Word]Quang cảnh');
    expect(text.split('Quang cảnh')).toHaveLength(2);
  });
});

describe('closing block (ND30 PL I §II.7, §II.9)', () => {
  it('lays out Nơi nhận and the signer in a borderless 2-column table', async () => {
    const { parts } = await exportSample({ extras: {} });
    const closing = tables(parts.document).find((xml) => xml.includes('Nơi nhận:')) ?? '';
    expect(closing.match(/<w:tc>/g)).toHaveLength(2);
    const label = runWith(closing, 'Nơi nhận:');
    expect([sizeOf(label), isBold(label), isItalic(label)]).toEqual([24, true, true]);
    const lines = paragraphs(closing).map(textOf).filter((line) => line.startsWith('- '));
    expect(lines).toEqual([
      '- Ban Thường trực UB MTTQ Việt Nam TP (để b/c);',
      '- Thường trực Quận ủy, HĐND, UBND quận (để b/c);',
      '- Các tổ chức thành viên;',
      '- Ủy ban MTTQ Việt Nam 11 phường;',
      '- Lưu: VT.',
    ]);
    for (const line of lines) expect(sizeOf(runWith(closing, line))).toBe(22);
    for (const text of ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', 'Khổng Minh Thảo']) {
      const run = runWith(closing, text);
      expect([sizeOf(run), isBold(run)]).toEqual([28, true]);
    }
    // "Nơi nhận:" and the authority line are the first lines of their top-aligned cells.
    const cells = closing.match(/<w:tc>.*?<\/w:tc>/gs) ?? [];
    expect(textOf(paragraphs(cells[0] ?? '')[0] ?? '')).toBe('Nơi nhận:');
    expect(textOf(paragraphs(cells[1] ?? '')[0] ?? '')).toBe('TM. BAN THƯỜNG TRỰC');
    expect(paragraphWith(closing, 'Khổng Minh Thảo')).toMatch(/w:before="1[0-9]{3}"/);
  });

  it('takes the archive line from the profile', async () => {
    const { parts } = await exportSample({ profile: { ...SAMPLE_PROFILE, archiveLine: 'Lưu: VT, BTT' }, extras: {} });
    expect(textOf(parts.document)).toContain('- Lưu: VT, BTT.');
  });
});

describe('page numbers (ND30 PL I §I.7)', () => {
  it('numbers from page 2, centred in the header, 14 pt; page 1 has an empty first-page header', async () => {
    const { parts } = await exportSample({ extras: {} });
    const first = sections(parts.document)[0] ?? '';
    expect(first).toContain('<w:titlePg/>');
    expect(first).toContain('<w:pgNumType w:start="1"/>');
    const rels = parts.xml('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"/>`).exec(first)?.[1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    };
    const numbered = parts.xml(`word/${target('default')}`);
    expect(numbered).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(numbered).toContain('<w:jc w:val="center"/>');
    expect(numbered).toContain('<w:sz w:val="28"/>');
    expect(parts.xml(`word/${target('first')}`)).not.toContain('PAGE');
  });
});

describe('appendix (ND30 PL I §III.1)', () => {
  it('starts a new section numbered from 1 with its heading', async () => {
    const { parts } = await exportSample();
    const all = sections(parts.document);
    expect(all).toHaveLength(2);
    expect(all[1]).toContain('<w:type w:val="nextPage"/>');
    expect(all[1]).toContain('<w:pgNumType w:start="1"/>');
    expect(all[1]).toContain('<w:titlePg/>');
    const heading = paragraphs(parts.document).find((paragraph) => textOf(paragraph) === 'Phụ lục') ?? '';
    const label = runs(heading)[0] ?? '';
    expect([sizeOf(label), isBold(label)]).toEqual([28, true]);
    expect(heading).toContain('<w:jc w:val="center"/>');
    // The heading follows the section break of the main document.
    const index = parts.document.indexOf(heading);
    expect(parts.document.lastIndexOf('</w:sectPr>', index)).toBeGreaterThan(parts.document.indexOf('Khổng Minh Thảo'));
    expect(isBold(runWith(parts.document, 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ'))).toBe(true);
    const attached = runWith(parts.document, '(Kèm theo Báo cáo số 12/BC-MTTQ-BTT');
    expect(isItalic(attached)).toBe(true);
    expect(textOf(attached)).toMatch(/\)$/);
  });
});

describe('signature grid (docs/nd30-rules.md §9.5)', () => {
  it('signs a pledge with the frame signer level with Nơi nhận when no parties are given', async () => {
    const doc = samplePledge();
    const parts = readDocx(await toDocx(doc, SAMPLE_PROFILE, () => undefined));
    const grid = tables(parts.document).find((xml) => xml.includes('Khổng Minh Thảo')) ?? '';
    const cells = grid.match(/<w:tc>.*?<\/w:tc>/gs) ?? [];
    expect(cells).toHaveLength(2);
    expect(textOf(cells[0] ?? '')).toMatch(/^Nơi nhận:/);
    expect(textOf(cells[1] ?? '')).toBe('TM. BAN THƯỜNG TRỰCCHỦ TỊCHKhổng Minh Thảo');
  });

  it('lays out seven parties in three columns with a gutter, rows unsplittable, Nơi nhận kept under the last row', async () => {
    const parties = Array.from({ length: 7 }, (_, index) => ({ authorityLine: `TM. BAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM PHƯỜNG ${String.fromCharCode(65 + index)}`, title: 'CHỦ TỊCH', name: `Người ký ${index + 1}` }));
    const parts = readDocx(await toDocx(samplePledge(), SAMPLE_PROFILE, () => undefined, { parties }));
    const grid = tables(parts.document).find((xml) => xml.includes('Người ký 1')) ?? '';
    expect(grid.match(/<w:gridCol /g)).toHaveLength(3);
    const rows = grid.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    const firstRow = (rows[0] ?? '').match(/<w:tc>.*?<\/w:tc>/gs) ?? [];
    expect(textOf(firstRow[2] ?? '')).toContain('PHƯỜNG A');
    expect(textOf(firstRow[0] ?? '')).toContain('PHƯỜNG B');
    // Neighbouring cells keep 2 × 3 mm between their lines.
    expect(firstRow[0]).toMatch(/<w:left w:type="dxa" w:w="170"\/>/);
    expect(firstRow[0]).toMatch(/<w:right w:type="dxa" w:w="170"\/>/);
    // Nơi nhận is the last row, on the left; the signatures above keep with it, the first rows do not.
    expect(textOf(rows[3] ?? '')).toMatch(/^Nơi nhận:/);
    expect(rows[3]).toContain('<w:gridSpan w:val="2"/>');
    expect(rows[2]).toContain('<w:keepNext/>');
    expect(rows[0]).not.toContain('<w:keepNext/>');
  });
});

describe('determinism', () => {
  it('gives the same bytes for the same input, with fixed package dates', async () => {
    const first = await exportSample();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await exportSample();
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const core = strFromU8(first.parts.files['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-31T09:30:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-31T09:30:00Z</dcterms:modified>');
    // Every local header carries the DOS date of 2024-01-31 09:30:00.
    const bytes = Buffer.from(first.bytes);
    const dosDate = ((2024 - 1980) << 9) | (1 << 5) | 31;
    const dosTime = (9 << 11) | (30 << 5);
    let headers = 0;
    for (let at = bytes.indexOf('PK\u0003\u0004', 0, 'latin1'); at >= 0; at = bytes.indexOf('PK\u0003\u0004', at + 4, 'latin1')) {
      expect([bytes.readUInt16LE(at + 10), bytes.readUInt16LE(at + 12)]).toEqual([dosTime, dosDate]);
      headers++;
    }
    expect(headers).toBe(Object.keys(first.parts.files).length);
  });

  it('changes when the document changes', async () => {
    const first = await exportSample();
    const other = await exportSample({ edit: (doc) => ({ ...doc, frame: { ...doc.frame, number: '13' } }) });
    expect(Buffer.from(other.bytes).equals(Buffer.from(first.bytes))).toBe(false);
  });
});

describe('hostile text', () => {
  it('keeps the package valid XML when the text holds control characters and markup', async () => {
    const { parts } = await exportSample({ body: [p('A\u0007 <b>&amp;</b> \u000BB'), table(['x\u0001'], [['<y>']])] });
    expect([...parts.document].filter((char) => char < ' ' && char !== '\n' && char !== '\t' && char !== '\r')).toEqual([]);
    expect(textOf(parts.document)).toContain('A <b>&amp;</b> B');
  });
});
