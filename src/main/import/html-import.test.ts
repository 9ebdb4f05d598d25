import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyText, type BodyNode } from '../../shared/document/body';
import { AppError } from '../../shared/errors/app-error';
import { htmlToBody } from './html-import';
import { classifyMarker } from './word-list';

const FIXTURES = path.resolve(__dirname, '../../../tests/fixtures');
const body = (html: string) => htmlToBody(html).body.content;
const types = (nodes: BodyNode[]): unknown => nodes.map((node) => (node.content && node.type !== 'paragraph' && node.type !== 'heading' ? { [node.type]: types(node.content) } : node.type));

function fakeStore() {
  const stored = new Map<string, { mime: string; bytes: Buffer }>();
  return {
    stored,
    putImage: (mime: string, bytes: Buffer) => {
      const id = crypto.createHash('sha256').update(bytes).digest('hex');
      stored.set(id, { mime, bytes });
      return { id };
    },
  };
}

describe('htmlToBody: Word clipboard HTML (mso markup)', () => {
  const content = body(fs.readFileSync(path.join(FIXTURES, 'word-clipboard.html'), 'utf8'));

  it('turns MsoListParagraph runs into nested real lists without the literal numbers', () => {
    const ordered = content.find((node) => node.type === 'orderedList') as BodyNode;
    expect(ordered.attrs).toEqual({ start: 1, type: null });
    expect(types([ordered])).toEqual([{ orderedList: [{ listItem: ['paragraph', { bulletList: [{ listItem: ['paragraph'] }, { listItem: ['paragraph'] }] }] }, { listItem: ['paragraph'] }] }]);
    expect(bodyText(ordered)).toBe('Tổ chức Hội nghị phát động thi đua\nKý kết chương trình phối hợp\nKý giao ước thi đua\nGiám sát và phản biện xã hội');
  });

  it('keeps a second list (Symbol bullets) as a bullet list of its own', () => {
    const bullets = content.filter((node) => node.type === 'bulletList');
    expect(bullets.map((node) => bodyText(node))).toEqual(['Phường Thanh Xuân Trung\nPhường Khương Đình']);
  });

  it('keeps the table with its colspan and drops widths, borders and classes', () => {
    const table = content.find((node) => node.type === 'table') as BodyNode;
    expect(table.content?.map((row) => row.content?.map((cell) => [cell.attrs?.colspan, bodyText(cell)]))).toEqual([
      [[1, 'STT'], [2, 'Đơn vị']],
      [[1, '1'], [1, 'Hội Liên hiệp Phụ nữ'], [1, 'Đoàn Thanh niên']],
    ]);
    expect(JSON.stringify(table)).not.toMatch(/mso|"width|border|Mso/);
  });

  it('keeps headings, italic and alignment, collapses mso-spacerun spaces, drops empty o:p paragraphs', () => {
    // Bold typed "I. …" is the Mục heading it stands for (typed-headings.ts).
    expect(content[0]).toEqual({ type: 'heading', attrs: { level: 2, textAlign: 'center' }, content: [{ type: 'text', text: 'I. KẾT QUẢ THỰC HIỆN' }] });
    expect(content[1]?.content?.[1]).toEqual({ type: 'text', text: 'các nội dung', marks: [{ type: 'italic' }] });
    expect(bodyText(content[1] as BodyNode)).toBe('Năm 2024, Ban Thường trực Ủy ban MTTQ Việt Nam quận đã thực hiện các nội dung sau:');
    expect(content.some((node) => node.type === 'paragraph' && bodyText(node).trim() === '')).toBe(false);
  });

  it('never keeps a file: image reference: a visible placeholder names it', () => {
    const placeholder = content.find((node) => bodyText(node).startsWith('[Ảnh chưa được đưa vào'));
    expect(bodyText(placeholder as BodyNode)).toContain('file:///C:/Users/VANTHU~1/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg');
    expect(JSON.stringify(content)).not.toMatch(/clip_image001|alert/);
  });
});

describe('htmlToBody: List Paragraphs with typed numbers (no mso-list field)', () => {
  it('turns MsoListParagraph paragraphs that start with a typed number or dash into real lists', () => {
    const nodes = body(
      "<p class=MsoListParagraph>1.&nbsp;Phát động thi đua</p><p class=MsoListParagraphCxSpMiddle>2. Ký kết chương trình</p><p class=MsoNormal>Đoạn thường</p><p class=MsoListParagraph>-&nbsp;Phường A</p><p class=MsoListParagraph>- Phường B</p><p class=MsoListParagraph>Không có số</p>",
    );
    expect(types(nodes)).toEqual([{ orderedList: [{ listItem: ['paragraph'] }, { listItem: ['paragraph'] }] }, 'paragraph', { bulletList: [{ listItem: ['paragraph'] }, { listItem: ['paragraph'] }] }, 'paragraph']);
    expect(nodes.map((node) => bodyText(node))).toEqual(['Phát động thi đua\nKý kết chương trình', 'Đoạn thường', 'Phường A\nPhường B', 'Không có số']);
  });

  it('leaves ordinary paragraphs with typed numbering as text (the model keeps numbering typed)', () => {
    expect(types(body('<p>1. Thành phần tham dự</p><p>2. Nội dung</p>'))).toEqual(['paragraph', 'paragraph']);
  });
});

describe('htmlToBody: web pages and general HTML', () => {
  it('takes the single <article> of a page, without navigation', () => {
    const html = '<html><head><title>Tin</title></head><body><nav><a href="https://x.vn">Trang chủ</a></nav><header>Cổng thông tin</header><article><h1>Hội nghị</h1><p>Nội dung</p></article><footer>Bản quyền</footer></body></html>';
    const result = htmlToBody(html);
    expect(result.title).toBe('Tin');
    expect(bodyText(result.body)).toBe('Hội nghị\nNội dung');
  });

  it('reads Google Docs bold wrappers with font-weight:normal as plain', () => {
    const nodes = body('<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700">Đậm</span><span style="font-weight:400"> thường</span></p></b>');
    expect(nodes[0]?.content).toEqual([{ type: 'text', text: 'Đậm', marks: [{ type: 'bold' }] }, { type: 'text', text: ' thường' }]);
  });

  it('maps headings h1–h6 to the four model levels', () => {
    expect(body('<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h6>e</h6>').map((node) => node.attrs?.level)).toEqual([1, 2, 3, 4, 4]);
  });

  it('keeps ul/ol (start, type), blockquote, hr, br and https/mailto links only', () => {
    const nodes = body('<ol start="3" type="a"><li>c</li></ol><ul><li><p>x</p><ul><li>y</li></ul></li></ul><blockquote>q</blockquote><hr><p>a<br>b <a href="https://a.vn">l</a> <a href="http://b.vn">h</a> <a href="mailto:c@d.vn">m</a></p>');
    expect(types(nodes)).toEqual([{ orderedList: [{ listItem: ['paragraph'] }] }, { bulletList: [{ listItem: ['paragraph', { bulletList: [{ listItem: ['paragraph'] }] }] }] }, { blockquote: ['paragraph'] }, 'horizontalRule', 'paragraph']);
    expect(nodes[0]?.attrs).toEqual({ start: 3, type: 'a' });
    const links = (nodes[4]?.content ?? []).filter((node) => node.marks?.some((mark) => mark.type === 'link')).map((node) => node.marks?.[0]?.attrs?.href);
    expect(links).toEqual(['https://a.vn', 'mailto:c@d.vn']);
    expect(nodes[4]?.content?.[1]).toEqual({ type: 'hardBreak' });
  });

  it('normalises text to NFC and collapses whitespace like a browser', () => {
    const decomposed = 'Ủy ban'.normalize('NFD');
    const nodes = body(`<p>  ${decomposed}\n\t  MTTQ&nbsp;&nbsp;Việt   Nam  </p>`);
    expect(nodes[0]?.content?.[0]?.text).toBe('Ủy ban MTTQ Việt Nam');
    expect(nodes[0]?.content?.[0]?.text?.normalize('NFC')).toBe(nodes[0]?.content?.[0]?.text);
  });

  it('stores embedded raster images and keeps the figure caption', () => {
    const store = fakeStore();
    const png = fs.readFileSync(path.join(FIXTURES, 'tiny.png'));
    const html = `<figure><img src="data:image/png;base64,${png.toString('base64')}" alt="Quang cảnh" width="10" height="5"><figcaption>Quang cảnh Hội nghị</figcaption></figure>`;
    const nodes = htmlToBody(html, { putImage: store.putImage }).body.content;
    const id = [...store.stored.keys()][0];
    expect(nodes).toEqual([{ type: 'figure', attrs: { imageId: id, alt: 'Quang cảnh', widthPx: 10, heightPx: 5 }, content: [{ type: 'text', text: 'Quang cảnh Hội nghị' }] }]);
  });

  it('turns a remote image into a placeholder without fetching it', () => {
    const nodes = body('<p>trước <img src="https://tracker.example/p.gif?u=1"> sau</p>');
    expect(nodes.map((node) => bodyText(node))).toEqual(['trước', '[Ảnh chưa được đưa vào, địa chỉ gốc: https://tracker.example/p.gif?u=1]', 'sau']);
  });

  it('refuses an image whose bytes are not what the data: URI says, with a visible note', () => {
    const nodes = htmlToBody('<img src="data:image/png;base64,PHN2Zz4=">', {
      putImage: () => {
        throw new AppError('invalid_input', 'Tệp không phải ảnh PNG, JPEG, GIF hay WebP');
      },
    }).body.content;
    expect(nodes.map((node) => bodyText(node))).toEqual(['[Ảnh không đọc được (image/png): Tệp không phải ảnh PNG, JPEG, GIF hay WebP]']);
  });

  it('drops scripts, styles, forms controls, iframes, svg and comments with their content', () => {
    const nodes = body('<p>a<script>x()</script><style>p{}</style><!-- c --><iframe src="https://e.vn"></iframe><svg><text>s</text></svg><input value="v"><button>b</button>z</p>');
    expect(bodyText({ type: 'doc', content: nodes })).toBe('az');
  });

  it('returns one empty paragraph for empty input', () => {
    expect(body('')).toEqual([{ type: 'paragraph' }]);
  });
});

describe('Word list markers', () => {
  it.each([
    ['1.', { type: 'orderedList', start: 1, style: '1' }],
    ['12)', { type: 'orderedList', start: 12, style: '1' }],
    ['c)', { type: 'orderedList', start: 3, style: 'a' }],
    ['B.', { type: 'orderedList', start: 2, style: 'A' }],
    ['iv.', { type: 'orderedList', start: 4, style: 'i' }],
    ['IX.', { type: 'orderedList', start: 9, style: 'I' }],
    ['·', { type: 'bulletList' }],
    ['o', { type: 'bulletList' }],
    ['§', { type: 'bulletList' }],
    ['-', { type: 'bulletList' }],
  ])('%s', (marker, kind) => expect(classifyMarker(marker)).toEqual(kind));
});

describe('htmlToBody: hostile shapes', () => {
  it('survives 50 000 nested elements and keeps their text', () => {
    const html = '<div><blockquote>'.repeat(25_000) + 'lõi' + '</blockquote></div>'.repeat(25_000);
    const result = htmlToBody(html);
    expect(bodyText(result.body)).toBe('lõi');
  });
});
