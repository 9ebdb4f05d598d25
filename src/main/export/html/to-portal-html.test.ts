import { describe, expect, it } from 'vitest';
import { allowlistViolations } from '../../../../tests/support/portal-allowlist-check';
import type { BodyNode } from '../../../shared/document/body';
import { PortalHtmlOptions, formatPortalDateTime, parsePortalDateTime } from '../../../shared/export/portal-html-options';
import type { ResolveImage } from './portal-images';
import { portalImageFiles } from './portal-images';
import { sanitizePortalHtml } from './sanitize-allowlist';
import { toPortalHtml, type PortalDocument } from './to-portal-html';
import { toPortalText } from './to-portal-text';

const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const IMAGE_A = 'a'.repeat(64);
const IMAGE_B = 'b'.repeat(64);
const resolve: ResolveImage = (id) => (id === IMAGE_A ? { mime: 'image/png', bytes: PNG_BYTES } : id === IMAGE_B ? { mime: 'image/jpeg', bytes: Uint8Array.from([0xff, 0xd8, 0xff]) } : null);

const text = (value: string, marks?: BodyNode['marks']): BodyNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const p = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });

function doc(content: BodyNode[], portal: PortalDocument['portal'] = { author: '', publishedAt: null }): PortalDocument {
  return { title: 'Tin bài thử', body: { type: 'doc', content }, portal };
}

const FRAGMENT = PortalHtmlOptions.parse({ title: 'omit', dateLine: false, byline: false });
const body = (content: BodyNode[], options = FRAGMENT) => toPortalHtml(doc(content), options, resolve);

