/**
 * Word files as a secretariat receives them: a real .docx written by python-docx (header table,
 * BÁO CÁO, numbered and bulleted lists, a table, a picture) imported with mammoth and, converted by
 * LibreOffice, as HTML; and a DOCX written by thuky's own toDocx read back paragraph for paragraph.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyText, type BodyNode } from '../src/shared/document/body';
import { toDocx } from '../src/main/export/docx/to-docx';
import { importFile } from '../src/main/import/document-import';
import { ImageShelf, SAMPLE_PROFILE, sampleReport } from './support/docx-samples';
import { makeServices } from './support/services';
import { makeTempDir } from './support/temp-dir';

const tmp = makeTempDir('thuky-word-');
const REPORT = path.join(tmp.dir, 'bao-cao.docx');
const hasPythonDocx = spawnSync('/usr/bin/python3', ['-c', 'import docx'], { encoding: 'utf8' }).status === 0;
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

beforeAll(() => {
  if (!hasPythonDocx) return;
  const made = spawnSync('/usr/bin/python3', [path.join(__dirname, 'fixtures/make-word-report.py'), REPORT, path.join(__dirname, 'fixtures/tiny.png')], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
});
afterAll(() => tmp.cleanup());

const types = (nodes: BodyNode[]) => nodes.map((node) => node.type);

function expectReportFrame(frame: Awaited<ReturnType<typeof importFile>>['frame']) {
  expect(frame).toMatchObject({
    parentBody: ['ỦY BAN MTTQ VIỆT NAM', 'QUẬN THANH XUÂN'],
    issuingBody: ['BAN THƯỜNG TRỰC'],
    number: '12',
    symbol: 'BC-MTTQ-BTT',
    place: 'Thanh Xuân',
    date: '2024-01-31',
    documentType: 'BÁO CÁO',
    summary: 'Kết quả Hội nghị phát động thi đua, ký kết chương trình phối hợp công tác năm 2024',
  });
}

describe.skipIf(!hasPythonDocx)('a Word report (.docx) through mammoth', () => {
  it('fills the frame from the header and keeps headings, lists, table and picture in the body', async () => {
    const { services, cleanup } = makeServices();
    try {
      const imported = await importFile(REPORT, { putImage: (mime, bytes) => services.images.put(mime, bytes) });
      expect(imported.kind).toBe('report');
      expect(imported.title).toBe('Báo cáo kết quả Hội nghị phát động thi đua, ký kết chương trình phối hợp công tác năm 2024');
      expectReportFrame(imported.frame);
      const content = imported.body.content;
      expect(types(content)).toEqual(['paragraph', 'heading', 'paragraph', 'orderedList', 'paragraph', 'bulletList', 'table', 'figure', 'paragraph', 'paragraph']);
      expect(bodyText(content[3] as BodyNode)).toBe('Phát động thi đua năm 2024\nKý kết chương trình phối hợp\nKý giao ước thi đua giữa các phường');
      expect(bodyText(content[5] as BodyNode)).toBe('Thường trực Quận ủy\nChủ tịch Ủy ban MTTQ Việt Nam 11 phường');
      expect(content[6]?.content?.map((row) => row.content?.map((cell) => bodyText(cell)))).toEqual([
        ['STT', 'Đơn vị', 'Nội dung ký kết'],
        ['1', 'Hội Liên hiệp Phụ nữ quận', 'Chương trình phối hợp'],
        ['2', 'Quận đoàn Thanh Xuân', 'Giao ước thi đua'],
      ]);
      const imageId = content[7]?.attrs?.imageId as string;
      expect(services.images.get(imageId).bytes.equals(fs.readFileSync(path.join(__dirname, 'fixtures/tiny.png')))).toBe(true);
      // Stored and read back like any document.
      const doc = services.documents.importDocument(imported);
      expect(services.documents.get(doc.id).frame.symbol).toBe('BC-MTTQ-BTT');
    } finally {
      cleanup();
    }
  });

  it('refuses a file that is not a .docx package, naming it', async () => {
    const fake = path.join(tmp.dir, 'cu.docx');
    fs.writeFileSync(fake, 'ÐÏ\u0011à old .doc');
    await expect(importFile(fake)).rejects.toMatchObject({ code: 'invalid_input', where: 'cu.docx' });
  });
});

describe.skipIf(!hasPythonDocx || !hasSoffice)('the same report converted to HTML by LibreOffice', () => {
  it('imports lists as lists and tables as tables, and the header into the frame', async () => {
    const out = path.join(tmp.dir, 'lo');
    const run = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(tmp.dir, 'lo-profile')}`, '--convert-to', 'html', REPORT, '--outdir', out], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(0);
    const stored = new Map<string, Buffer>();
    const imported = await importFile(path.join(out, 'bao-cao.html'), { putImage: (_mime, bytes) => (stored.set('x', bytes), { id: 'e'.repeat(64) }) });
    expectReportFrame(imported.frame);
    const content = imported.body.content;
    expect(types(content).filter((type) => type !== 'paragraph')).toEqual(['heading', 'orderedList', 'bulletList', 'table', 'figure']);
    const list = content.find((node) => node.type === 'orderedList') as BodyNode;
    expect(bodyText(list)).toBe('Phát động thi đua năm 2024\nKý kết chương trình phối hợp\nKý giao ước thi đua giữa các phường');
    // LibreOffice writes the picture as a file next to the page: read from that folder and stored.
    expect(content.some((node) => node.type === 'figure' && node.attrs?.imageId === 'e'.repeat(64))).toBe(true);
    expect(stored.get('x')?.equals(fs.readFileSync(path.join(__dirname, 'fixtures/tiny.png')))).toBe(true);
    expect(JSON.stringify(content)).not.toMatch(/orphans|font-family|Liberation/);
  });
});

/** Text blocks of a body in reading order: paragraphs, headings, list items, cells, captions. */
function textBlocks(nodes: BodyNode[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'figure') {
      const text = bodyText(node).trim();
      return text ? [text] : [];
    }
    return textBlocks(node.content ?? []);
  });
}

