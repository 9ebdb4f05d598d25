import { describe, expect, it } from 'vitest';
import { htmlToBody } from './html-import';
import { capNesting, MAX_HTML_ELEMENTS, MAX_PARSE_DEPTH } from './html-nesting';

function depthOf(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(/<(\/?)div\b/g)) {
    depth += match[1] ? -1 : 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

describe('capNesting', () => {
  it('leaves ordinary HTML untouched and counts its elements', () => {
    const html = '<html><body><p>Một <b>hai</b></p><ul><li>a<li>b</ul><img src="x.png"><br/><script>if (a<b) "<div>"</script></body></html>';
    expect(capNesting(html)).toEqual({ html, elements: 10 });
  });

  it('drops the start tags beyond the depth limit and keeps their text', () => {
    const html = `${'<div>'.repeat(40_000)}Nội dung${'</div>'.repeat(40_000)}`;
    const capped = capNesting(html);
    expect(depthOf(capped.html)).toBe(MAX_PARSE_DEPTH);
    expect(capped.html).toContain('Nội dung');
  });

  it('follows implied closes, so long unclosed lists and paragraphs are not mistaken for nesting', () => {
    const html = `<ul>${'<li>mục'.repeat(1000)}</ul>${'<p>đoạn'.repeat(1000)}`;
    expect(capNesting(html).html).toBe(html);
  });

  it('never counts tags inside comments or raw text as nesting', () => {
    const html = `<!--${'<div>'.repeat(500)}--><SCRIPT>${'<div>'.repeat(500)}</script><p>x</p>`;
    expect(capNesting(html).html).toBe(html);
  });

  it('stops counting just past the element limit', () => {
    expect(capNesting('<i>a</i>'.repeat(20), MAX_PARSE_DEPTH, 10).elements).toBe(11);
  });
});

describe('htmlToBody on hostile nesting', () => {
  it('imports 40,000 nested levels as their text', () => {
    const { body } = htmlToBody(`${'<div><span>'.repeat(20_000)}Đoạn sâu${'</span></div>'.repeat(20_000)}`);
    expect(JSON.stringify(body)).toContain('Đoạn sâu');
  });

  it('refuses HTML with more elements than the limit, naming the source and the limit', () => {
    const html = '<p>a'.repeat(MAX_HTML_ELEMENTS + 1);
    expect(() => htmlToBody(html, {}, 'HTML dán vào')).toThrow('Nội dung "HTML dán vào" có hơn 200.000 thẻ HTML, vượt giới hạn nhập 200.000 thẻ.');
  });

  it('flattens a deep element with very many children without overflowing the stack', () => {
    const { body } = htmlToBody(`${'<div>'.repeat(120)}${'<b>a</b>'.repeat(150_000)}`);
    expect(JSON.stringify(body)).toContain('a'.repeat(1000));
  });
});