describe('toPortalHtml: one construct at a time', () => {
  it.each<[string, BodyNode[], string]>([
    ['paragraph', [p(text('Đoạn'))], '<p>Đoạn</p>'],
    ['aligned paragraph', [{ type: 'paragraph', attrs: { textAlign: 'center' }, content: [text('Giữa')] }], '<p style="text-align:center">Giữa</p>'],
    ['left alignment is the default', [{ type: 'paragraph', attrs: { textAlign: 'left' }, content: [text('Trái')] }], '<p>Trái</p>'],
    ['empty paragraph left out', [p(), p(text('a'))], '<p>a</p>'],
    ['bold, italic, underline', [p(text('đ', [{ type: 'bold' }]), text('n', [{ type: 'italic' }]), text('g', [{ type: 'underline' }]))], '<p><strong>đ</strong><em>n</em><u>g</u></p>'],
    ['marks nest link outermost', [p(text('x', [{ type: 'italic' }, { type: 'link', attrs: { href: 'https://a.vn/' } }, { type: 'bold' }]))], '<p><a href="https://a.vn/"><strong><em>x</em></strong></a></p>'],
    ['mailto link', [p(text('thư', [{ type: 'link', attrs: { href: 'mailto:a@b.vn' } }]))], '<p><a href="mailto:a@b.vn">thư</a></p>'],
    ['hard break', [p(text('a'), { type: 'hardBreak' }, text('b'))], '<p>a<br>b</p>'],
    ['headings ranked from h2', [{ type: 'heading', attrs: { level: 2 }, content: [text('I. MỤC')] }, { type: 'heading', attrs: { level: 4 }, content: [text('a) Điểm')] }], '<h2>I. MỤC</h2>\n<h3>a) Điểm</h3>'],
    ['bullet list', [{ type: 'bulletList', content: [{ type: 'listItem', content: [p(text('một'))] }, { type: 'listItem', content: [p(text('hai'))] }] }], '<ul><li>một</li><li>hai</li></ul>'],
    ['ordered list with start and type', [{ type: 'orderedList', attrs: { start: 3, type: 'a' }, content: [{ type: 'listItem', content: [p(text('c'))] }] }], '<ol start="3" type="a"><li>c</li></ol>'],
    ['nested list', [{ type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [p(text('một')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('con'))] }] }] }] }], '<ol><li>một<ul><li>con</li></ul></li></ol>'],
    ['list item of two paragraphs', [{ type: 'bulletList', content: [{ type: 'listItem', content: [p(text('a')), p(text('b'))] }] }], '<ul><li><p>a</p><p>b</p></li></ul>'],
    ['blockquote', [{ type: 'blockquote', content: [p(text('trích'))] }], '<blockquote><p>trích</p></blockquote>'],
    ['horizontal rule', [{ type: 'horizontalRule' }], '<hr>'],
    [
      'table with header row and spans',
      [
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 1, rowspan: 1 }, content: [p(text('STT'))] }, { type: 'tableHeader', attrs: { colspan: 2, rowspan: 1 }, content: [p(text('Đơn vị'))] }] },
            { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 2 }, content: [{ type: 'paragraph', attrs: { textAlign: 'center' }, content: [text('1')] }] }, { type: 'tableCell', content: [p(text('a'))] }, { type: 'tableCell', content: [p(text('b'))] }] },
          ],
        },
      ],
      '<table><thead><tr><th>STT</th><th colspan="2">Đơn vị</th></tr></thead><tbody><tr><td rowspan="2" style="text-align:center">1</td><td>a</td><td>b</td></tr></tbody></table>',
    ],
    ['figure embedded', [{ type: 'figure', attrs: { imageId: IMAGE_A, alt: 'Quang cảnh', widthPx: 800, heightPx: 600 }, content: [text('Quang cảnh Hội nghị. Ảnh: T.P')] }], `<figure><img src="data:image/png;base64,${Buffer.from(PNG_BYTES).toString('base64')}" alt="Quang cảnh" width="800" height="600"><figcaption>Quang cảnh Hội nghị. Ảnh: T.P</figcaption></figure>`],
    ['figure alt falls back to the caption', [{ type: 'figure', attrs: { imageId: IMAGE_B, alt: '' }, content: [text('Chú thích')] }], '<figure><img src="data:image/jpeg;base64,/9j/" alt="Chú thích"><figcaption>Chú thích</figcaption></figure>'],
    ['missing image is a visible note', [{ type: 'figure', attrs: { imageId: 'c'.repeat(64) }, content: [text('Ảnh hội nghị')] }], '<p><em>[Thiếu ảnh: Ảnh hội nghị]</em></p>'],
  ])('%s', (_name, content, expected) => {
    const html = body(content);
    expect(html).toBe(expected);
    expect(allowlistViolations(html)).toEqual([]);
    expect(sanitizePortalHtml(html)).toBe(html);
  });
});