describe('DOCX round trip: a DOCX exported by toDocx imports with every paragraph', () => {
  it('keeps every body paragraph in order and reads the frame back', async () => {
    const shelf = new ImageShelf();
    const { document } = sampleReport(shelf);
    const file = path.join(tmp.dir, 'round-trip.docx');
    fs.writeFileSync(file, await toDocx(document, SAMPLE_PROFILE, shelf.resolve));
    const { services, cleanup } = makeServices();
    try {
      const imported = await importFile(file, { putImage: (mime, bytes) => services.images.put(mime, bytes) });
      // A report without Kính gửi reads back with an empty addressee list (the field is optional when stored).
      expect(imported.frame).toEqual({ addressees: [], ...document.frame, issuingBody: ['BAN THƯỜNG TRỰC'] });
      // toDocx prints Mục headings in capitals (a print form), so compare letters case-blind.
      const upper = (blocks: string[]) => blocks.map((block) => block.toLocaleUpperCase('vi'));
      const original = upper(textBlocks(document.body.content));
      const back = upper(textBlocks(imported.body.content));
      let cursor = 0;
      for (const block of original) {
        const found = back.indexOf(block, cursor);
        expect(found, `paragraph missing after import: ${block}`).toBeGreaterThanOrEqual(cursor);
        cursor = found + 1;
      }
      // Nothing of the frame is left in the body, and the end mark "./." is not doubled.
      expect(back.length).toBe(original.length);
      expect(bodyText(imported.body)).not.toMatch(/Nơi nhận|\.\/\.|CỘNG HÒA|Số: 12/);
      expect(imported.body.content.some((node) => node.type === 'figure')).toBe(true);
      // Word heading styles carry every heading level back, Điểm "a)" included.
      const headings = (content: typeof document.body.content) =>
        content.filter((node) => node.type === 'heading').map((node) => [node.attrs?.level, bodyText(node).toLocaleUpperCase('vi')]);
      expect(headings(imported.body.content)).toEqual(headings(document.body.content));
      expect(headings(imported.body.content)).toHaveLength(6);
      expect(imported.body.content.filter((node) => node.type === 'table').length).toBeGreaterThanOrEqual(1);
    } finally {
      cleanup();
    }
  });
});
