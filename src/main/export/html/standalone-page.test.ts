import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import type { BodyNode } from '../../../shared/document/body';
import { PortalHtmlOptions } from '../../../shared/export/portal-html-options';
import type { ResolveImage } from './portal-images';
import { imageFolderFor, tabTitle, toStandalonePage } from './standalone-page';
import type { PortalDocument } from './to-portal-html';
import { writePageFiles } from './write-standalone-page';
import { portalImageFiles } from './portal-images';

const PNG = fs.readFileSync(path.resolve(__dirname, '../../../../tests/fixtures/tiny.png'));
const IMAGE = 'd'.repeat(64);
const resolve: ResolveImage = (id) => (id === IMAGE ? { mime: 'image/png', bytes: PNG } : null);
const t = (text: string): BodyNode => ({ type: 'text', text });
const p = (text: string): BodyNode => ({ type: 'paragraph', content: [t(text)] });

/** One of every construct the model has. */
const EVERYTHING: PortalDocument = {
  title: 'Hội nghị phát động thi đua năm 2024',
  portal: { author: 'Quốc Định', publishedAt: '2024-01-31T16:20' },
  body: {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Sáng 30/01/2024, ', marks: [{ type: 'bold' }] }, t('Ủy ban MTTQ '), { type: 'text', text: 'cổng', marks: [{ type: 'link', attrs: { href: 'https://mttqhanoi.org.vn/' } }] }] },
      { type: 'heading', attrs: { level: 2 }, content: [t('I. KẾT QUẢ')] },
      { type: 'heading', attrs: { level: 3 }, content: [t('1. Thành phần')] },
      { type: 'heading', attrs: { level: 4 }, content: [t('a) Điểm')] },
      { type: 'paragraph', attrs: { textAlign: 'justify' }, content: [t('dòng một'), { type: 'hardBreak' }, { type: 'text', text: 'dòng hai', marks: [{ type: 'italic' }, { type: 'underline' }] }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p('gạch đầu dòng')] }] },
      { type: 'orderedList', attrs: { start: 2 }, content: [{ type: 'listItem', content: [p('hai'), { type: 'orderedList', attrs: { start: 1, type: 'a' }, content: [{ type: 'listItem', content: [p('a')] }] }] }] },
      { type: 'blockquote', content: [p('trích dẫn')] },
      { type: 'figure', attrs: { imageId: IMAGE, alt: 'Quang cảnh', widthPx: 10, heightPx: 5 }, content: [t('Quang cảnh Hội nghị. Ảnh: T.Phương')] },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [{ type: 'tableHeader', content: [p('STT')] }, { type: 'tableHeader', content: [p('Đơn vị')] }] },
          { type: 'tableRow', content: [{ type: 'tableCell', content: [p('1')] }, { type: 'tableCell', attrs: { rowspan: 1, colspan: 1 }, content: [p('Hội LHPN')] }] },
        ],
      },
      { type: 'horizontalRule' },
    ],
  },
};

const validator = new HtmlValidate(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../.htmlvalidate.json'), 'utf8')));
async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
}

const tmp = makeTempDir('thuky-page-');
afterAll(() => tmp.cleanup());

describe('toStandalonePage', () => {
  it.each([
    ['embedded images, figures', PortalHtmlOptions.parse({})],
    ['image files, caption tables', PortalHtmlOptions.parse({ images: 'files', captions: 'table' })],
    ['body only', PortalHtmlOptions.parse({ title: 'omit', dateLine: false, byline: false })],
  ])('passes html-validate with every construct (%s)', async (_name, options) => {
    const html = toStandalonePage(EVERYTHING, options, resolve, { imageFolder: 'tin_files/' });
    expect(await problems(html)).toEqual([]);
  });

  it('is a complete HTML5 page in Vietnamese and UTF-8', () => {
    const html = toStandalonePage(EVERYTHING, PortalHtmlOptions.parse({}), resolve, { imageFolder: 'tin_files/' });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">/);
    expect(html).toContain('<title>Hội nghị phát động thi đua năm 2024</title>');
    expect(html).toContain('<article>\n<h1>Hội nghị phát động thi đua năm 2024</h1>');
  });

  it('escapes the title in <title>', () => {
    const html = toStandalonePage({ ...EVERYTHING, title: '</title><script>alert(1)</script>' }, PortalHtmlOptions.parse({}), resolve, { imageFolder: 'x_files/' });
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).not.toContain('<script');
  });

  it('names the image folder after the page, in ASCII', () => {
    expect(imageFolderFor('Báo cáo Hội nghị 2024.html')).toBe('Bao-cao-Hoi-nghi-2024_files/');
    expect(imageFolderFor('Đoàn.htm')).toBe('Doan_files/');
    expect(imageFolderFor('….html')).toBe('trang_files/');
  });

  it('cuts a long tab title at a word', () => {
    expect(tabTitle('a'.repeat(10))).toBe('a'.repeat(10));
    const cut = tabTitle('Ủy ban MTTQ Việt Nam quận Thanh Xuân tổ chức Hội nghị lần thứ Sáu Khóa V, nhiệm kỳ 2019-2024');
    expect(cut.length).toBeLessThanOrEqual(70);
    expect(cut).toBe('Ủy ban MTTQ Việt Nam quận Thanh Xuân tổ chức Hội nghị lần thứ Sáu…');
  });
});

/** The page the export service makes for a file of this name. */
function pageFor(file: string, images: 'files' | 'embed') {
  const options = PortalHtmlOptions.parse({ images });
  const imageFolder = imageFolderFor(path.basename(file));
  const imageFiles = images === 'files' ? portalImageFiles(EVERYTHING.body, resolve).map(({ name, image }) => ({ name, bytes: image.bytes })) : [];
  return { html: toStandalonePage(EVERYTHING, options, resolve, { imageFolder }), imageFiles, imageFolder };
}

describe('writePageFiles', () => {
  it('writes the page and its pictures in <name>_files/ when images are files', () => {
    const file = path.join(tmp.dir, 'tin bài.html');
    const written = writePageFiles(file, pageFor(file, 'files'));
    expect(written.images).toEqual([path.join(tmp.dir, 'tin-bai_files', 'anh-01.png')]);
    expect(fs.readFileSync(written.images[0] as string).equals(PNG)).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toContain('<img src="tin-bai_files/anh-01.png" alt="Quang cảnh" width="10" height="5">');
    expect(fs.readdirSync(tmp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('embeds the pictures and writes no folder when asked to', () => {
    const file = path.join(tmp.dir, 'nhung.html');
    const written = writePageFiles(file, pageFor(file, 'embed'));
    expect(written.images).toEqual([]);
    expect(fs.existsSync(path.join(tmp.dir, 'nhung_files'))).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toContain(`src="data:image/png;base64,${PNG.toString('base64')}"`);
  });

  it('reports a folder it cannot write to as an io error naming the file', () => {
    expect(() => writePageFiles(path.join(tmp.dir, 'khong-co', 'x.html'), pageFor('x.html', 'embed'))).toThrow(
      expect.objectContaining({ code: 'io' }),
    );
  });
});
