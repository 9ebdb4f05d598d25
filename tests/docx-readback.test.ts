/**
 * Exported samples read back by the real readers: LibreOffice converts them to PDF (page size, page
 * numbers from page 2, landscape pages), pandoc and python-docx find every paragraph of the model in
 * order, python-docx reports the exact page size and margins. Skips, saying why, when a reader is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyNode } from '../src/shared/document/body';
import type { Document } from '../src/shared/document/document';
import { toDocx, type AppendixInput, type DocxExtras } from '../src/main/export/docx/to-docx';
import { ImageShelf, p, SAMPLE_PROFILE, samplePledge, sampleReport, table } from './support/docx-samples';
import { convertToPdf, hasCommand, hasPythonDocx, inOrder, pandocPlain, pdfPages, pdfPageText, readWithPythonDocx, renderPage } from './support/docx-readers';
import { makeTempDir } from './support/temp-dir';

const haveSoffice = hasCommand('soffice') && hasCommand('pdfinfo');
const havePandoc = hasCommand('pandoc');
const havePythonDocx = hasPythonDocx();
if (!haveSoffice) console.log('docx-readback: LibreOffice (soffice) or poppler-utils not installed: PDF checks skipped');
if (!havePandoc) console.log('docx-readback: pandoc not installed: pandoc checks skipped');
if (!havePythonDocx) console.log('docx-readback: /usr/bin/python3 with python-docx not installed: python-docx checks skipped');

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The printed text of each paragraph of the model, in order (table cells are checked apart). */
function modelParagraphs(document: Document, extras: DocxExtras = {}): string[] {
  const appendices: readonly AppendixInput[] = extras.appendices ?? [];
  const out: string[] = [];
  const inline = (node: BodyNode) => (node.content ?? []).map((child) => (child.type === 'hardBreak' ? ' ' : (child.text ?? ''))).join('');
  const walk = (node: BodyNode) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'figure') {
      let text = squash(inline(node));
      if (node.type === 'heading' && node.attrs?.['level'] === 2) text = text.toLocaleUpperCase('vi');
      // The end mark may turn a final "." into "./.": compare without the final full stop.
      if (text) out.push(text.replace(/\.$/, ''));
      return;
    }
    if (node.type === 'table') return;
    for (const child of node.content ?? []) walk(child);
  };
  const { frame } = document;
  if (document.kind !== 'article') out.push('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', frame.documentType);
  for (const node of document.body.content) walk(node);
  // With several parties the grid's reading order is not the parties' order: checked apart.
  if (document.kind !== 'article' && !extras.parties) out.push(frame.signer.name);
  for (const appendix of appendices) out.push(appendix.label, appendix.title.toLocaleUpperCase('vi'));
  return out.filter(Boolean);
}

interface Sample {
  name: string;
  document: Document;
  extras: DocxExtras;
  file: string;
}

let tmp: ReturnType<typeof makeTempDir>;
const samples: Sample[] = [];

beforeAll(async () => {
  tmp = makeTempDir('thuky-docx-read-');
  const shelf = new ImageShelf();
  const report = sampleReport(shelf);
  const wide = {
    ...report.document,
    body: {
      type: 'doc' as const,
      content: [
        p('Danh sách các đơn vị ký kết như sau:'),
        // Too wide for portrait without breaking the address or the phone number.
        table(['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị', 'Điện thoại', 'Thư điện tử', 'Ghi chú'], [['1', 'Nguyễn Văn An', '1970', 'Chủ tịch', 'Hội Cựu chiến binh quận', '0243 555 010', 'nguyenvanan.mttq@hanoi.gov.vn', '']]),
        p('Các bên thống nhất thực hiện.'),
      ],
    },
  };
  const article: Document = { ...report.document, kind: 'article', portal: { author: 'Quốc Định', publishedAt: null } };
  const parties = ['A', 'B', 'C', 'D'].map((ward, index) => ({ authorityLine: `TM. BAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM PHƯỜNG ${ward}`, title: 'CHỦ TỊCH', name: ['Nguyễn Văn A', 'Trần Thị B', 'Phạm Thị C', 'Lê Văn D'][index] ?? '' }));
  const list: Array<Omit<Sample, 'file'>> = [
    { name: 'report', document: report.document, extras: { appendices: report.appendices } },
    { name: 'wide-table', document: wide, extras: {} },
    { name: 'pledge', document: samplePledge(), extras: { parties } },
    { name: 'article', document: article, extras: {} },
  ];
  for (const sample of list) {
    const file = path.join(tmp.dir, `${sample.name}.docx`);
    fs.writeFileSync(file, await toDocx(sample.document, SAMPLE_PROFILE, shelf.resolve, sample.extras));
    samples.push({ ...sample, file });
  }
});
afterAll(() => tmp?.cleanup());