describe('toPortalHtml: options', () => {
  const article = doc([p(text('Sáng ngày 31/01/2024, …')), { type: 'figure', attrs: { imageId: IMAGE_A, alt: 'a' }, content: [text('Quang cảnh')] }, { type: 'figure', attrs: { imageId: IMAGE_B, alt: 'b' } }, { type: 'figure', attrs: { imageId: IMAGE_A, alt: 'a' } }], {
    author: 'Quốc Định',
    publishedAt: '2024-01-31T16:20',
  });

  it('writes title, date-time line and byline as in the portal skeleton (docs/nd30-rules.md §14)', () => {
    const html = toPortalHtml(article, PortalHtmlOptions.parse({ images: 'files' }), resolve);
    const lines = html.split('\n');
    expect(lines[0]).toBe('<h1>Tin bài thử</h1>');
    expect(lines[1]).toBe('<p><em>31/01/2024 - 04:20 PM</em></p>');
    expect(lines[lines.length - 1]).toBe('<p style="text-align:right"><strong>Quốc Định</strong></p>');
  });

  it('leaves out the title, date and byline on request', () => {
    const html = toPortalHtml(article, PortalHtmlOptions.parse({ title: 'omit', dateLine: false, byline: false, images: 'files' }), resolve);
    expect(html).not.toContain('<h1>');
    expect(html).not.toContain('PM');
    expect(html).not.toContain('Quốc Định');
  });

  it('names image files anh-01, anh-02 in order of first use, with their type', () => {
    const html = toPortalHtml(article, PortalHtmlOptions.parse({ images: 'files' }), resolve, { imageFolder: 'tin_files/' });
    expect([...html.matchAll(/src="([^"]+)"/g)].map((match) => match[1])).toEqual(['tin_files/anh-01.png', 'tin_files/anh-02.jpg', 'tin_files/anh-01.png']);
    expect(portalImageFiles(article.body, resolve).map((file) => file.name)).toEqual(['anh-01.png', 'anh-02.jpg']);
  });

  it('offers the caption-as-table fallback for editors that strip <figure>', () => {
    const html = toPortalHtml(article, PortalHtmlOptions.parse({ images: 'files', captions: 'table' }), resolve);
    expect(html).toContain('<table><tbody><tr><td><img src="anh-01.png" alt="a"></td></tr><tr><td><em>Quang cảnh</em></td></tr></tbody></table>');
    expect(html).not.toContain('<figure>');
  });

  it('refuses hostile attribute values that a hand-made JSON file could carry', () => {
    const html = body([
      p(text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), text('y', [{ type: 'link', attrs: { href: 'https://a.vn/" onclick="alert(1)' } }])),
      { type: 'paragraph', attrs: { textAlign: 'center;background:url(javascript:alert(1))' }, content: [text('<script>alert(1)</script>')] },
      { type: 'figure', attrs: { imageId: IMAGE_A, alt: '"><script>alert(1)</script>', widthPx: '1" onerror="alert(1)' as unknown as number } },
      { type: 'orderedList', attrs: { start: 2, type: 'disc" onclick="x' }, content: [{ type: 'listItem', content: [p(text('z'))] }] },
    ]);
    expect(allowlistViolations(html)).toEqual([]);
    expect(html).not.toMatch(/<script|onclick=|onerror=|href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('toPortalText: the text/plain flavour', () => {
  it('separates blocks by blank lines and keeps list markers and table cells', () => {
    const text_ = toPortalText(
      doc(
        [
          p(text('Đoạn một')),
          { type: 'orderedList', attrs: { start: 2 }, content: [{ type: 'listItem', content: [p(text('hai'))] }, { type: 'listItem', content: [p(text('ba')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('con'))] }] }] }] },
          { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(text('1'))] }, { type: 'tableCell', content: [p(text('Phường A'))] }] }] },
          { type: 'figure', attrs: { imageId: IMAGE_A }, content: [text('Chú thích')] },
          p(text('dòng'), { type: 'hardBreak' }, text('mới')),
        ],
        { author: 'Đức Minh', publishedAt: '2024-07-14T16:01' },
      ),
      PortalHtmlOptions.parse({}),
    );
    expect(text_).toBe('Tin bài thử\n\n14/07/2024 - 04:01 PM\n\nĐoạn một\n\n2. hai\n3. ba\n  - con\n\n1\tPhường A\n\nChú thích\n\ndòng\nmới\n\nĐức Minh\n');
  });
});

describe('portal date-time line', () => {
  it.each([
    ['2024-01-31T16:20', '31/01/2024 - 04:20 PM'],
    ['2019-05-16T08:44', '16/05/2019 - 08:44 AM'],
    ['2023-01-13T00:05', '13/01/2023 - 12:05 AM'],
    ['2023-01-13T12:00', '13/01/2023 - 12:00 PM'],
  ])('%s ↔ %s', (iso, line) => {
    expect(formatPortalDateTime(iso)).toBe(line);
    expect(parsePortalDateTime(line)).toBe(iso);
  });
  it.each(['31/02/2024 - 04:20 PM', '31/01/2024 - 13:20 PM', '31/01/2024 04:20 PM', 'Sáng ngày 31/01/2024'])('%s is not a portal date line', (line) => {
    expect(parsePortalDateTime(line)).toBeNull();
  });
});
