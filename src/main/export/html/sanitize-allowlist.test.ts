import { describe, expect, it } from 'vitest';
import { allowlistViolations } from '../../../../tests/support/portal-allowlist-check';
import { IMAGE_SRC, LINK_HREF, PORTAL_ALLOWED_TAGS, sanitizePortalHtml } from './sanitize-allowlist';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** Each allowlisted construct, in the exact form the gate lets through unchanged. */
const KEPT: Array<[string, string]> = [
  ['h1', '<h1>Tiêu đề</h1>'],
  ['h2 aligned', '<h2 style="text-align:center">I. KẾT QUẢ</h2>'],
  ['h3', '<h3>1. Thành phần</h3>'],
  ['h4', '<h4 style="text-align:justify">a) Điểm</h4>'],
  ['p', '<p>Đoạn văn</p>'],
  ['p right', '<p style="text-align:right">Tác giả</p>'],
  ['strong em u', '<p><strong>đậm</strong> <em>nghiêng</em> <u>gạch</u></p>'],
  ['br', '<p>dòng 1<br>dòng 2</p>'],
  ['hr', '<hr>'],
  ['https link', '<p><a href="https://mttqhanoi.org.vn/tin.htm">cổng</a></p>'],
  ['mailto link', '<p><a href="mailto:vanthu@example.vn">thư</a></p>'],
  ['ul li', '<ul><li>một</li><li>hai</li></ul>'],
  ['ol start type', '<ol start="3" type="a"><li>c</li></ol>'],
  ['nested list', '<ol><li>một<ul><li>con</li></ul></li></ol>'],
  ['blockquote', '<blockquote><p>trích</p></blockquote>'],
  ['figure', `<figure><img src="${PNG}" alt="Quang cảnh" width="800" height="600"><figcaption>Quang cảnh Hội nghị</figcaption></figure>`],
  ['image file', '<figure><img src="anh-01.jpg" alt=""></figure>'],
  ['image file in page folder', '<figure><img src="bao-cao_files/anh-12.png" alt="x"></figure>'],
  ['table', '<table><thead><tr><th>STT</th><th colspan="2">Đơn vị</th></tr></thead><tbody><tr><td rowspan="2" style="text-align:center">1</td><td>a</td><td>b</td></tr></tbody></table>'],
];

describe('sanitizePortalHtml: every allowlisted construct', () => {
  it.each(KEPT)('keeps %s unchanged', (_name, html) => {
    expect(sanitizePortalHtml(html)).toBe(html);
    expect(allowlistViolations(html)).toEqual([]);
  });

  it('covers every tag of the allowlist', () => {
    const used = new Set(KEPT.flatMap(([, html]) => [...html.matchAll(/<([a-z0-9]+)/g)].map((match) => match[1])));
    expect([...PORTAL_ALLOWED_TAGS].filter((tag) => !used.has(tag))).toEqual([]);
  });
});

describe('sanitizePortalHtml: what goes', () => {
  it.each([
    ['class and id', '<p class="MsoNormal" id="a">x</p>', '<p>x</p>'],
    ['styles other than text-align', '<p style="color:red;text-align:center;font-size:14pt">x</p>', '<p style="text-align:center">x</p>'],
    ['span and font wrappers', '<p><span style="font-family:Times"><font color=red>x</font></span></p>', '<p>x</p>'],
    ['relative link', '<a href="/tin/1.htm">x</a>', '<a>x</a>'],
    ['http link (not https)', '<a href="http://example.org">x</a>', '<a>x</a>'],
    ['remote image', '<img src="https://example.org/a.jpg" alt="a">', ''],
    ['protocol-relative image', '<img src="//example.org/a.jpg">', ''],
    ['svg image data', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', ''],
    ['bad colspan', '<table><tbody><tr><td colspan="0" rowspan="x">a</td></tr></tbody></table>', '<table><tbody><tr><td>a</td></tr></tbody></table>'],
    ['bad ol type', '<ol type="disc" start="-1"><li>a</li></ol>', '<ol><li>a</li></ol>'],
    ['div becomes its content', '<div><p>a</p></div>', '<p>a</p>'],
    ['script with its text', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
  ])('drops %s', (_name, input, expected) => {
    expect(sanitizePortalHtml(input)).toBe(expected);
  });

  it('writes UTF-8 text as is, escaping only markup characters', () => {
    expect(sanitizePortalHtml('<p>Công văn &ocirc; &lt;b&gt; & "x"</p>')).toBe('<p>Công văn ô &lt;b&gt; &amp; "x"</p>');
  });

  it('never turns an escaped " />" inside an attribute into markup', () => {
    const html = '<figure><img src="anh-01.jpg" alt="a /> b"></figure>';
    const once = sanitizePortalHtml(html);
    expect(once).toBe('<figure><img src="anh-01.jpg" alt="a /&gt; b"></figure>');
    expect(sanitizePortalHtml(once)).toBe(once);
  });
});

describe('URL rules', () => {
  it.each(['https://a.vn/x', 'mailto:a@b.vn', 'HTTPS://A.VN'])('link %s allowed', (href) => expect(LINK_HREF.test(href)).toBe(true));
  it.each(['http://a.vn', 'javascript:alert(1)', '/x', 'data:text/html,x', 'https://a.vn/"onx=1', 'ftp://a'])('link %s refused', (href) => expect(LINK_HREF.test(href)).toBe(false));
  it.each(['anh-01.jpg', 'x_files/anh-100.webp', PNG])('image %s allowed', (src) => expect(IMAGE_SRC.test(src)).toBe(true));
  it.each(['https://a.vn/a.jpg', '../anh-01.jpg', 'anh-01.svg', 'data:image/svg+xml;base64,AA==', 'file:///C:/x.png', 'cid:image001.png'])('image %s refused', (src) =>
    expect(IMAGE_SRC.test(src)).toBe(false),
  );
});