describe.skipIf(!haveSoffice)('LibreOffice reading', () => {
  const pdfs = new Map<string, string>();
  const pdfOf = (name: string) => {
    const sample = samples.find((item) => item.name === name);
    if (!sample) throw new Error(name);
    let pdf = pdfs.get(name);
    if (!pdf) {
      const dir = path.join(tmp.dir, `pdf-${name}`);
      fs.mkdirSync(dir);
      pdf = convertToPdf(sample.file, dir);
      pdfs.set(name, pdf);
    }
    return pdf;
  };

  // Four LibreOffice start-ups in a row: minutes on a loaded CI machine.
  it('converts every sample to PDF', () => {
    for (const sample of samples) expect(pdfPages(pdfOf(sample.name)).length).toBeGreaterThan(0);
  }, 300_000);

  it('prints the report on A4 with no number on page 1, then 2, 3…; the appendix numbered from 1', () => {
    const pdf = pdfOf('report');
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const page of pages) expect([page.widthPt, page.heightPt]).toEqual([595.304, 841.89].map((value) => expect.closeTo(value, 0)));
    const firstLine = (page: number) => pdfPageText(pdf, page).split('\n').map((line) => line.trim()).find(Boolean) ?? '';
    expect(firstLine(1)).toMatch(/^ỦY BAN MTTQ VIỆT NAM\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(firstLine(2)).toBe('2');
    // The appendix starts on a page of its own, unnumbered, and its next page is "2" again.
    const appendixPage = pages.findIndex((_, index) => pdfPageText(pdf, index + 1).includes('DANH SÁCH ĐẠI BIỂU')) + 1;
    expect(appendixPage).toBeGreaterThan(2);
    expect(firstLine(appendixPage)).toBe('Phụ lục');
    expect(firstLine(appendixPage + 1)).toBe('2');
    expect(pdfPageText(pdf, appendixPage - 1)).toContain('Khổng Minh Thảo');
  });

  it('puts Số and the date on one printed line', () => {
    const text = pdfPageText(pdfOf('report'), 1);
    expect(text).toMatch(/Số: 12\/BC-MTTQ-BTT\s+Thanh Xuân, ngày 31 tháng 01 năm 2024/);
  });

  it('turns the page for a wide table and back, numbering on', () => {
    const pdf = pdfOf('wide-table');
    const pages = pdfPages(pdf);
    expect(pages.map((page) => (page.widthPt > page.heightPt ? 'landscape' : 'portrait'))).toEqual(['portrait', 'landscape', 'portrait']);
    expect(pdfPageText(pdf, 2)).toContain('Thư điện tử');
    expect(pdfPageText(pdf, 2).trim().split('\n')[0]?.trim()).toBe('2');
    expect(pdfPageText(pdf, 3).trim().split('\n')[0]?.trim()).toBe('3');
  });

  it('renders page 1 and the last page to PNG', () => {
    const pdf = pdfOf('report');
    const last = pdfPages(pdf).length;
    for (const page of [1, last]) {
      const png = renderPage(pdf, page, path.join(tmp.dir, `page-${page}`), 40);
      expect(fs.statSync(png).size).toBeGreaterThan(2000);
    }
  });
});

describe.skipIf(!havePandoc)('pandoc reading', () => {
  it('finds every model paragraph in order', () => {
    for (const sample of samples) {
      const text = squash(pandocPlain(sample.file));
      const expected = modelParagraphs(sample.document, sample.extras);
      expect(expected.length).toBeGreaterThan(3);
      expect([sample.name, inOrder(text, expected)]).toEqual([sample.name, { ok: true }]);
      for (const party of sample.extras.parties ?? []) expect(text).toContain(party.name);
    }
  });
});

describe.skipIf(!havePythonDocx)('python-docx reading', () => {
  it('reports the exact A4 size and profile margins for every section', () => {
    for (const sample of samples) {
      const reading = readWithPythonDocx(sample.file);
      for (const section of reading.sections) {
        const [width, height] = section.orientation === 1 ? [16838, 11906] : [11906, 16838];
        expect({ w: section.widthTwips, h: section.heightTwips, t: section.top, b: section.bottom, l: section.left, r: section.right }).toEqual({ w: width, h: height, t: 1134, b: 1134, l: 1701, r: 850 });
      }
      expect(reading.sections[0]?.titlePage).toBe(true);
    }
  });

  it('finds every model paragraph in order, and the table cells', () => {
    for (const sample of samples) {
      const reading = readWithPythonDocx(sample.file);
      const cells = reading.tables.flatMap((rows) => rows.flat()).join('\n');
      const text = squash([...reading.paragraphs, cells].join('\n'));
      const body = modelParagraphs(sample.document, sample.extras).filter((line) => !line.startsWith('CỘNG HÒA') && !line.startsWith('Độc lập') && line !== sample.document.frame.signer.name);
      expect([sample.name, inOrder(squash(reading.paragraphs.join('\n')), body)]).toEqual([sample.name, { ok: true }]);
      if (sample.document.kind !== 'article') expect(text).toContain('Số: ');
    }
    const report = readWithPythonDocx(samples[0]?.file ?? '');
    const header = report.tables[0] ?? [];
    expect(header[1]).toEqual(['Số: 12/BC-MTTQ-BTT', 'Thanh Xuân, ngày 31 tháng 01 năm 2024']);
    const attendees = report.tables.find((rows) => rows[0]?.[1] === 'Họ và tên') ?? [];
    expect(attendees).toHaveLength(25);
    expect(attendees[24]?.[0]).toBe('24');
  });
});
