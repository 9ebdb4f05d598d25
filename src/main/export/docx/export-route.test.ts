/** The export routes through dispatch, with a real store: images come from the store via the resolver. */
import { describe, expect, it } from 'vitest';
import { WRITING_KINDS } from '../../../shared/check/check-document';
import { problemLines } from '../../../shared/check/problem-lines';
import { useRouteHarness } from '../../../../tests/support/route-caller';
import { readDocx, tables, textOf } from '../../../../tests/support/docx-xml';
import { makePng } from '../../../../tests/support/png-image';
import type { Document } from '../../../shared/document/document';
import { contract } from '../../../shared/ipc/contract';
import type { Finding } from '../../../shared/check/finding';
import { textBlocks } from '../../../shared/check/body-blocks';

const routes = useRouteHarness();
const call = routes.call;

describe('export routes', () => {
  it('exports a new report as DOCX and lists what the official document still lacks', async () => {
    const doc = await call<Document>('documents.create', { templateId: 'bao-cao-ket-qua-hoi-nghi' });
    const out = await call<{ fileName: string; dataBase64: string; problems: string[] }>('export.docx', { id: doc.id });
    expect(contract['export.docx'].output.safeParse(out).success).toBe(true);
    expect(out.fileName).toMatch(/\.docx$/);
    const parts = readDocx(new Uint8Array(Buffer.from(out.dataBase64, 'base64')));
    expect(textOf(parts.document)).toContain('I. KẾT QUẢ TỔ CHỨC HỘI NGHỊ');
    expect(out.problems).toContain('Chưa có số văn bản (Số): văn thư sẽ phải điền tay');
    expect(out.problems).toContain('Chưa có ngày ban hành: văn thư sẽ phải ghi tay ngày ký');

    const check = await call<{ findings: Finding[] }>('export.check', { id: doc.id });
    expect(check.findings.map((finding) => finding.field)).toEqual(expect.arrayContaining(['number', 'date']));
    // the export warns about what is missing, a repeated line once with its count; writing advice stays in the panel
    expect(problemLines(check.findings.filter((finding) => !WRITING_KINDS.has(finding.kind)).map((finding) => finding.message))).toEqual(out.problems);
    expect(new Set(out.problems).size).toBe(out.problems.length);
    expect(out.problems.some((line) => /\(\d+ chỗ\)$/u.test(line))).toBe(true);
  });

  it('reports every "…" leftover of an untouched template, at its place', async () => {
    const templates = await call<Array<{ id: string; kind: string }>>('templates.list', {});
    let checked = 0;
    for (const template of templates) {
      const doc = await call<Document>('documents.create', { templateId: template.id });
      const { findings } = await call<{ findings: Finding[] }>('export.check', { id: doc.id });
      const inBody = findings.filter((finding) => finding.kind === 'leftover' && !finding.field);
      const typed = textBlocks(doc.body).reduce((count, block) => count + (block.text.match(/\[[^\]\n]{0,80}\]|…+|\.{3,}/gu)?.length ?? 0), 0);
      const ellipses = JSON.stringify(doc.body).split('…').length - 1;
      expect(inBody.length, template.id).toBe(typed);
      expect(inBody.length, template.id).toBeGreaterThanOrEqual(ellipses > 0 ? 1 : 0);
      for (const finding of inBody) expect(finding.text).toMatch(/…|\.{3}|\[/u);
      if (ellipses > 0) checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('warns at export of a picture Word cannot print (a WebP that came in from a web page)', async () => {
    const doc = await call<Document>('documents.create', { templateId: 'bao-cao-ket-qua-hoi-nghi' });
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8L'), Buffer.from([13, 0, 0, 0, 0x2f, 0, 0, 0, 0, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0])]);
    const { id: imageId } = await call<{ id: string }>('images.put', { mime: 'image/webp', dataBase64: webp.toString('base64') });
    const body = { type: 'doc', content: [{ type: 'figure', attrs: { imageId, alt: '' }, content: [{ type: 'text', text: 'Biểu trưng' }] }] };
    await call('documents.save', { id: doc.id, content: { title: doc.title, frame: doc.frame, body, portal: doc.portal } });
    const out = await call<{ dataBase64: string; problems: string[] }>('export.docx', { id: doc.id });
    expect(out.problems).toContain('Ảnh 1 («Biểu trưng») dạng WebP: Word không in được loại ảnh này, hãy chèn lại ảnh JPEG hoặc PNG');
    expect(textOf(readDocx(new Uint8Array(Buffer.from(out.dataBase64, 'base64'))).document)).toContain('[Ảnh định dạng image/webp không đưa được vào Word]Biểu trưng');
  });

  it('embeds an image from the store', async () => {
    const doc = await call<Document>('documents.create', { templateId: 'bao-cao-ket-qua-hoi-nghi' });
    const { id: imageId } = await call<{ id: string }>('images.put', { mime: 'image/png', dataBase64: makePng(400, 200).toString('base64') });
    const body = { type: 'doc', content: [{ type: 'figure', attrs: { imageId, alt: 'Hội nghị' }, content: [{ type: 'text', text: 'Quang cảnh Hội nghị' }] }] };
    await call('documents.save', { id: doc.id, content: { title: doc.title, frame: doc.frame, body, portal: doc.portal } });
    const out = await call<{ dataBase64: string }>('export.docx', { id: doc.id });
    const parts = readDocx(new Uint8Array(Buffer.from(out.dataBase64, 'base64')));
    expect(Object.keys(parts.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    expect(parts.document).toContain(`<wp:extent cx="${400 * 9525}" cy="${200 * 9525}"/>`);
  });

  it('signs a pledge without parties in the store with the frame signer, level with Nơi nhận', async () => {
    const doc = await call<Document>('documents.create', { templateId: 'giao-uoc-thi-dua' });
    const out = await call<{ dataBase64: string }>('export.docx', { id: doc.id });
    const parts = readDocx(new Uint8Array(Buffer.from(out.dataBase64, 'base64')));
    expect(doc.kind).toBe('pledge');
    // One signer: the closing of every kind, Nơi nhận on the left of the same row.
    const grid = tables(parts.document).find((xml) => xml.includes('TM. BAN THƯỜNG TRỰC')) ?? '';
    const cells = grid.match(/<w:tc>.*?<\/w:tc>/gs) ?? [];
    expect(textOf(cells[0] ?? 'x')).toMatch(/^Nơi nhận:/);
    expect(textOf(cells[1] ?? '')).toContain('TM. BAN THƯỜNG TRỰC');
  });

  it('refuses an unknown document with a Vietnamese not_found error', async () => {
    const result = await routes.raw('export.docx', { id: '01900000-0000-7000-8000-0000000000ff' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not_found');
  });
});
